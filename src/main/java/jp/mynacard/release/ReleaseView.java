package jp.mynacard.release;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A release as the API shows it. */
@JsonPropertyOrder({"id", "name", "format", "referenceDate", "publisher", "title", "url", "checksum", "files", "observationCount", "importedAt", "retractedAt", "retractionReason"})
@Schema(name = "Release")
public record ReleaseView(
        @Schema(examples = "47") long id,
        @Schema(description = "mic-<reference date> for a MIC table set, curated-<file> for a curated file.",
                examples = "mic-2022-12-31") String name,
        @Schema(enumeration = {"mic-tables", "long-national-timeseries"}, examples = "mic-tables") String format,
        @Schema(description = "The date the figures refer to (latest one for a curated file).", examples = "2022-12-31")
        LocalDate referenceDate,
        @Schema(examples = "総務省 (Ministry of Internal Affairs and Communications)") String publisher,
        @Schema(examples = "マイナンバーカード交付状況について（2022年12月31日時点）") String title,
        @Schema(examples = "https://www.soumu.go.jp/kojinbango_card/kofujokyo.html") String url,
        @Schema(description = "SHA-256 over the imported files' names and bytes.") String checksum,
        List<String> files,
        @Schema(examples = "3912") int observationCount,
        OffsetDateTime importedAt,
        @Schema(description = "Set when the release was retracted.") OffsetDateTime retractedAt,
        String retractionReason) {

    static ReleaseView from(Release r) {
        return new ReleaseView(r.id, r.name, r.format, r.referenceDate, r.publisher, r.title, r.url, r.checksum,
                List.of(r.files), r.observationCount, r.importedAt, r.retractedAt, r.retractionReason);
    }
}
