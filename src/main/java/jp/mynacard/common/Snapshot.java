package jp.mynacard.common;

import io.smallrye.mutiny.Uni;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A read-mostly table held in memory: loaded on first use (inside the caller's Vert.x context, as
 * Hibernate Reactive requires), kept until {@link #invalidate()} or replaced by {@link #prepare()}, and
 * never kept when loading failed.
 */
public final class Snapshot<T> {

    private final Supplier<Uni<T>> loader;
    private volatile Uni<T> current;
    private volatile T loaded;
    private final AtomicInteger generation = new AtomicInteger();

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

    /** Loads a new value beside the one in use; the item puts it in use (a {@link DatasetView}'s swap). */
    public Uni<Runnable> prepare() {
        return prepare(Uni.createFrom().deferred(loader::get));
    }

    /** As {@link #prepare()}, with the new value made some other way (from the one in use, say). */
    public Uni<Runnable> prepare(Uni<? extends T> loading) {
        return loading.map(value -> () -> install(value));
    }

    private void install(T value) {
        generation.incrementAndGet(); // a load still running from before is not to replace it
        loaded = value;
        current = Uni.createFrom().item(value);
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
