package io.systemprompt.database.data;

import io.systemprompt.database.Database;
import io.systemprompt.database.engine.BulkLoader;
import io.systemprompt.database.testing.ModuleTree;
import io.systemprompt.database.testing.PostgresScratch;
import io.systemprompt.database.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bulk loads into PostgreSQL go through {@code COPY}: values arrive exactly as bound parameters would
 * store them, and import, engine copy and restore use it and still verify. Rows written by one COPY
 * share one command id ({@code cmin}); batched INSERTs spread them over several commands.
 */
class PostgresCopyTest {
    private static final String COLUMNS = "t TEXT, b BYTEA, f BOOLEAN, ts TIMESTAMPTZ, lts TIMESTAMP, n BIGINT,"
            + " r DOUBLE PRECISION, d NUMERIC(20,6), day DATE, j JSONB";
    private static final String[] TRICKY = {"", "\"", "\"\"", ",", "a,b", "line\nbreak", "cr\r\nlf", "back\\slash",
        "\\N", "\\.", "NULL", "tab\there", "it's", "ünïcödé ✓", "  spaced  ", "\\x00", "end\\"};

    @TempDir
    Path work;
    private PostgresScratch pg;
    private Database db;

    @BeforeEach
    void setUp() {
        new ModuleTree(work.resolve("modules")).module("core/notes")
                .schema("CREATE TABLE notes (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT,"
                        + " done BOOLEAN NOT NULL DEFAULT 0, created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP);");
        pg = PostgresScratch.create();
        db = Database.open(pg.config().moduleRoots(List.of(work.resolve("modules").toString())).build());
        db.migrationService().migrate().orThrow();
    }

    @AfterEach
    void tearDown() {
        db.close();
        pg.close();
    }

    @Test
    void copiedValuesEqualBoundOnesForASeededRandomCorpus() throws Exception {
        BulkLoader copy = db.dialect().bulkLoader().orElseThrow();
        List<String> names = List.of("t", "b", "f", "ts", "lts", "n", "r", "d", "day", "j");
        for (int seed = 1; seed <= 5; seed++) {
            List<Object[]> rows = corpus(new Random(seed), 400);
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS via_copy, via_bind");
                s.execute("CREATE TABLE via_copy (k INT, " + COLUMNS + ")");
                s.execute("CREATE TABLE via_bind (k INT, " + COLUMNS + ")");
                c.setAutoCommit(false);
                List<String> withKey = new ArrayList<>(List.of("k"));
                withKey.addAll(names);
                assertThat(copy.load(c, "via_copy", withKey, rows)).isEqualTo(rows.size());
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO via_bind VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
                    for (Object[] row : rows) {
                        for (int i = 0; i < row.length; i++) {
                            db.dialect().values().bind(ps, i + 1, row[i]);
                        }
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                c.commit();
                c.setAutoCommit(true);
                // IS DISTINCT FROM tells NULL from '' and compares every column, bytes included.
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM via_copy a JOIN via_bind b USING (k) WHERE"
                        + " (a.t, a.b, a.f, a.ts, a.lts, a.n, a.r, a.d, a.day, a.j) IS NOT DISTINCT FROM"
                        + " (b.t, b.b, b.f, b.ts, b.lts, b.n, b.r, b.d, b.day, b.j)")) {
                    rs.next();
                    assertThat(rs.getInt(1)).as("seed %d: rows equal in both tables", seed).isEqualTo(rows.size());
                }
                try (ResultSet rs = s.executeQuery("SELECT count(*) FILTER (WHERE t IS NULL),"
                        + " count(*) FILTER (WHERE t = '') FROM via_copy")) {
                    rs.next();
                    assertThat(rs.getInt(1)).as("NULLs").isPositive();
                    assertThat(rs.getInt(2)).as("empty strings").isPositive();
                }
            }
        }
    }

    private static List<Object[]> corpus(Random r, int n) {
        List<Object[]> rows = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            rows.add(new Object[] {k, nullOr(r, text(r)), nullOr(r, bytes(r)), nullOr(r, r.nextBoolean()),
                nullOr(r, Instant.ofEpochSecond(r.nextInt(2_000_000_000), r.nextInt(1_000_000) * 1000L)),
                nullOr(r, Instant.ofEpochSecond(r.nextInt(2_000_000_000), r.nextInt(1_000) * 1_000_000L)),
                nullOr(r, r.nextLong()), nullOr(r, r.nextInt(4) == 0 ? (double) r.nextInt(100) : r.nextGaussian() * 1e6),
                nullOr(r, new BigDecimal(r.nextInt(1_000_000_000)).movePointLeft(r.nextInt(7))),
                nullOr(r, LocalDate.ofEpochDay(r.nextInt(40_000))),
                nullOr(r, "{\"k\": \"" + text(r).replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
                        .replace("\r", "\\r").replace("\t", "\\t") + "\"}")});
        }
        return rows;
    }

    private static Object nullOr(Random r, Object v) {
        return r.nextInt(8) == 0 ? null : v;
    }

    private static String text(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(4); i > 0; i--) {
            sb.append(r.nextInt(3) == 0 ? (char) ('a' + r.nextInt(26)) : TRICKY[r.nextInt(TRICKY.length)]);
        }
        return sb.toString();
    }

    private static byte[] bytes(Random r) {
        byte[] b = new byte[r.nextInt(20)];
        r.nextBytes(b);
        return b;
    }

    @Test
    void importUsesCopyVerifiesAndMovesTheSequence() throws Exception {
        StringBuilder csv = new StringBuilder("id,title,done\n");
        for (int i = 1; i <= 1500; i++) {
            csv.append(i * 2).append(",\"note, \"\"").append(i).append("\"\"\",").append(i % 2 == 0).append('\n');
        }
        Path file = work.resolve("notes.csv");
        Files.writeString(file, csv);
        ImportResult r = new DataOperations(db).importData(new ImportOptions(List.of(file), OnConflict.FAIL, false),
                ProgressListener.NONE);
        assertThat(r.tables().get(0).rows()).isEqualTo(1500);
        assertThat(db.queryValue("SELECT count(DISTINCT cmin::text) FROM notes", Long.class)).contains(1L);
        assertThat(db.queryValue("SELECT title FROM notes WHERE id = 6", String.class)).contains("note, \"3\"");
        assertThat(db.insert("INSERT INTO notes (title) VALUES ('next')")).isEqualTo(3001L);
    }

    @Test
    void aRowTheServerRefusesIsNamedAndNothingIsImported() throws Exception {
        Path file = work.resolve("notes.csv");
        Files.writeString(file, "id,title,done\n1,a,true\n2,b,false\n1,again,true\n");
        assertThatThrownBy(() -> new DataOperations(db).importData(
                new ImportOptions(List.of(file), OnConflict.FAIL, false), ProgressListener.NONE))
                .isInstanceOf(DataException.class).hasMessageContaining(file + ":4:")
                .hasMessageContaining("Nothing was imported");
        assertThat(db.queryValue("SELECT count(*) FROM notes", Long.class)).contains(0L);
    }

    @Test
    void aRefusedRowEarlyInALongStreamIsNamedAndNothingIsImported() throws Exception {
        // The rows stream to the server while the file is read: its error arrives while later rows are sent.
        StringBuilder csv = new StringBuilder("id,title,done\n1,a,true\n1,duplicate,false\n");
        for (int i = 2; i <= 30_000; i++) {
            csv.append(i).append(",\"title ").append("x".repeat(40)).append(i).append("\",true\n");
        }
        Path file = work.resolve("notes.csv");
        Files.writeString(file, csv);
        assertThatThrownBy(() -> new DataOperations(db).importData(
                new ImportOptions(List.of(file), OnConflict.FAIL, false), ProgressListener.NONE))
                .isInstanceOf(DataException.class).hasMessageContaining(file + ":3:")
                .hasMessageContaining("Nothing was imported");
        assertThat(db.queryValue("SELECT count(*) FROM notes", Long.class)).contains(0L);
        assertThat(db.insert("INSERT INTO notes (title) VALUES ('after')")).isPositive();
    }

    @Test
    void engineCopyAndRestoreUseCopyAndVerify() throws Exception {
        List<String> roots = List.of(work.resolve("modules").toString());
        try (Database lite = Database.open(TestDatabases.sqlite(work.resolve("lite")).moduleRoots(roots).build());
                PostgresScratch target = PostgresScratch.create();
                Database copiedTo = Database.open(target.config().moduleRoots(roots).build())) {
            lite.migrationService().migrate().orThrow();
            lite.useTransaction(tx -> {
                for (int i = 0; i < 1200; i++) {
                    tx.execute("INSERT INTO notes (title, done) VALUES (?, ?)", i % 7 == 0 ? "" : "n\n" + i, i % 2 == 0);
                }
            });
            assertThat(DataOperations.copy(lite, copiedTo, ProgressListener.NONE).rows()).isEqualTo(1200);
            assertThat(copiedTo.queryValue("SELECT count(DISTINCT cmin::text) FROM notes", Long.class)).contains(1L);
            assertThat(copiedTo.queryValue("SELECT count(*) FROM notes WHERE title = ''", Long.class)).contains(172L);
            new DataOperations(copiedTo).backup(work.resolve("b.zip"), ProgressListener.NONE);
        }
        try (PostgresScratch other = PostgresScratch.create();
                Database restored = Database.open(other.config().moduleRoots(roots).build())) {
            LoadResult r = new DataOperations(restored).restore(RestoreOptions.from(work.resolve("b.zip")), ProgressListener.NONE);
            assertThat(r.rows()).isEqualTo(1200);
            assertThat(restored.queryValue("SELECT count(DISTINCT cmin::text) FROM notes", Long.class)).contains(1L);
            assertThat(restored.insert("INSERT INTO notes (title) VALUES ('next')")).isEqualTo(1201L);
        }
    }
}
