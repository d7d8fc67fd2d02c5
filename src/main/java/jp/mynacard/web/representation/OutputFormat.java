package jp.mynacard.web.representation;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jp.mynacard.problem.ApiException;
import jp.mynacard.problem.ProblemType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How the caller wants the answer: JSON (default), CSV by {@code format=csv} or {@code Accept: text/csv},
 * CSV for Excel ({@code format=csv-excel}: UTF-8 with a byte-order mark, which a Japanese-locale
 * Excel needs to read UTF-8 instead of guessing Shift_JIS), or an xlsx workbook ({@code format=xlsx});
 * CSV headers in English or, with {@code lang=ja}, Japanese.
 */
public record OutputFormat(
        @QueryParam("format")
        @Pattern(regexp = "json|csv|csv-excel|xlsx", message = "must be json, csv, csv-excel or xlsx")
        @Parameter(description = "json (default), csv, csv-excel (UTF-8 with BOM, opens in a Japanese-locale Excel), or xlsx "
                + "(a workbook: codes as text, Japanese and English header rows, a sheet of sources and definitions). "
                + "`Accept: text/csv` also selects CSV, and the xlsx media type xlsx.",
                schema = @Schema(type = SchemaType.STRING, enumeration = {"json", "csv", "csv-excel", "xlsx"}))
        String format,

        @QueryParam("lang")
        @Pattern(regexp = "en|ja", message = "must be en or ja")
        @Parameter(description = "Language of the CSV header row: en (default; the JSON names) or ja (日本語の列名). "
                + "The columns and their values stay the same.",
                schema = @Schema(type = SchemaType.STRING, enumeration = {"en", "ja"}))
        String lang,

        @HeaderParam("Accept")
        @Parameter(hidden = true)
        String accept) {

    public enum Kind { JSON, CSV, CSV_EXCEL, XLSX }

    /** The representation asked for; an Accept header that admits none of them is refused (406). */
    public Kind kind() {
        if (format == null) {
            return negotiated(accept);
        }
        return switch (format) {
            case "csv" -> Kind.CSV;
            case "csv-excel" -> Kind.CSV_EXCEL;
            case "xlsx" -> Kind.XLSX;
            default -> Kind.JSON; // validated: json
        };
    }

    /** Whether CSV headers are asked for in Japanese. */
    public boolean japanese() {
        return "ja".equals(lang);
    }

    /**
     * The representation an Accept header asks for, when no format parameter says: JSON where it is named
     * (generated clients list every type an operation declares), then CSV, then xlsx, then JSON for a
     * wildcard; an Accept that admits none of them is refused (406).
     */
    private static Kind negotiated(String accept) {
        if (accept == null || accept.isBlank()) {
            return Kind.JSON;
        }
        List<String> ranges = Arrays.stream(accept.split(","))
                .map(range -> range.split(";")[0].strip().toLowerCase(Locale.ROOT)).toList();
        if (ranges.contains("application/json")) {
            return Kind.JSON;
        }
        if (ranges.contains("text/csv")) {
            return Kind.CSV;
        }
        if (ranges.contains(Spreadsheet.MEDIA_TYPE)) {
            return Kind.XLSX;
        }
        if (ranges.contains("*/*") || ranges.contains("application/*")) {
            return Kind.JSON;
        }
        throw new ApiException(ProblemType.NOT_ACCEPTABLE, "This operation answers application/json, text/csv or "
                + Spreadsheet.MEDIA_TYPE + "; the Accept header admits none of them (" + accept + ").");
    }
}
