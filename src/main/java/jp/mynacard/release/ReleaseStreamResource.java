package jp.mynacard.release;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import jp.mynacard.common.UnkeptReads;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** New releases and retractions as they happen, as Server-Sent Events. */
@Path(ReleaseStreamResource.PATH)
@Tag(name = "Releases")
public class ReleaseStreamResource implements UnkeptReads {

    public static final String PATH = "/api/v1/releases/stream";

    @Override
    public String path() {
        return PATH;
    }

    @Inject
    ReleaseStream stream;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "streamReleases", summary = "New releases and retractions, live (Server-Sent Events)",
            description = "Stays open and sends an event for every release published (`release`) and retracted "
                    + "(`retraction`), on whichever instance it happened, once this instance serves it; `data` is the "
                    + "release as JSON (as it is now). A new stream first gets `ready` with the latest event's id. A "
                    + "client that reconnects with `Last-Event-ID` (as EventSource does by itself) first gets every event "
                    + "it missed, on any instance: ids are the same everywhere. A comment line every 25 s keeps proxies "
                    + "from closing an idle stream. 503 (too-many-streams, Retry-After) when this instance has its "
                    + "limit of open streams.")
    @APIResponse(responseCode = "200", description = "The event stream",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING)))
    public void stream(@Parameter(description = "The id of the last event received (release-<id> or retraction-<id>): "
                               + "the stream starts after it. For example `release-61`.")
                       @HeaderParam("Last-Event-ID") String lastEventId,
                       @Context SseEventSink sink, @Context Sse sse) {
        stream.open(sink, sse, lastEventId);
    }

    /**
     * The stream's head only: a HEAD answered by the GET opened a stream that never ended, so the next
     * request on that HTTP/1.1 connection never got its answer.
     */
    @HEAD
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(hidden = true)
    public Response head() {
        return Response.ok().type(MediaType.SERVER_SENT_EVENTS_TYPE).build();
    }
}
