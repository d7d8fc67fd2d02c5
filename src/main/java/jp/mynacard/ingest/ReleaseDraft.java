package jp.mynacard.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * A parsed, validated table set, ready to be written as one release; {@code publishedOn} is when the
 * publisher published it (null: unknown); {@code ignored} names what the files held that no metric
 * takes (reported, never dropped silently).
 */
public record ReleaseDraft(String name, String format, LocalDate referenceDate, LocalDate publishedOn, String publisher, String title,
                           String url, String checksum, String contentChecksum, List<String> files, List<ObservationRecord> observations,
                           List<NewArea> areas, List<SourceRecord> sources, List<String> ignored) {
}
