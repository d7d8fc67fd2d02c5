package jp.mynacard.common;

import io.smallrye.mutiny.Uni;

/**
 * An in-memory view of the dataset (a catalog, the figures, the kept answers) that {@link DatasetViews}
 * rebuilds after each change beside the one in use, and then swaps in together with the others.
 */
public interface DatasetView {

    /**
     * The order of the swaps and of the settling: whoever sees the new release catalog (the validators)
     * must see the new data, and whoever is told of a change must find it served.
     */
    enum Stage { DATA, CATALOG, ANSWERS, ANNOUNCEMENTS }

    /**
     * Loads this view of the dataset as it is after {@code change}, without touching the one in use; the
     * item swaps it in. Changes come one at a time, each after the previous one's swap.
     */
    Uni<Runnable> prepare(DatasetChanged change);

    /**
     * Completes when the change this view was last swapped to is served in full, after the views of
     * earlier stages settled; the change is acknowledged (its Uni in {@link DatasetViews}) only then.
     */
    default Uni<Void> settled() {
        return Uni.createFrom().voidItem();
    }

    /** Drops the view in use, so that its next use loads it: the fallback when a rebuild failed. */
    void discard();

    default Stage stage() {
        return Stage.DATA;
    }
}
