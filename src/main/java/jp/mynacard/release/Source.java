package jp.mynacard.release;

import io.vertx.mutiny.sqlclient.Row;

/** Where figures come from: a publication, with its publisher and address; a row of {@code source}. */
public record Source(String id, String title, String publisher, String url, String reliability, String notes) {

    /** The columns {@link #of} reads. */
    static final String COLUMNS = "id, title, publisher, url, reliability, notes";

    static Source of(Row row) {
        return new Source(row.getString("id"), row.getString("title"), row.getString("publisher"), row.getString("url"),
                row.getString("reliability"), row.getString("notes"));
    }

    public SourceTier tier() {
        return SourceTier.of(reliability);
    }
}
