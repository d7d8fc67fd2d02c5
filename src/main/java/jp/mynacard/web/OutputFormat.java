package jp.mynacard.web;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jp.mynacard.problem.ApiException;
import jp.mynacard.problem.ProblemType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.Arrays;
import java.util.Locale;

/**
 * How the caller wants the answer: JSON (default), CSV by {@code format=csv} or {@code Accept: text/csv},
 * or CSV for Excel ({@code format=csv-excel}: UTF-8 with a byte-order mark, which a Japanese-locale
 * Excel needs to read UTF-8 instead of guessing Shift_JIS).
 */
public record OutputFormat(
        @QueryParam("format")
        @Pattern(regexp = "json|csv|csv-excel", message = "must be json, csv or csv-excel")
        @Parameter(description = "json (default), csv, or csv-excel (UTF-8 with BOM, opens in a Japanese-locale Excel). "
                + "`Accept: text/csv` also selects CSV.",
                schema = @Schema(type = SchemaType.STRING, enumeration = {"json", "csv", "csv-excel"}))
        String format,

        @HeaderParam("Accept")
        @Parameter(hidden = true)
        String accept) {

    public enum Kind { JSON, CSV, CSV_EXCEL }

    public static OutputFormat from(RequestParameters request) {
        return new OutputFormat(request.query("format"), request.header("Accept"));
    }

    /** The representation asked for; an Accept header that admits none of them is refused (406). */
    public Kind kind() {
        if (format == null) {
            if (prefersCsv(accept)) {
                return Kind.CSV;
            }
            if (!admitsJson(accept)) {
                throw new ApiException(ProblemType.NOT_ACCEPTABLE, "This operation answers application/json, or text/csv; "
                        + "the Accept header admits neither (" + accept + ").");
            }
            return Kind.JSON;
        }
        return switch (format) {
            case "csv" -> Kind.CSV;
            case "csv-excel" -> Kind.CSV_EXCEL;
            default -> Kind.JSON; // validated: json
        };
    }

    private static boolean admitsJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        return Arrays.stream(accept.split(",")).map(range -> range.split(";")[0].strip().toLowerCase(Locale.ROOT))
                .anyMatch(range -> range.equals("application/json") || range.equals("application/*") || range.equals("*/*"));
    }

    /** Whether an Accept header asks for CSV rather than JSON, when no format parameter says. */
    private static boolean prefersCsv(String accept) {
        return accept != null && accept.contains("text/csv") && !accept.contains("application/json");
    }
}
