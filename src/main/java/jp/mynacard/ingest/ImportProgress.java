package jp.mynacard.ingest;

/** Told as an import advances: each input parsed, then each release written. */
public interface ImportProgress {

    ImportProgress NONE = (phase, done, total, name) -> { };

    void advanced(String phase, int done, int total, String name);
}
