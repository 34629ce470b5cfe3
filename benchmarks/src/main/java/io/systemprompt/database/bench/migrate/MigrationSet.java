package io.systemprompt.database.bench.migrate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generated migrations, written twice with the same SQL: as module folders for this library
 * ({@code modules/bench/m001/...}, ten migrations a module, each module depending on the previous one
 * and, every tenth, on the module ten back) and as Flyway's {@code flyway/V1__...sql .. V<n>__...sql}
 * in the same order. The SQL needs no translation on SQLite or PostgreSQL.
 *
 * @param modules the module root folder
 * @param flyway  the Flyway scripts folder
 * @param count   the number of migrations
 */
public record MigrationSet(Path modules, Path flyway, int count) {
    /** Migrations per module. */
    public static final int PER_MODULE = 10;
    private static final int ROWS = 10;

    /** Writes {@code count} migrations (a multiple of ten) under {@code dir}. */
    public static MigrationSet generate(Path dir, int count) {
        MigrationSet set = new MigrationSet(dir.resolve("modules"), dir.resolve("flyway"), count);
        int modules = Math.max(1, count / PER_MODULE);
        int version = 0;
        for (int m = 1; m <= modules; m++) {
            Path module = set.modules.resolve("bench").resolve(moduleName(m));
            write(module.resolve("module.yaml"), yaml(m));
            for (int t = 1; t <= PER_MODULE; t++) {
                String sql = script(moduleName(m) + "_t" + String.format("%02d", t));
                String file = String.format("%03d_create_t%02d.sql", t, t);
                write(module.resolve("database/migrations").resolve(file), sql);
                version++;
                write(set.flyway.resolve("V" + version + "__" + moduleName(m) + "_t" + t + ".sql"), sql);
            }
        }
        return set;
    }

    /** The table the last migration creates: present with its rows once everything was applied. */
    public String lastTable() {
        return moduleName(Math.max(1, count / PER_MODULE)) + "_t" + String.format("%02d", PER_MODULE);
    }

    static String moduleName(int m) {
        return String.format("m%04d", m);
    }

    private static String yaml(int m) {
        StringBuilder deps = new StringBuilder();
        if (m > 1) {
            deps.append("bench/").append(moduleName(m - 1));
        }
        if (m > PER_MODULE && m % PER_MODULE == 0) {
            deps.append(", bench/").append(moduleName(m - PER_MODULE));
        }
        return "name: " + moduleName(m) + "\nversion: 1.0.0\ndependencies: [" + deps + "]\n";
    }

    static String script(String table) {
        StringBuilder sql = new StringBuilder();
        sql.append("CREATE TABLE ").append(table).append(" (id BIGINT PRIMARY KEY, name VARCHAR(50), n INTEGER);\n");
        sql.append("CREATE INDEX ").append(table).append("_n ON ").append(table).append(" (n);\n");
        for (int i = 1; i <= ROWS; i++) {
            sql.append("INSERT INTO ").append(table).append(" (id, name, n) VALUES (")
                    .append(i).append(", 'row ").append(i).append("', ").append(i * 7).append(");\n");
        }
        return sql.toString();
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
