package io.systemprompt.database.metrics;

import com.zaxxer.hikari.HikariConfig;
import io.systemprompt.database.config.EngineType;

/**
 * The one place that decides whether metrics are on: only when Micrometer's classes can be loaded.
 * Everything that names a Micrometer type lives in {@code MicrometerBinding}, which is loaded only then,
 * so a class path without Micrometer never touches it.
 */
public final class DatabaseMetrics {
    private static final boolean MICROMETER = present("io.micrometer.core.instrument.MeterRegistry");

    private DatabaseMetrics() {
    }

    /** True when Micrometer is on the class path (or, on the module path, readable). */
    public static boolean micrometerPresent() {
        return MICROMETER;
    }

    /** Gives the pool HikariCP's Micrometer tracker on the global registry; does nothing without Micrometer. */
    public static void configurePool(HikariConfig config) {
        if (MICROMETER) {
            MicrometerBinding.configurePool(config);
        }
    }

    /** The observer for a database on {@code engine}: Micrometer meters, or {@link DatabaseObserver#NONE}. */
    public static DatabaseObserver observer(EngineType engine) {
        return MICROMETER ? MicrometerBinding.observer() : DatabaseObserver.NONE;
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, DatabaseMetrics.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
