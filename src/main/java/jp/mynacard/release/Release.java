package jp.mynacard.release;

import io.vertx.mutiny.sqlclient.Row;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One imported table set (vintage): a row of {@code release}. {@code publishedOn} is when the
 * publisher published it, where known; else each figure counts as published on its reference date.
 */
public record Release(long id, String name, String format, LocalDate referenceDate, String publisher, String title,
                      String url, String checksum, String[] files, int observationCount, LocalDate publishedOn,
                      OffsetDateTime importedAt, OffsetDateTime retractedAt, String retractionReason) {

    /** The columns {@link #of} reads. */
    static final String COLUMNS = "id, name, format, reference_date, publisher, title, url, checksum, files,"
            + " observation_count, published_on, imported_at, retracted_at, retraction_reason";

    static Release of(Row row) {
        return new Release(row.getLong("id"), row.getString("name"), row.getString("format"),
                row.getLocalDate("reference_date"), row.getString("publisher"), row.getString("title"), row.getString("url"),
                row.getString("checksum"), row.getArrayOfStrings("files"), row.getInteger("observation_count"),
                row.getLocalDate("published_on"), row.getOffsetDateTime("imported_at"), row.getOffsetDateTime("retracted_at"),
                row.getString("retraction_reason"));
    }
}
