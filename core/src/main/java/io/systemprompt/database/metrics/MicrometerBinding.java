package io.systemprompt.database.metrics;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.systemprompt.database.config.EngineType;
import io.systemprompt.database.engine.ErrorKind;
import io.systemprompt.database.migrate.AppliedStep;
import io.systemprompt.database.migrate.MigrationException;
import io.systemprompt.database.migrate.MigrationResult;
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
        public void migrationRun(EngineType engine, MigrationResult result) {
            if (result.dryRun()) {
                return;
            }
            for (AppliedStep step : result.applied()) {
                String kind = lower(step.kind());
                registry.counter("spdb.migration.steps", "engine", engine.id(), "kind", kind, "module", step.module())
                        .increment();
                registry.timer("spdb.migration.step.duration", "engine", engine.id(), "kind", kind)
                        .record(Duration.ofMillis(step.durationMs()));
            }
            for (MigrationException failure : result.failures()) {
                registry.counter("spdb.migration.failures", "engine", engine.id(), "module",
                        String.valueOf(failure.module())).increment();
            }
        }

        private static String lower(Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT);
        }
    }
}
