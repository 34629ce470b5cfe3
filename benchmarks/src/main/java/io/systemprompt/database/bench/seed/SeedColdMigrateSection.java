package io.systemprompt.database.bench.seed;

import io.systemprompt.database.DatabaseException;
import io.systemprompt.database.bench.migrate.MigrateProbe;
import io.systemprompt.database.bench.migrate.SpdbScript;
import io.systemprompt.database.bench.report.Comparison;
import io.systemprompt.database.bench.run.Context;
import io.systemprompt.database.bench.run.Pg;
import io.systemprompt.database.bench.run.ProcessRun;
import io.systemprompt.database.bench.run.Recorder;
import io.systemprompt.database.bench.run.Target;
import io.systemprompt.database.config.EngineType;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * Cold migrate on PostgreSQL with the seed-style migrations ({@link SeedMigrationSet}): this library
 * (and {@code spdb migrate}, run as users run it, when its jar is there) against {@code psql} running the same translated
 * files in one session, one transaction each (the floor for applying them one after another), and
 * against Flyway running the same translated files. Runs alternate between the tools.
 */
public final class SeedColdMigrateSection {
    /** spdb's time at most this many times psql's. */
    private static final double PSQL_TARGET = 1.15;
    /** Flyway's time at least this many times ours (psql's 1.9× over Flyway, divided by 1.15). */
    private static final double FLYWAY_TARGET = 1.65;

    private SeedColdMigrateSection() {
    }

    /** Measures and records the section; PostgreSQL only. */
    public static void run(Context ctx) {
        if (!ctx.postgres()) {
            return;
        }
        SeedMigrationSet set = SeedMigrationSet.generate(ctx.workDir().resolve("seed-cold-" + ctx.size()
                .coldMigrations()), ctx.size().coldMigrations());
        Recorder rec = new Recorder();
        String what = set.count() + " seed-style migrations, fresh postgres, ";
        for (int r = 0; r < ctx.size().repeats(); r++) {
            try (Target t = Target.fresh(EngineType.POSTGRES, ctx.workDir())) {
                ProcessRun run = psql(ctx, t, set);
                check(t, set);
                rec.add("seedcold.postgres.psql.process", "ms", what + "psql, one transaction a file",
                        Recorder.ms(run.wallNs()));
            }
            try (Target t = Target.fresh(EngineType.POSTGRES, ctx.workDir())) {
                ProcessRun run = ctx.children().runMain(MigrateProbe.class.getName(),
                        List.of("ours", "postgres", t.location(), set.modules().toAbsolutePath().toString()), Map.of());
                check(t, set);
                rec.add("seedcold.postgres.ours.inprocess", "ms", what + "library: in-process",
                        Recorder.ms(run.inProcessNs()));
                rec.add("seedcold.postgres.ours.process", "ms", what + "library: whole process",
                        Recorder.ms(run.wallNs()));
            }
            if (ctx.spdbJar().isPresent()) {
                try (Target t = Target.fresh(EngineType.POSTGRES, ctx.workDir())) {
                    ProcessRun run = SpdbScript.run(ctx.children(), ctx.spdbJar().get(), List.of("migrate"),
                            t.env(set.modules()));
                    check(t, set);
                    rec.add("seedcold.postgres.spdb.process", "ms", what + "spdb migrate", Recorder.ms(run.wallNs()));
                }
            }
            try (Target t = Target.fresh(EngineType.POSTGRES, ctx.workDir())) {
                ProcessRun run = ctx.children().runMain(MigrateProbe.class.getName(),
                        List.of("flyway", "postgres", t.location(), set.flywayPg().toAbsolutePath().toString()),
                        Map.of());
                check(t, set);
                rec.add("seedcold.postgres.flyway.process", "ms", what + "Flyway: whole process",
                        Recorder.ms(run.wallNs()));
            }
        }
        rec.flush(ctx.results());
        String whole = ctx.spdbJar().isPresent() ? "spdb" : "ours";
        String p = "seedcold.postgres.";
        ctx.results().compare(new Comparison(p + "psql", whole + " time / psql time, seed-style cold migrate",
                p + whole + ".process", p + "psql.process", false, "<=", PSQL_TARGET));
        ctx.results().compare(new Comparison(p + "flyway", "Flyway time / " + whole + " time, seed-style cold migrate",
                p + whole + ".process", p + "flyway.process", true, ">=", FLYWAY_TARGET));
    }

    private static ProcessRun psql(Context ctx, Target t, SeedMigrationSet set) {
        return ctx.children().run(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", Pg.HOST, "-p",
                String.valueOf(Pg.PORT), "-U", Pg.USER, "-d", t.location(), "-f", set.psqlScript().toString()),
                Map.of("PGPASSWORD", Pg.PASSWORD));
    }

    private static void check(Target t, SeedMigrationSet set) {
        try (Connection c = Pg.connect(t.location()); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM " + set.lastTable())) {
            rs.next();
            if (rs.getInt(1) != 10) {
                throw new DatabaseException("benchmarks: " + set.lastTable() + " holds " + rs.getInt(1)
                        + " rows, expected 10");
            }
        } catch (SQLException e) {
            throw new DatabaseException("benchmarks: the seed-style migrations were not all applied: "
                    + e.getMessage(), e);
        }
    }
}
