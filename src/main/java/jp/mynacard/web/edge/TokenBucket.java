package jp.mynacard.web.edge;

/** A token bucket: {@code capacity} tokens, refilled at {@code perSecond}; a request takes one. */
final class TokenBucket {

    private final int capacity;
    private final double perNano;
    private double tokens;
    private long updated;

    TokenBucket(int capacity, double perSecond) {
        this(capacity, perSecond, System.nanoTime());
    }

    TokenBucket(int capacity, double perSecond, long now) {
        this.capacity = capacity;
        this.perNano = perSecond / 1e9;
        this.tokens = capacity;
        this.updated = now;
    }

    synchronized boolean take() {
        return take(System.nanoTime());
    }

    synchronized boolean take(long now) {
        refill(now);
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }

    synchronized boolean empty() {
        refill(System.nanoTime());
        return tokens < 1;
    }

    synchronized long remaining() {
        return (long) tokens;
    }

    /** Whole seconds until the next token (at least 1 when there is none). */
    synchronized long secondsUntilToken() {
        return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / perNano / 1e9);
    }

    synchronized long secondsUntilFull() {
        return (long) Math.ceil((capacity - tokens) / perNano / 1e9);
    }

    private void refill(long now) {
        tokens = Math.min(capacity, tokens + (now - updated) * perNano);
        updated = now;
    }
}
