package jp.mynacard.common;

import io.smallrye.mutiny.Uni;

import java.util.function.Supplier;

/**
 * A small read-mostly table held in memory: loaded on first use (inside the caller's Vert.x context,
 * as Hibernate Reactive requires), kept until {@link #invalidate()}, and never kept when loading failed.
 */
public final class Snapshot<T> {

    private final Supplier<Uni<T>> loader;
    private volatile Uni<T> current;

    public Snapshot(Supplier<Uni<T>> loader) {
        this.loader = loader;
        this.current = memoized();
    }

    public Uni<T> get() {
        return current;
    }

    public void invalidate() {
        current = memoized();
    }

    private Uni<T> memoized() {
        return Uni.createFrom().<T>deferred(loader::get).onFailure().invoke(this::invalidate).memoize().indefinitely();
    }
}
