package jp.mynacard.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/** An RFC 9457 problem details document ({@code application/problem+json}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", requiredProperties = {"type", "title", "status", "detail"}, description = "RFC 9457 problem details; `type` is stable and documented at /problems/{slug}.")
public record Problem(
        @Schema(examples = "/problems/unknown-area") String type,
        @Schema(examples = "Unknown area") String title,
        @Schema(examples = "404") int status,
        @Schema(examples = "No area has the code '99'.") String detail,
        @Schema(examples = "/api/v1/areas/99") String instance,
        @Schema(description = "For invalid-parameter: each parameter that was wrong and why.") List<InvalidParameter> errors,
        @Schema(description = "For invalid-data: each problem found in the uploaded files.") List<DataProblem> problems) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** When a client may try again after a 503 (the database slow or down): recovery is within seconds. */
    public static final long RETRY_AFTER_SECONDS = 5;

    /** What a failure nobody foresaw answers, wherever it is caught (REST or the edge). */
    public static final String INTERNAL_DETAIL = "The service failed to answer; the error has been logged.";

    /** A problem of this type with no parameter or data list; {@code status} is the type's unless the HTTP layer gave another. */
    public static Problem of(ProblemType type, int status, String detail, String instance) {
        return new Problem(type.uri(), type.title(), status, detail, instance, null, null);
    }

    /** The headers its answer carries beside the body, wherever it is rendered (REST or the edge). */
    public Map<String, String> headers() {
        return switch (status) {
            case 401 -> Map.of("WWW-Authenticate", "Bearer realm=\"mynacard-api\"");
            case 503 -> Map.of("Retry-After", Long.toString(RETRY_AFTER_SECONDS));
            default -> Map.of();
        };
    }

    @Schema(name = "InvalidParameter")
    public record InvalidParameter(@Schema(examples = "level") String parameter,
                                   @Schema(examples = "must be one of nation, prefecture, municipality") String message) {
    }

    @Schema(name = "DataProblem")
    public record DataProblem(@Schema(examples = "all_prefectures.csv") String file,
                              @Schema(examples = "3") int line,
                              @Schema(examples = "4") int column,
                              @Schema(examples = "交付枚数: not a number: 'abc'") String message) {
    }
}
