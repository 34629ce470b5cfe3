package io.systemprompt.database.cli.command;

import java.util.LinkedHashMap;
import java.util.Map;

/** Small helpers to build the JSON documents commands print. */
final class Docs {

    private Docs() {
    }

    /** An ordered map from key/value pairs. */
    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** Milliseconds since {@code startNanos}, rounded to 0.01. */
    static double millisSince(long startNanos) {
        return Math.round((System.nanoTime() - startNanos) / 10_000.0) / 100.0;
    }
}
