package io.systemprompt.database.module;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;

/** Logs a warning the first time its key is seen in this process, so repeated discovery does not repeat it. */
final class WarnOnce {
    private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();

    private WarnOnce() {
    }

    /** Logs the message at WARN unless the same message was logged before; returns it. */
    static String warn(Logger log, String message) {
        if (SEEN.add(message)) {
            log.warn(message);
        }
        return message;
    }
}
