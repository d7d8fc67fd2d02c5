package jp.mynacard.release;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.mynacard.common.Listing;
import jp.mynacard.common.PublicLinks;
import jp.mynacard.ingest.ImportReport;
import jp.mynacard.problem.ApiException;
import jp.mynacard.problem.Problem;
import jp.mynacard.problem.ProblemType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.Comparator;
import java.util.List;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Releases", description = "Imported table sets (vintages), publishing and retraction, diffs, the feed, and sources.")
@SecurityScheme(securitySchemeName = "apiKey", type = org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType.HTTP,
        scheme = "bearer", description = "An API key configured by the operator (MYNACARD_API_KEYS); needed for writes only.")
public class ReleaseResource {

    @Inject
    ReleaseCatalog catalog;

    @Inject
    ReleasePublishing publishing;

    @Inject
    ReleaseRetraction retraction;

    @Inject
    ReleaseChanges changes;

    @Inject
    PublicLinks links;

    /** One page of the changes between two vintages; {@code links.next} fetches the following one. */
    @Schema(name = "ReleaseChanges")
    public record ChangeList(long release, long since,
                             @Schema(description = "Figures added on this page.") int added,
                             @Schema(description = "Figures revised on this page.") int revised,
                             @Schema(description = "Figures removed on this page.") int removed,
                             List<ChangeRow> data, ChangeLinks links) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ChangeLinks", requiredProperties = {})
    public record ChangeLinks(@Schema(description = "The next page; absent on the last page.") String next) {
    }

    /** Figure keys compared per page of changes, by default and at most. */
    private static final int CHANGES_PAGE = 1000;
    private static final int CHANGES_PAGE_MAX = 5_000;

    @GET
    @Path("releases")
    @Operation(operationId = "listReleases", summary = "List releases", description = "Every imported table set, newest first; with asOf, those "
            + "counted at that vintage (for a date: those published by then, and those of unknown publication date, whose "
            + "figures count from their own reference dates).")
    public Uni<Listing<ReleaseView>> list(@Parameter(description = "A release id or date: only the releases counted then.")
                                          @QueryParam(Vintage.PARAMETER) String asOf) {
        return catalog.get().map(c -> {
            Vintage vintage = asOf == null ? null : Vintage.resolve(asOf, c.releases());
            return Listing.of(c.releases().values().stream().filter(r -> vintage == null || vintage.includes(r))
                    .sorted(Comparator.comparingLong((Release r) -> r.id()).reversed()).map(ReleaseView::from).toList());
        });
    }

    @GET
    @Path("releases/{id}")
    @Operation(operationId = "getRelease", summary = "One release",
            description = "What was imported: the publisher, title, URL and reference date of the table set, its files and checksum, "
                    + "how many figures, and whether it was retracted.")
    @APIResponse(responseCode = "200", description = "The release")
    public Uni<ReleaseView> get(@Parameter(example = "1", schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
                                @PathParam("id") String id) {
        long releaseId = releaseId("id", id);
        return catalog.get().map(c -> c.releases().get(releaseId)).map(release -> {
            if (release == null) {
                throw new ApiException(ProblemType.UNKNOWN_RELEASE, "No release has the id " + id + "; see /api/v1/releases.");
            }
            return ReleaseView.from(release);
        });
    }

    @POST
    @Path("releases")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "publishRelease", summary = "Publish a release",
            description = "Upload a MIC table set (all_prefectures.csv, all_localgovs.csv, summary_by_types.csv and "
                    + "optionally demographics.csv) or long-format CSV files (data/README.md), UTF-8 or Shift_JIS, as "
                    + "form parts named 'file'. Everything is validated first and written in one transaction, or "
                    + "nothing is. The same files again change nothing.")
    @APIResponse(responseCode = "201", description = "Published; Location names the (first) new release",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "200", description = "These files were published before (or the same text in another encoding or with other "
            + "line ends); Location names that release",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "401", description = "No or a wrong API key (unauthorized)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "A read-only key (forbidden)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "413", description = "Over mynacard.upload.max-bytes (payload-too-large)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "Bad data: `problems` lists file, line and column (invalid-data)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Uni<Response> publish(@RestForm("file") @Schema(type = SchemaType.ARRAY, implementation = String.class,
                                         format = "binary") List<FileUpload> files) {
        return publishing.publish(files).map(report -> {
            boolean created = !report.created().isEmpty();
            if (!created && report.unchanged().isEmpty()) {
                return Response.ok(report).build(); // a sources file registers sources and makes no release
            }
            ImportReport.Entry first = created ? report.created().get(0) : report.unchanged().get(0);
            // A header, not location(): JAX-RS would resolve a relative link against the request's Host.
            return Response.status(created ? Response.Status.CREATED : Response.Status.OK)
                    .header(HttpHeaders.LOCATION, links.to("/api/v1/releases/" + first.releaseId())).entity(report).build();
        });
    }

    @DELETE
    @Path("releases/{id}")
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "retractRelease", summary = "Retract a release", description = "The release leaves every latest view but stays "
            + "addressable; asOf queries of earlier vintages still show it. Retracting twice changes nothing.")
    @APIResponse(responseCode = "200", description = "The retracted release")
    public Uni<ReleaseView> retract(@Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @PathParam("id") String id,
                                    @Parameter(description = "Why, for the record.") @QueryParam("reason") String reason) {
        long releaseId = releaseId("id", id);
        return retraction.retract(releaseId, reason == null ? "retracted by the operator" : reason)
                .chain(() -> catalog.get()).map(c -> ReleaseView.from(c.releases().get(releaseId)));
    }

    @GET
    @Path("releases/{id}/changes")
    @Operation(operationId = "getReleaseChanges", summary = "What a release changed",
            description = "Figures added, revised (old → new) and removed between the vintage `since` (default: the "
                    + "release before) and this release's.")
    @APIResponse(responseCode = "200", description = "The changes",
            content = @Content(schema = @Schema(implementation = ChangeList.class)))
    public Uni<Response> changes(@Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @PathParam("id") String id,
                                 @Parameter(description = "An earlier release id (default: the release before).",
                                         schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
                                 @QueryParam("since") String since,
                                 @Parameter(description = "Figure keys compared per page, 1 to 5000 (default 1000); a page "
                                         + "holds at most that many changes, and may hold fewer: follow `links.next` until it is absent.",
                                         schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "5000", defaultValue = "1000"))
                                 @QueryParam("limit") String limit,
                                 @Parameter(description = "Opaque; taken from the `next` link.") @QueryParam("cursor") String cursor) {
        long releaseId = releaseId("id", id);
        int keys = limit == null ? CHANGES_PAGE : pageSize(limit);
        ChangeCursor from = ChangeCursor.decode(cursor);
        return catalog.get().chain(c -> {
            Vintage after = Vintage.resolve(Long.toString(releaseId), c.releases());
            long sinceId = since == null ? c.releases().keySet().stream().filter(k -> k < releaseId)
                    .mapToLong(Long::longValue).max().orElse(0) : releaseId("since", since);
            if (since != null && (sinceId >= releaseId || !c.releases().containsKey(sinceId))) {
                throw ApiException.invalidParameter("since", "must be an existing release earlier than " + releaseId);
            }
            Vintage before = sinceId == 0 ? new Vintage(0, after.importedAt(), null) : Vintage.resolve(Long.toString(sinceId), c.releases());
            return changes.between(before, after, from, keys).map(page -> {
                String next = page.next() == null ? null : links.to("/api/v1/releases/" + releaseId + "/changes?since=" + sinceId
                        + (limit == null ? "" : "&limit=" + keys) + "&cursor=" + page.next());
                Response.ResponseBuilder response = Response.ok(new ChangeList(releaseId, sinceId, count(page.rows(), "added"),
                        count(page.rows(), "revised"), count(page.rows(), "removed"), page.rows(), new ChangeLinks(next)));
                return (next == null ? response : response.header("Link", PublicLinks.nextPage(next))).build();
            });
        });
    }

    @GET
    @Path("releases/feed")
    @Produces(ReleaseFeed.MEDIA_TYPE)
    @Operation(operationId = "getReleaseFeed", summary = "Atom feed of releases", description = "Subscribe to learn of new and retracted releases.")
    @APIResponse(responseCode = "200", description = "The feed",
            content = @Content(mediaType = ReleaseFeed.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Uni<String> feed() {
        return catalog.get().map(c -> ReleaseFeed.render(links, c.releases().values()));
    }

    @GET
    @Path("sources")
    @Operation(operationId = "listSources", summary = "List sources", description = "Every publication that a figure cites, by source id.")
    public Uni<Listing<SourceView>> sources() {
        return catalog.get().map(c -> Listing.of(c.sources().values().stream().sorted(Comparator.comparing((Source s) -> s.id()))
                .map(SourceView::from).toList()));
    }

    private static int pageSize(String limit) {
        if (!limit.matches("[1-9][0-9]{0,3}") || Integer.parseInt(limit) > CHANGES_PAGE_MAX) {
            throw ApiException.invalidParameter("limit", "must be a whole number from 1 to " + CHANGES_PAGE_MAX);
        }
        return Integer.parseInt(limit);
    }

    private static long releaseId(String parameter, String value) {
        if (value == null || !value.matches("[1-9][0-9]{0,17}")) {
            throw ApiException.invalidParameter(parameter, "must be a release number");
        }
        return Long.parseLong(value);
    }

    private static int count(List<ChangeRow> rows, String change) {
        return (int) rows.stream().filter(r -> r.change().equals(change)).count();
    }
}
