package jp.mynacard.release;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.mynacard.web.ApiException;
import jp.mynacard.web.Listing;
import jp.mynacard.web.Problem;
import jp.mynacard.web.ProblemType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Releases", description = "Imported table sets (vintages) and the sources that figures cite.")
public class ReleaseResource {

    @GET
    @Path("releases")
    @WithSession
    @Operation(summary = "List releases", description = "Every imported table set, newest import first.")
    public Uni<Listing<ReleaseView>> list() {
        return Release.<Release>list("order by id desc")
                .map(list -> Listing.of(list.stream().map(ReleaseView::from).toList()));
    }

    @GET
    @Path("releases/{id}")
    @WithSession
    @Operation(summary = "One release")
    @APIResponse(responseCode = "200", description = "The release")
    @APIResponse(responseCode = "404", description = "No such release (unknown-release)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ReleaseView> get(@Parameter(example = "1") @PathParam("id") String id) {
        long releaseId;
        try {
            releaseId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ApiException.invalidParameter("id", "must be a release number");
        }
        return Release.<Release>findById(releaseId).map(release -> {
            if (release == null) {
                throw new ApiException(ProblemType.UNKNOWN_RELEASE, "No release has the id " + id + "; see /api/v1/releases.");
            }
            return ReleaseView.from(release);
        });
    }

    @GET
    @Path("sources")
    @WithSession
    @Operation(summary = "List sources", description = "Every publication that a figure cites, by source id.")
    public Uni<Listing<SourceView>> sources() {
        return Source.<Source>list("order by id").map(list -> Listing.of(list.stream().map(SourceView::from).toList()));
    }
}
