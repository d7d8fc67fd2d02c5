package jp.mynacard.release;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A release as the API shows it. */
@JsonPropertyOrder({"id", "name", "format", "referenceDate", "publishedOn", "publisher", "title", "url", "checksum", "files", "observationCount", "importedAt", "retractedAt", "retractionReason"})
@Schema(name = "Release")
public record ReleaseView(
        @Schema(examples = "47") long id,
        @Schema(description = "mic-<reference date> for a MIC table set, mic-xlsx-<reference date> for MIC's workbook, "
                + "da-dashboard-<publication date> for a Digital Agency CSV, curated-<file> for a curated file.",
                examples = "mic-2022-12-31") String name,
        @Schema(description = "How the files were read: mic-tables (MIC's table set), mic-xlsx (MIC's workbook), da-csv-wide "
                + "or da-csv-long (the Digital Agency dashboard's CSV), long-<layout> for a curated long file "
                + "(long-national-timeseries, long-prefecture-issuance, ...). An open set: each new importer adds one.",
                pattern = "^[a-z0-9]+(-[a-z0-9]+)*$", examples = "mic-tables") String format,
        @Schema(description = "The date the figures refer to (latest one for a curated file).", examples = "2022-12-31")
        LocalDate referenceDate,
        @Schema(nullable = true, description = PUBLISHED_ON, examples = "2026-02-27") LocalDate publishedOn,
        @Schema(examples = "総務省 (Ministry of Internal Affairs and Communications)") String publisher,
        @Schema(examples = "マイナンバーカード交付状況について（2022年12月31日時点）") String title,
        @Schema(nullable = true, description = "The publisher's page; none for a curated file.", examples = "https://www.soumu.go.jp/kojinbango_card/kofujokyo.html") String url,
        @Schema(description = "SHA-256 over the imported files' names and bytes.") String checksum,
        List<String> files,
        @Schema(examples = "3912") int observationCount,
        OffsetDateTime importedAt,
        @Schema(nullable = true, description = "Set when the release was retracted.") OffsetDateTime retractedAt,
        @Schema(nullable = true, description = "Why it was retracted.") String retractionReason) {

    /** What a release's publication date means, wherever a release is shown. */
    public static final String PUBLISHED_ON = "When the publisher published it, where known (a Digital Agency CSV carries "
            + "it in its file name). Null: unknown; under asOf=<date> each of its figures then counts as published on its "
            + "own reference date.";

    static ReleaseView from(Release r) {
        return new ReleaseView(r.id(), r.name(), r.format(), r.referenceDate(), r.publishedOn(), r.publisher(), r.title(), r.url(), r.checksum(),
                List.of(r.files()), r.observationCount(), r.importedAt(), r.retractedAt(), r.retractionReason());
    }
}
