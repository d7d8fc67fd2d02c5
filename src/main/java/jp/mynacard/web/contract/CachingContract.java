package jp.mynacard.web.contract;

import jp.mynacard.web.edge.RateLimits;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The headers the contract states: the HTTP caching every read of /api/v1 has (the validator headers on
 * each 200 and the 304 that {@link AnswerRequest#notModified} decides, see {@link Validators#headers}),
 * and a 429's (see {@link RateLimits}).
 * Declared once under components.headers and referenced by each read.
 */
final class CachingContract {

    private static final Map<String, String> VALIDATORS = validators();
    /** The reads that answer a page at a time, with a Link to the next. */
    private static final List<String> PAGED = List.of("queryObservations", "getReleaseChanges");

    private CachingContract() {
    }

    private static Map<String, String> validators() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ETag", "Strong validator of this answer; send it back in If-None-Match to get 304 while it holds.");
        headers.put("Last-Modified", "When the figures behind the answer last changed (the newest import; for asOf, that vintage's).");
        headers.put("Cache-Control", "`public, max-age=60` for the latest state; `public, max-age=31536000, immutable` for an asOf vintage.");
        headers.put("Vary", "`Accept, Accept-Encoding`: the representation depends on both.");
        return headers;
    }

    /** components.headers: the validators, and Link and Content-Disposition that some answers add. */
    static void addHeaders(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.components(OASFactory.createComponents());
        }
        VALIDATORS.forEach((name, description) -> openApi.getComponents().addHeader(name, header(description, true)));
        openApi.getComponents().addHeader("Retry-After", header("Seconds until the request may be sent again.", true));
        openApi.getComponents().addHeader(RateLimits.POLICY, header("The client's budget (draft-ietf-httpapi-ratelimit-headers): "
                + "`\"address\";q=<requests>;w=<seconds>`, or `\"key\"` for a client with an API key.", true));
        openApi.getComponents().addHeader(RateLimits.STATE, header("What remains of it: `\"address\";r=<requests>;t=<seconds until whole>`.", true));
        openApi.getComponents().addHeader("Link", header("`<next page URL>; rel=\"next\"` while more pages follow.", false));
        openApi.getComponents().addHeader("Content-Disposition",
                header("For CSV: `inline; filename=\"<name>.csv\"`, the file name a browser saves it under.", false));
    }

    /** The validators on the read's 200 and its 304. */
    static void apply(Operation read) {
        APIResponse ok = read.getResponses().getAPIResponse("200");
        if (ok != null) {
            refer(ok, VALIDATORS.keySet());
            boolean csv = ok.getContent() != null && ok.getContent().hasMediaType("text/csv");
            if (csv) {
                refer(ok, List.of("Content-Disposition"));
            }
            if (PAGED.contains(read.getOperationId())) {
                refer(ok, List.of("Link"));
            }
        }
        APIResponse notModified = OASFactory.createAPIResponse()
                .description("Not Modified: the If-None-Match (or If-Modified-Since) validator still holds; no body.");
        refer(notModified, VALIDATORS.keySet());
        read.getResponses().addAPIResponse("304", notModified);
    }

    /** The headers of a 429: when to retry, and the budget that was spent. */
    static void describeRateLimit(APIResponse tooMany) {
        if (tooMany != null) {
            refer(tooMany, List.of("Retry-After", RateLimits.POLICY, RateLimits.STATE));
        }
    }

    private static void refer(APIResponse response, Iterable<String> names) {
        names.forEach(name -> response.addHeader(name, OASFactory.createHeader().ref(name)));
    }

    private static Header header(String description, boolean required) {
        return OASFactory.createHeader().description(description).required(required)
                .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING));
    }
}
