package jp.mynacard.landing;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.mynacard.stats.summary.SummaryService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The page a person opening the service's address meets: what it is, today's headline figures, where to go next. */
@Path("/")
public class LandingResource {

    private final SummaryService summary;

    LandingResource(SummaryService summary) {
        this.summary = summary;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Uni<Response> page() {
        return summary.summary(null).map(answer -> Response.ok(LandingPage.render(answer))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "public, max-age=60").build());
    }
}
