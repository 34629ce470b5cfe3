package io.systemprompt.database.pool;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers when each thread, or each explicit session token, last wrote, so its reads go to the primary
 * for {@code DB_READ_YOUR_WRITES_MS} afterwards and never miss their own writes on a lagging replica.
 */
public final class ReadYourWrites {
    private static final int MAX_TOKENS = 100_000;

    private final long windowNanos;
    private final ThreadLocal<Long> threadWrite = new ThreadLocal<>();
    private final ThreadLocal<String> token = new ThreadLocal<>();
    private final Map<String, Long> tokenWrites = new ConcurrentHashMap<>();

    /** A window of this many milliseconds; 0 turns it off. */
    public ReadYourWrites(long windowMs) {
        this.windowNanos = windowMs * 1_000_000L;
    }

    /** Records a write by the calling thread, or by its session token when one is set. */
    public void wrote() {
        long now = System.nanoTime();
        String t = token.get();
        if (t == null) {
            threadWrite.set(now);
            return;
        }
        if (tokenWrites.size() >= MAX_TOKENS) {
            tokenWrites.values().removeIf(at -> now - at > windowNanos);
        }
        tokenWrites.put(t, now);
    }

    /** True when the calling thread (or its session token) wrote within the window. */
    public boolean recentlyWrote() {
        Long at = token.get() == null ? threadWrite.get() : tokenWrites.get(token.get());
        return at != null && System.nanoTime() - at < windowNanos;
    }

    /** Sets the calling thread's session token (null clears it) and returns the previous one. */
    public String swapToken(String value) {
        String previous = token.get();
        if (value == null) {
            token.remove();
        } else {
            token.set(value);
        }
        return previous;
    }
}
