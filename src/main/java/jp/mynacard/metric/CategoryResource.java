package jp.mynacard.metric;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.mynacard.common.DatabaseBudget;
import jp.mynacard.common.Listing;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;

/** The breakdown categories a figure's {@code category} names, with their Japanese and English labels. */
@Path("/api/v1/categories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Metrics")
public class CategoryResource {

    @Inject
    Pool pool;

    @Inject
    DatabaseBudget budget;

    /** One category as the API shows it. */
    @Schema(name = "Category")
    public record CategoryView(@Schema(examples = "designated-cities") String id,
                               @Schema(enumeration = {"municipality-type", "facility-type", "insurer-type", "application-channel"},
                                       examples = "municipality-type") String kind,
                               @Schema(examples = "指定都市") String nameJa,
                               @Schema(examples = "Designated cities") String nameEn,
                               @Schema(nullable = true, description = "How the publisher's label changed, where it did.") String notes) {
    }

    @GET
    @Operation(operationId = "listCategories", summary = "List breakdown categories",
            description = "Every value a figure's `category` takes (municipality types, facility types, insurer types, "
                    + "application channels), with its Japanese and English labels.")
    public Uni<Listing<CategoryView>> list() {
        return budget.within(pool.query("SELECT id, kind, name_ja, name_en, notes FROM category ORDER BY sort_order").execute())
                .map(rows -> {
                    List<CategoryView> views = new ArrayList<>();
                    rows.forEach(r -> views.add(new CategoryView(r.getString(0), r.getString(1), r.getString(2), r.getString(3),
                            r.getString(4))));
                    return Listing.of(views);
                });
    }
}
