package jp.mynacard.common;

/** A catalog kept in memory that loads at start, so that no request after readiness waits for its first load. */
public interface Preloaded {

    /** What holds the catalog in memory. */
    Snapshot<?> inMemory();
}
