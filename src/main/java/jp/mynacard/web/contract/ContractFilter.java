package jp.mynacard.web.contract;

import jp.mynacard.web.representation.Representation;
import jp.mynacard.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the served OpenAPI document adds to the resources' own annotations, so that each resource
 * method only documents its own answers:
 * <ul>
 * <li>the code's licence as an SPDX identifier (OpenAPI 3.1; no configuration property sets it) and
 *     the server (relative: the one the document is read from);</li>
 * <li>the problem responses every operation can give: 400 for a malformed parameter, 404 for an unknown
 *     area, metric or release, 406 for an unsupported Accept, 500 for a failure of ours; and for writes
 *     401 and 403. All application/problem+json;</li>
 * <li>the HTTP caching of every read ({@link CachingContract}) and its security: none ({@code security: []});</li>
 * <li>{@code required}: what is always sent (see {@link #requireWhatIsAlwaysSent});</li>
 * <li>a real example on each success response ({@link ResponseExamples}), and the xlsx media type
 *     beside each CSV one.</li>
 * </ul>
 */
public class ContractFilter implements OASFilter {

    private static final Map<String, String> COMMON = new TreeMap<>(Map.of(
            "400", "A parameter is malformed or not allowed here (invalid-parameter); `errors` names it",
            "404", "Unknown area, metric or release (unknown-area, unknown-metric, unknown-release), with the closest valid ones",
            "406", "The Accept header asks for a representation this operation does not offer (not-acceptable)",
            "429", "Over this client's request budget (too-many-requests); Retry-After says when to try again",
            "500", "The service failed (internal-error); never caused by input"));

    private static final Map<String, String> WRITES = new TreeMap<>(Map.of(
            "401", "No API key, or a wrong one (unauthorized)",
            "403", "The key may only read (forbidden)"));

    /** The code's licence; the figures' sources are listed at /api/v1/sources and in each answer. */
    private static final String LICENSE = "MIT";

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        if (openApi.getInfo() != null && openApi.getInfo().getLicense() != null) {
            openApi.getInfo().getLicense().identifier(LICENSE);
        }
        openApi.servers(List.of(OASFactory.createServer().url("/")
                .description("The server this document is served from (no public instance is fixed)")));
        if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
            openApi.getComponents().getSchemas().values().forEach(ContractFilter::requireWhatIsAlwaysSent);
        }
        CachingContract.addHeaders(openApi);
        openApi.getPaths().getPathItems().forEach((path, item) -> {
            if (item.getGET() != null) {
                Operation read = item.getGET();
                read.setSecurity(List.of());
                if (path.startsWith("/api/v1/")) {
                    CachingContract.apply(read);
                }
            }
        });
    }

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return operation;
        }
        declareSpreadsheet(responses);
        ResponseExamples.apply(operation);
        addProblems(responses, COMMON);
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            addProblems(responses, WRITES);
        }
        CachingContract.describeRateLimit(responses.getAPIResponse("429"));
        return operation;
    }

    /** Every table answer offered as CSV is offered as an xlsx workbook too (see {@link Representation}). */
    private static void declareSpreadsheet(APIResponses responses) {
        APIResponse ok = responses.getAPIResponse("200");
        if (ok != null && ok.getContent() != null && ok.getContent().hasMediaType("text/csv")) {
            ok.getContent().addMediaType(Representation.XLSX, OASFactory.createMediaType().schema(OASFactory.createSchema()
                    .addType(Schema.SchemaType.STRING).format("binary")
                    .description("Sheet data: a Japanese and an English header row, then the rows of the CSV; sheet sources: "
                            + "the sources, definitions and releases.")));
        }
    }

    private static void addProblems(APIResponses responses, Map<String, String> problems) {
        problems.forEach((status, description) -> {
            if (!responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                        .content(problemContent()));
            }
        });
    }

    /**
     * Jackson writes every property of an answer, null ones too, so each property is required unless it
     * may be null (and is declared nullable). A schema whose class leaves nulls out lists its always-sent
     * properties itself ({@code requiredProperties}) and is left alone.
     */
    private static void requireWhatIsAlwaysSent(Schema schema) {
        if (schema.getProperties() == null || schema.getRequired() != null) {
            return;
        }
        List<String> required = schema.getProperties().entrySet().stream()
                .filter(property -> !nullable(property.getValue())).map(Map.Entry::getKey).toList();
        if (!required.isEmpty()) {
            schema.setRequired(new ArrayList<>(required));
        }
    }

    private static boolean nullable(Schema schema) {
        return schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL)
                || Stream.of(schema.getAnyOf(), schema.getOneOf()).filter(Objects::nonNull).flatMap(List::stream)
                .anyMatch(ContractFilter::nullable);
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")));
    }
}
