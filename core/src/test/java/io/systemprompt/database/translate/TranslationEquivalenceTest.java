package io.systemprompt.database.translate;

import static org.assertj.core.api.Assertions.assertThat;

import io.systemprompt.database.script.SqlFile;
import io.systemprompt.database.script.SqlSplitter;
import io.systemprompt.database.script.SqlStatement;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random tables and inserts: the SQLite-dialect script runs on SQLite as written and on
 * PostgreSQL translated, and the same SQLite-dialect queries give the same answers on both.
 */
class TranslationEquivalenceTest {
    private static final int SEEDS = 30;
    /** Column definition, then a few SQLite literals to insert into it. */
    private static final String[][] COLUMNS = {
        {"n INTEGER NOT NULL DEFAULT 0", "7", "-3", "0"},
        {"flag BOOLEAN NOT NULL DEFAULT 1 CHECK (flag IN (0, 1))", "0", "1"},
        {"label TEXT CHECK (label IN ('a', 'b'))", "'a'", "'b'", "NULL"},
        {"price REAL", "1.5", "2"},
        {"note VARCHAR(20) DEFAULT 'x'", "'it''s; ok'", "'-- not a comment'"},
        {"stamp DATETIME DEFAULT CURRENT_TIMESTAMP", "'2024-01-02 03:04:05'"},
        {"made TEXT DEFAULT (datetime('now'))", "'2024-01-02 03:04:05'"},
        {"token TEXT DEFAULT (lower(hex(randomblob(16))))", "'tok'"},
        {"payload JSON", "'{\"a\": [1, 2]}'"},
        {"`key` TEXT", "'k'", "'v'"}};

    private static PostgresTestDatabase database;

    @BeforeAll
    static void createDatabase() throws SQLException {
        database = new PostgresTestDatabase();
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void randomScriptsGiveTheSameAnswers(@TempDir Path dir) throws SQLException {
        for (int seed = 1; seed <= SEEDS; seed++) {
            Random random = new Random(seed);
            String table = "r" + seed;
            List<String[]> columns = pickColumns(random);
            String script = createTable(random, table, columns) + inserts(random, table, columns);
            try (Connection sqlite = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(table + ".db"))) {
                TranslationContext context = new TranslationContext();
                run(sqlite, SqlSplitter.split(script));
                run(database.connection(), PostgresTranslator.translate(SqlFile.of(table + ".sql", script), context));
                for (String query : queries(table, columns)) {
                    assertThat(answer(database.connection(), translateQuery(query, context)))
                        .as("seed %d: %s\nscript:\n%s", seed, query, script)
                        .isEqualTo(answer(sqlite, query));
                }
            }
        }
    }

    private static List<String[]> pickColumns(Random random) {
        List<String[]> all = new ArrayList<>(List.of(COLUMNS));
        Collections.shuffle(all, random);
        return all.subList(0, 1 + random.nextInt(all.size()));
    }

    private static String createTable(Random random, String table, List<String[]> columns) {
        StringBuilder sql = new StringBuilder("CREATE TABLE IF NOT EXISTS ").append(table)
            .append(" (\n  id INTEGER PRIMARY KEY").append(random.nextBoolean() ? " AUTOINCREMENT" : "");
        columns.forEach(c -> sql.append(",\n  ").append(c[0]));
        return sql.append("\n); -- table (it's done)\n").toString();
    }

    /** Statements with explicit ids (IGNORE or REPLACE) and without, multi-row, comments between rows. */
    private static String inserts(Random random, String table, List<String[]> columns) {
        StringBuilder sql = new StringBuilder();
        for (int i = random.nextInt(6); i >= 0; i--) {
            boolean explicit = random.nextBoolean();
            String verb = !explicit ? "INSERT" : random.nextBoolean() ? "INSERT OR IGNORE" : "INSERT OR REPLACE";
            List<String[]> used = columns.subList(0, random.nextInt(columns.size() + 1));
            List<String> names = new ArrayList<>(explicit ? List.of("id") : List.of());
            used.forEach(c -> names.add(c[0].split(" ")[0]));
            sql.append(verb).append(" INTO ").append(table);
            if (names.isEmpty()) {
                sql.append(" DEFAULT VALUES;\n");
            } else {
                sql.append(" (").append(String.join(", ", names)).append(") VALUES\n")
                    .append(rows(random, used, explicit)).append(";\n");
            }
        }
        return sql.toString();
    }

    private static String rows(Random random, List<String[]> used, boolean explicit) {
        List<String> rows = new ArrayList<>();
        List<Integer> ids = new ArrayList<>(List.of(1, 2, 3, 10, 20, 40));
        Collections.shuffle(ids, random);
        for (int r = 1 + random.nextInt(3); r > 0; r--) {
            List<String> values = new ArrayList<>();
            if (explicit) {
                values.add(String.valueOf(ids.get(r)));
            }
            used.forEach(c -> values.add(c[1 + random.nextInt(c.length - 1)]));
            rows.add("  (" + String.join(", ", values) + ")");
        }
        return String.join(",\n  -- next row; it's fine\n", rows);
    }

    private static List<String> queries(String table, List<String[]> columns) {
        List<String> queries = new ArrayList<>(List.of(
            "SELECT count(*) FROM " + table,
            "SELECT max(id) FROM " + table,
            "SELECT group_concat(id) FROM (SELECT id FROM " + table + " ORDER BY id LIMIT 1, 3)"));
        for (String[] c : columns) {
            String name = c[0].split(" ")[0];
            queries.add("SELECT count(*) FROM " + table + " WHERE " + name + " IS NULL");
        }
        if (columns.stream().anyMatch(c -> c[0].startsWith("flag"))) {
            queries.add("SELECT count(*) FROM " + table + " WHERE flag = 1");
        }
        if (columns.stream().anyMatch(c -> c[0].startsWith("n "))) {
            queries.add("SELECT ifnull(sum(n), 0) FROM " + table);
        }
        if (columns.stream().anyMatch(c -> c[0].startsWith("made"))) {
            queries.add("SELECT count(*) FROM " + table + " WHERE length(made) <> 19");
        }
        return queries;
    }

    private static String translateQuery(String query, TranslationContext context) {
        return PostgresTranslator.translate(SqlFile.of("query.sql", query), context).get(0).sql();
    }

    private static String answer(Connection connection, String query) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void run(Connection connection, List<SqlStatement> statements) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (SqlStatement statement : statements) {
                s.execute(statement.sql());
            }
        }
    }
}
