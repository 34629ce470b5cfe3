package io.systemprompt.database.metrics;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.systemprompt.database.config.EngineType;
import io.systemprompt.database.engine.ErrorKind;
import java.time.Duration;
import java.util.Locale;

/** The Micrometer side; loaded only when {@link DatabaseMetrics} found Micrometer. */
final class MicrometerBinding {

    private MicrometerBinding() {
    }

    static void configurePool(HikariConfig config) {
        config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(Metrics.globalRegistry));
    }

    static DatabaseObserver observer() {
        return new Observer(Metrics.globalRegistry);
    }

    /** Counters and timers on one registry; Micrometer returns the same meter for the same name and tags. */
    private record Observer(MeterRegistry registry) implements DatabaseObserver {
        @Override
        public void statementFailed(EngineType engine, ErrorKind kind) {
            registry.counter("spdb.statement.errors", "engine", engine.id(), "kind", lower(kind)).increment();
        }

        @Override
        public void migrationStep(EngineType engine, String kind, String module, long durationMs) {
            registry.counter("spdb.migration.steps", "engine", engine.id(), "kind", kind, "module", module).increment();
            registry.timer("spdb.migration.step.duration", "engine", engine.id(), "kind", kind)
                    .record(Duration.ofMillis(durationMs));
        }

        @Override
        public void migrationFailed(EngineType engine, String module) {
            registry.counter("spdb.migration.failures", "engine", engine.id(), "module", module).increment();
        }

        private static String lower(Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT);
        }
    }
}
