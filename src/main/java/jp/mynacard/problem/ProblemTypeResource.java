package jp.mynacard.problem;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.List;

/** Makes the problem type URIs resolvable: each {@code /problems/<slug>} describes itself. */
@Path(ProblemType.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Problems", description = "The error types of this API (RFC 9457).")
public class ProblemTypeResource {

    public record ProblemTypeView(String type, String title, int status) {
    }

    @GET
    @Operation(operationId = "listProblemTypes", summary = "All problem types this API answers with",
            description = "Each `type` of an application/problem+json answer, with its title and HTTP status.")
    public List<ProblemTypeView> list() {
        return Arrays.stream(ProblemType.values()).map(ProblemTypeResource::view).toList();
    }

    @GET
    @Path("{slug}")
    @Operation(operationId = "getProblemType", summary = "One problem type",
            description = "What a problem `type` URI such as /problems/unknown-area means: its title and HTTP status.")
    public ProblemTypeView get(@PathParam("slug") String slug) {
        return Arrays.stream(ProblemType.values()).filter(t -> t.slug().equals(slug)).findFirst()
                .map(ProblemTypeResource::view)
                .orElseThrow(() -> new jakarta.ws.rs.NotFoundException());
    }

    private static ProblemTypeView view(ProblemType type) {
        return new ProblemTypeView(type.uri(), type.title(), type.status());
    }
}
