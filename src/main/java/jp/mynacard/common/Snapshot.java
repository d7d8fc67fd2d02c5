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
    private volatile T loaded;
    private final java.util.concurrent.atomic.AtomicInteger generation = new java.util.concurrent.atomic.AtomicInteger();

    public Snapshot(Supplier<Uni<T>> loader) {
        this.loader = loader;
        this.current = memoized();
    }

    public Uni<T> get() {
        return current;
    }

    /** The value if it is loaded and still valid, else null: for synchronous fast paths. */
    public T now() {
        return loaded;
    }

    public void invalidate() {
        loaded = null;
        current = memoized();
    }

    private Uni<T> memoized() {
        int mine = generation.incrementAndGet();
        return Uni.createFrom().<T>deferred(loader::get).onFailure().invoke(this::invalidate)
                .memoize().indefinitely()
                .invoke(value -> {
                    if (generation.get() == mine) { // not invalidated meanwhile
                        loaded = value;
                    }
                });
    }
}
