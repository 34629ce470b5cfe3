package io.systemprompt.database.internal;

import java.nio.file.Path;

/**
 * Where this library keeps files that only save work between runs (checksum caches, the SQLite
 * native library): the system property {@value #PROPERTY} or the environment variable {@value #ENV},
 * else {@code $XDG_CACHE_HOME/systemprompt-database}, else {@code ~/.cache/systemprompt-database}.
 * The value {@code off} turns every such cache off. Deleting the directory is always safe.
 */
public final class CacheDirectory {
    /** The system property naming the cache directory, or {@code off}. */
    public static final String PROPERTY = "systemprompt.database.cache-dir";
    /** The environment variable naming the cache directory, or {@code off}. */
    public static final String ENV = "SPDB_CACHE_DIR";

    private CacheDirectory() {
    }

    /** The configured directory (not created here), or null when caching is off or no home is known. */
    public static Path get() {
        String configured = System.getProperty(PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(ENV);
        }
        if (configured != null && !configured.isBlank()) {
            return configured.strip().equalsIgnoreCase("off") ? null : Path.of(configured.strip());
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "systemprompt-database");
        }
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() ? null : Path.of(home, ".cache", "systemprompt-database");
    }
}
