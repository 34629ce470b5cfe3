package io.systemprompt.database;

import io.systemprompt.database.config.DatabaseConfig;
import io.systemprompt.database.migrate.AppliedStep;
import io.systemprompt.database.migrate.MigrationResult;
import io.systemprompt.database.migrate.StepKind;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says through SLF4J what automatic migration did when a {@link Database} opened: INFO for the modules
 * installed and migrations applied (with the time taken), WARN for each drift, missing file and
 * out-of-order migration, and one DEBUG line when nothing was pending.
 */
final class StartupLog {
    private static final Logger LOG = LoggerFactory.getLogger(StartupLog.class);

    private StartupLog() {
    }

    static void log(DatabaseConfig config, MigrationResult result, long startNanos) {
        log(LOG, config, result, startNanos);
    }

    /** Logs to the given logger (tests pass their own). */
    static void log(Logger log, DatabaseConfig config, MigrationResult result, long startNanos) {
        String where = config.engine().id() + ", " + config.describeLocation();
        result.warnings().forEach(w -> log.warn("Auto-migrate ({}): {}", where, w));
        List<AppliedStep> applied = result.applied();
        double ms = (System.nanoTime() - startNanos) / 1_000_000.0;
        if (applied.isEmpty() && result.failures().isEmpty()) {
            log.debug("Auto-migrate ({}): nothing pending, {} module(s) up to date ({} ms)", where,
                    result.plan().modules().size(), String.format(java.util.Locale.ROOT, "%.1f", ms));
            return;
        }
        List<String> schemas = keys(applied, StepKind.SCHEMA);
        List<String> migrations = keys(applied, StepKind.MIGRATION);
        log.info("Auto-migrate ({}): installed {} module(s) {}, applied {} migration(s) {} in {} ms", where,
                schemas.size(), schemas, migrations.size(), migrations,
                String.format(java.util.Locale.ROOT, "%.1f", ms));
    }

    private static List<String> keys(List<AppliedStep> applied, StepKind kind) {
        return applied.stream().filter(s -> s.kind() == kind)
                .map(s -> kind == StepKind.SCHEMA ? s.module() : s.module() + " " + s.version()).toList();
    }
}
