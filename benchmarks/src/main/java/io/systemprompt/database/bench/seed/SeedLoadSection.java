package io.systemprompt.database.bench.seed;

import io.systemprompt.database.Database;
import io.systemprompt.database.bench.report.Comparison;
import io.systemprompt.database.bench.run.Context;
import io.systemprompt.database.bench.run.Recorder;
import io.systemprompt.database.bench.run.Target;
import io.systemprompt.database.config.EngineType;
import io.systemprompt.database.data.DataOperations;
import io.systemprompt.database.data.ImportOptions;
import io.systemprompt.database.data.OnConflict;
import io.systemprompt.database.data.ProgressListener;
import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Loading a seed-style table on PostgreSQL: {@code spdb data import} of a CSV file and {@code data copy}
 * from a SQLite database holding the same rows, against a raw {@code COPY FROM STDIN} of that CSV file
 * through pgjdbc into the same table. Import and copy include what users get with them (the transaction,
 * the sequence move, and for copy the schema install and the content verification).
 */
public final class SeedLoadSection {
    private static final double TARGET = 0.8;
    private static final String SCHEMA = "CREATE TABLE IF NOT EXISTS seed_rows (\n"
            + "  id INTEGER PRIMARY KEY AUTOINCREMENT,\n  name VARCHAR(50) NOT NULL,\n  n INTEGER NOT NULL,\n"
            + "  enabled BOOLEAN NOT NULL DEFAULT FALSE,\n"
            + "  created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP\n);\n";

    private SeedLoadSection() {
    }

    /** Measures and records the section; PostgreSQL only. */
    public static void run(Context ctx) throws Exception {
        if (!ctx.postgres()) {
            return;
        }
        int rows = ctx.size().bulkRows();
        Path dir = ctx.workDir().resolve("seed-load");
        Path modules = SeedFiles.module(dir, "rows", SCHEMA);
        Path csv = csv(dir.resolve("seed_rows.csv"), rows);
        List<String> roots = List.of(modules.toString());
        Recorder rec = new Recorder();
        String what = rows + " seed-style rows into postgres, ";
        try (Target sqlite = Target.fresh(EngineType.SQLITE, ctx.workDir());
                Database source = Database.open(sqlite.config(roots).build())) {
            source.migrationService().migrate().orThrow();
            new DataOperations(source).importData(new ImportOptions(List.of(csv), OnConflict.FAIL, false),
                    ProgressListener.NONE);
            for (int r = 0; r < ctx.size().repeats(); r++) {
                try (Target t = Target.fresh(EngineType.POSTGRES, ctx.workDir());
                        Database db = Database.open(t.config(roots).build())) {
                    db.migrationService().migrate().orThrow();
                    rec.add("seedload.postgres.raw", "rows/s", what + "raw COPY FROM STDIN", SeedFiles.rate(rows,
                            () -> rawCopy(db, csv)));
                    db.execute("TRUNCATE seed_rows");
                    rec.add("seedload.postgres.import", "rows/s", what + "data import", SeedFiles.rate(rows,
                            () -> new DataOperations(db).importData(new ImportOptions(List.of(csv), OnConflict.FAIL,
                                    false), ProgressListener.NONE)));
                }
                try (Target t = Target.fresh(EngineType.POSTGRES, ctx.workDir());
                        Database db = Database.open(t.config(roots).build())) {
                    rec.add("seedload.postgres.copy", "rows/s", what + "data copy from sqlite", SeedFiles.rate(rows,
                            () -> DataOperations.copy(source, db, ProgressListener.NONE)));
                }
            }
        }
        rec.flush(ctx.results());
        for (String op : List.of("import", "copy")) {
            ctx.results().compare(new Comparison("seedload.postgres." + op, "data " + op
                    + " / raw COPY, rows/s (postgres)", "seedload.postgres." + op, "seedload.postgres.raw", false,
                    ">=", TARGET));
        }
    }

    private static void rawCopy(Database db, Path csv) {
        try (Connection c = db.dataSource().getConnection(); Reader in = Files.newBufferedReader(csv)) {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY seed_rows (id, name, n, enabled) FROM STDIN WITH (FORMAT csv, HEADER true)", in);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("benchmarks: raw COPY failed: " + e.getMessage(), e);
        }
    }



    private static Path csv(Path file, int rows) {
        StringBuilder sb = new StringBuilder("id,name,n,enabled\n");
        for (int i = 1; i <= rows; i++) {
            sb.append(i).append(",\"row, ").append(i).append("\",").append(i * 7).append(',')
                    .append(i % 2 == 0).append('\n');
        }
        SeedFiles.write(file, sb.toString());
        return file;
    }
}
