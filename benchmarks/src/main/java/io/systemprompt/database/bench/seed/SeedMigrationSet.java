package io.systemprompt.database.bench.seed;

import io.systemprompt.database.script.SqlFile;
import io.systemprompt.database.script.SqlStatement;
import io.systemprompt.database.translate.PostgresTranslator;
import io.systemprompt.database.translate.TranslationContext;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Migrations in the system description's style: each creates a table with
 * {@code INTEGER PRIMARY KEY AUTOINCREMENT}, a {@code TIMESTAMP … DEFAULT CURRENT_TIMESTAMP} column and
 * a {@code BOOLEAN}, an index, and inserts ten rows. Written as module folders (ten migrations a module,
 * each module depending on the previous one), and as the PostgreSQL translation users get, once as
 * Flyway scripts {@code V1__…sql} and once as one psql script that runs each file in its own transaction.
 *
 * @param modules    the module root folder
 * @param flywayPg   Flyway's scripts folder, translated for PostgreSQL
 * @param psqlScript the psql input: {@code BEGIN; <file> COMMIT;} per migration, in order
 * @param count      the number of migrations
 */
public record SeedMigrationSet(Path modules, Path flywayPg, Path psqlScript, int count) {
    /** Migrations per module. */
    public static final int PER_MODULE = 10;
    private static final int ROWS = 10;

    /** Writes {@code count} migrations (a multiple of ten) under {@code dir}. */
    public static SeedMigrationSet generate(Path dir, int count) {
        SeedMigrationSet set = new SeedMigrationSet(dir.resolve("modules"), dir.resolve("flyway-pg"),
                dir.resolve("psql.sql"), count);
        TranslationContext ctx = new TranslationContext();
        StringBuilder psql = new StringBuilder();
        int version = 0;
        for (int m = 1; m <= Math.max(1, count / PER_MODULE); m++) {
            String module = String.format("s%04d", m);
            Path dirOf = set.modules.resolve("seed").resolve(module);
            SeedFiles.write(dirOf.resolve("module.yaml"), "name: " + module + "\nversion: 1.0.0\ndependencies: ["
                    + (m > 1 ? "seed/" + String.format("s%04d", m - 1) : "") + "]\n");
            for (int t = 1; t <= PER_MODULE; t++) {
                String table = module + "_t" + String.format("%02d", t);
                String sql = script(table);
                String file = String.format("%03d_create_%s.sql", t, table);
                SeedFiles.write(dirOf.resolve("database/migrations").resolve(file), sql);
                String pg = translate(file, sql, ctx);
                version++;
                SeedFiles.write(set.flywayPg.resolve("V" + version + "__" + table + ".sql"), pg);
                psql.append("BEGIN;\n").append(pg).append("COMMIT;\n");
            }
        }
        SeedFiles.write(set.psqlScript, psql.toString());
        return set;
    }

    /** One migration's SQL, in the style of the description's {@code schema.sql}. */
    public static String script(String table) {
        StringBuilder sql = new StringBuilder();
        sql.append("CREATE TABLE IF NOT EXISTS ").append(table).append(" (\n")
                .append("  id INTEGER PRIMARY KEY AUTOINCREMENT,\n")
                .append("  name VARCHAR(50) NOT NULL,\n")
                .append("  n INTEGER NOT NULL,\n")
                .append("  enabled BOOLEAN NOT NULL DEFAULT FALSE,\n")
                .append("  created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP\n);\n");
        sql.append("CREATE INDEX IF NOT EXISTS idx_").append(table).append("_n ON ").append(table).append(" (n);\n");
        sql.append("INSERT INTO ").append(table).append(" (name, n, enabled) VALUES\n");
        for (int i = 1; i <= ROWS; i++) {
            sql.append("  ('row ").append(i).append("', ").append(i * 7).append(", ").append(i % 2)
                    .append(i < ROWS ? "),\n" : ");\n");
        }
        return sql.toString();
    }

    /** The last migration's table: present with its rows once everything was applied. */
    public String lastTable() {
        return String.format("s%04d", Math.max(1, count / PER_MODULE)) + "_t" + String.format("%02d", PER_MODULE);
    }

    private static String translate(String name, String sql, TranslationContext ctx) {
        List<String> out = new ArrayList<>();
        for (SqlStatement s : PostgresTranslator.translate(SqlFile.of(name, sql.getBytes(StandardCharsets.UTF_8)),
                ctx)) {
            out.add(s.sql() + ";\n");
        }
        return String.join("", out);
    }

}
