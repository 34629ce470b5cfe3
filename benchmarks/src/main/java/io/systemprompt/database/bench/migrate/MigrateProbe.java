package io.systemprompt.database.bench.migrate;

import io.systemprompt.database.Database;
import io.systemprompt.database.bench.run.Pg;
import io.systemprompt.database.bench.run.Target;
import io.systemprompt.database.config.EngineType;
import io.systemprompt.database.migrate.MigrationResult;
import org.flywaydb.core.Flyway;

import java.util.List;

/**
 * A plain {@code main} that migrates one database with this library or with Flyway and prints how
 * long the call took inside the process. The harness times the whole process around it, so the
 * difference is JVM start, class loading before {@code main}, and exit.
 *
 * <p>Usage: {@code MigrateProbe ours|flyway sqlite|postgres <file-or-database> <modules-or-scripts-dir>}
 */
public final class MigrateProbe {
    /** The line prefix the harness looks for on standard output. */
    public static final String PREFIX = "PROBE in_process_ns=";

    private MigrateProbe() {
    }

    /** Entry point; exits non-zero when the migration fails. */
    public static void main(String[] args) {
        long start = System.nanoTime();
        Target target = Target.of("postgres".equals(args[1]) ? EngineType.POSTGRES : EngineType.SQLITE, args[2]);
        int applied = "flyway".equals(args[0]) ? flyway(target, args[3]) : ours(target, args[3]);
        long elapsed = System.nanoTime() - start;
        System.out.println(PREFIX + elapsed + " applied=" + applied);
    }

    static int ours(Target target, String moduleRoot) {
        try (Database db = Database.open(target.config(List.of(moduleRoot)).build())) {
            MigrationResult result = db.migrationService().migrate().orThrow();
            return result.applied().size();
        }
    }

    static int flyway(Target target, String scripts) {
        Flyway flyway = Flyway.configure()
                .dataSource(target.jdbcUrl(), Pg.USER, Pg.PASSWORD)
                .locations("filesystem:" + scripts)
                .load();
        return flyway.migrate().migrationsExecuted;
    }
}
