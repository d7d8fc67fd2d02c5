package jp.mynacard.area;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jp.mynacard.common.Listing;
import jp.mynacard.problem.ApiException;
import jp.mynacard.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/areas")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Areas", description = "The nation, the 47 prefectures and the 1,741 municipalities.")
public class AreaResource {

    @Inject
    AreaDirectory directory;

    @GET
    @Operation(operationId = "listAreas", summary = "List areas", description = "All areas, or those of one level and/or one parent, ordered by code.")
    @APIResponse(responseCode = "200", description = "The areas")
    @APIResponse(responseCode = "400", description = "Unknown level or parent (invalid-parameter)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Listing<AreaView>> list(
            @Parameter(description = "nation, prefecture or municipality. For example `prefecture`.")
            @QueryParam("level") @Pattern(regexp = AreaLevels.PATTERN, message = AreaLevels.MESSAGE) String level,
            @Parameter(description = "Code or name of the parent area: '13' or '東京都' lists Tokyo's municipalities."
                    + " For example `13`.") @QueryParam("parent") String parent) {
        return directory.index().map(index -> {
            String parentCode = parent == null ? null : parentCode(index, parent);
            return Listing.of(index.all().stream()
                    .filter(a -> level == null || level.equals(a.level()))
                    .filter(a -> parentCode == null || parentCode.equals(a.parentCode()))
                    .map(AreaView::from).toList());
        });
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getArea", summary = "One area", description = "By code ('13', '131016', or '13101' without check digit) or name "
            + "('東京都', '東京', 'Tokyo', '札幌市').")
    @APIResponse(responseCode = "200", description = "The area")
    @APIResponse(responseCode = "404", description = "No such area (unknown-area), with the closest matches",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<AreaView> get(@Parameter(example = "011002") @PathParam("code") String code) {
        return directory.resolve(code).map(AreaView::from);
    }

    private static String parentCode(AreaIndex index, String parent) {
        try {
            return index.resolve(parent).code();
        } catch (ApiException e) {
            throw ApiException.invalidParameter("parent", "is not a known area: " + e.getMessage());
        }
    }
}
