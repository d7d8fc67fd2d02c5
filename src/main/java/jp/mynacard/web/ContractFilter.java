package jp.mynacard.web;

import jp.mynacard.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the served OpenAPI document adds to the resources' own annotations: the code's licence as an
 * SPDX identifier (OpenAPI 3.1; no configuration property sets it), and the problem responses that
 * every API operation can give, so that each resource method only documents its own answers: 400 for
 * a malformed parameter, 404 for an unknown area, metric or release, 406 for an unsupported Accept,
 * 500 for a failure of ours. All application/problem+json.
 */
public class ContractFilter implements OASFilter {

    private static final Map<String, String> COMMON = new TreeMap<>(Map.of(
            "400", "A parameter is malformed or not allowed here (invalid-parameter); `errors` names it",
            "404", "Unknown area, metric or release (unknown-area, unknown-metric, unknown-release), with the closest valid ones",
            "406", "The Accept header asks for a representation this operation does not offer (not-acceptable)",
            "500", "The service failed (internal-error); never caused by input"));

    /** The code's licence; the figures' sources are listed at /api/v1/sources and in each answer. */
    private static final String LICENSE = "MIT";

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        if (openApi.getInfo() != null && openApi.getInfo().getLicense() != null) {
            openApi.getInfo().getLicense().identifier(LICENSE);
        }
    }

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return operation;
        }
        COMMON.forEach((status, description) -> {
            if (!responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                        .content(problemContent()));
            }
        });
        return operation;
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")));
    }
}
