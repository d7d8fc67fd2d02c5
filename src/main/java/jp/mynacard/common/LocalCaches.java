package jp.mynacard.common;

import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Caffeine caches whose upkeep (draining the read buffers, evicting) runs on the thread that uses
 * them, an event loop here, instead of being handed to the common pool: on the one core the service
 * is sized for, that hand-off cost a thread wake-up and a contended lock every few requests, while
 * the upkeep itself is short (docs/decisions/0008-gzip-levels-and-cache-upkeep.md).
 */
public final class LocalCaches {

    private LocalCaches() {
    }

    public static Caffeine<Object, Object> builder() {
        return Caffeine.newBuilder().executor(Runnable::run);
    }
}
