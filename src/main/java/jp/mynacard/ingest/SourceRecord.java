package jp.mynacard.ingest;

/** One row of sources.csv: where figures come from. */
public record SourceRecord(String id, String title, String publisher, String url, String reliability, String notes) {
}
