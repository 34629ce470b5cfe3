package io.systemprompt.database.data;

import io.systemprompt.database.Database;
import io.systemprompt.database.StatementException;
import io.systemprompt.database.config.DatabaseConfigBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Clear, rebuild, export and import on every engine, with the fixture of {@link DataFixture}. */
abstract class DataOperationsContract {
    @TempDir
    Path work;
    protected Database db;
    protected DataOperations data;

    /** A configuration for a fresh, empty database. */
    protected abstract DatabaseConfigBuilder freshConfig();

    @BeforeEach
    void setUp() {
        DataFixture.modules(work.resolve("modules"));
        db = open();
        db.migrationService().migrate().orThrow();
        DataFixture.fill(db);
        data = new DataOperations(db);
    }

    protected Database open() {
        return Database.open(freshConfig().moduleRoots(List.of(work.resolve("modules").toString())).build());
    }

    @AfterEach
    void tearDown() {
        assertThat(db.poolStats().active()).as("connections still borrowed").isZero();
        db.close();
    }

    protected long count(String table) {
        return db.queryValue("SELECT count(*) FROM " + table, Long.class).orElseThrow();
    }

    @Test
    void clearDeletesThroughForeignKeysWithoutOnDeleteAction() {
        ClearResult r = data.clear(ClearOptions.moduleTables());
        assertThat(r.rowsByTable()).containsEntry("orders", 600L).containsEntry("order_notes", 600L);
        assertThat(count("accounts") + count("orders") + count("order_notes")).isZero();
        assertThat(count("_migrations")).isEqualTo(1);
        assertThat(count("_schema_versions")).isEqualTo(2);
        // Enforcement is back on for every pooled connection afterwards.
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> db.execute("INSERT INTO orders (id, account_id, label) VALUES (1, 999, 'x')"))
                    .isInstanceOf(StatementException.class);
        }
    }

    @Test
    void clearAllEmptiesTheTrackingTablesToo() {
        ClearResult r = data.clear(ClearOptions.moduleTables().withTracking());
        assertThat(r.includeTracking()).isTrue();
        assertThat(count("_migrations") + count("_schema_versions") + count("accounts")).isZero();
    }

    @Test
    void rebuildDropsUndeclaredTablesAndInstallsAgain() {
        db.execute("CREATE TABLE stray (id INTEGER PRIMARY KEY, account_id BIGINT REFERENCES accounts(id))");
        db.execute("INSERT INTO stray (id, account_id) VALUES (1, 2)");
        db.execute("CREATE VIEW named_accounts AS SELECT name FROM accounts");
        RebuildResult r = data.rebuild();
        assertThat(r.tablesDropped()).isEqualTo(7); // three module tables, stray and three tracking tables
        assertThat(r.viewsDropped()).isEqualTo(1);
        assertThat(r.modules()).isEqualTo(2);
        assertThat(r.migrations()).isEqualTo(1);
        assertThat(db.query("SELECT name FROM accounts", String.class)).containsExactly("seed");
        assertThat(count("orders")).isZero();
        assertThatThrownBy(() -> count("stray")).isInstanceOf(StatementException.class);
        assertThat(db.migrationService().pending()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"JSONL,false", "CSV,false", "SQL,false", "JSONL,true", "CSV,true", "SQL,true"})
    void exportImportExportIsByteIdentical(DataFormat format, boolean gzip) throws IOException {
        ExportResult first = data.export(new ExportOptions(work.resolve("a"), List.of(), format, gzip),
                ProgressListener.NONE);
        assertThat(first.tables()).extracting(ExportedTable::table).containsExactly("accounts", "orders", "order_notes");
        Map<String, Object> before = db.queryOne("SELECT * FROM accounts WHERE id = 4").orElseThrow();
        data.clear(ClearOptions.moduleTables());
        ImportResult imported = data.importData(new ImportOptions(List.of(work.resolve("a")), OnConflict.FAIL, false),
                ProgressListener.NONE);
        assertThat(imported.rows()).isEqualTo(DataFixture.ROWS);
        data.export(new ExportOptions(work.resolve("b"), List.of(), format, gzip), ProgressListener.NONE);
        for (ExportedTable t : first.tables()) {
            byte[] again = Files.readAllBytes(work.resolve("b").resolve(t.file().getFileName()));
            assertThat(again).as(t.table()).isEqualTo(Files.readAllBytes(t.file()));
        }
        assertThat(db.queryOne("SELECT * FROM accounts WHERE id = 4").orElseThrow()).usingRecursiveComparison()
                .isEqualTo(before);
        assertThat(db.queryValue("SELECT note FROM accounts WHERE id = 2", String.class)).contains("");
        assertThat(db.queryOne("SELECT note FROM accounts WHERE id = 3").orElseThrow().get("note")).isNull();
    }

    @Test
    void jsonLinesKeepTypesApart() throws IOException {
        data.export(new ExportOptions(work.resolve("a"), List.of("accounts"), DataFormat.JSONL, false),
                ProgressListener.NONE);
        List<String> lines = Files.readAllLines(work.resolve("a/accounts.jsonl"));
        assertThat(lines.get(1)).isEqualTo("{\"id\":2,\"name\":\"empty-note\",\"note\":\"\",\"active\":false,"
                + "\"created_at\":\"2024-01-31T10:00:00.123Z\",\"avatar\":\"AP8KDSIs\",\"score\":1.5,\"email\":\"\"}");
        assertThat(lines.get(2)).contains("\"note\":null", "\"created_at\":null", "\"avatar\":null");
    }

    @Test
    void csvTellsNullFromEmpty() throws IOException {
        data.export(new ExportOptions(work.resolve("a"), List.of("accounts"), DataFormat.CSV, false),
                ProgressListener.NONE);
        List<String> lines = Files.readAllLines(work.resolve("a/accounts.csv"));
        assertThat(lines.get(0)).isEqualTo("\"id\",\"name\",\"note\",\"active\",\"created_at\",\"avatar\",\"score\",\"email\"");
        assertThat(lines.get(2)).isEqualTo("2,\"empty-note\",\"\",false,\"2024-01-31T10:00:00.123Z\",\"AP8KDSIs\",1.5,\"\"");
        assertThat(lines.get(3)).isEqualTo("3,\"null-note\",,true,,,,");
    }

    @Test
    void aBadValueFailsTheWholeImportNamingFileLineAndColumn() throws IOException {
        data.export(new ExportOptions(work.resolve("a"), List.of(), DataFormat.JSONL, false), ProgressListener.NONE);
        data.clear(ClearOptions.moduleTables());
        Path orders = work.resolve("a/orders.jsonl");
        List<String> lines = Files.readAllLines(orders);
        lines.set(2, lines.get(2).replaceFirst("\"account_id\":\\d+", "\"account_id\":\"abc\""));
        Files.write(orders, lines);
        assertThatThrownBy(() -> data.importData(new ImportOptions(List.of(work.resolve("a")), OnConflict.FAIL, false),
                ProgressListener.NONE))
                .isInstanceOf(DataException.class)
                .hasMessageContaining(orders + ":3:" + (lines.get(2).indexOf("\"abc\"") + 1) + ": column \"account_id\"")
                .hasMessageContaining("Nothing was imported");
        assertThat(count("accounts") + count("orders") + count("order_notes")).isZero();
    }

    @Test
    void aRowTheEngineRefusesNamesItsLine() throws IOException {
        data.export(new ExportOptions(work.resolve("a"), List.of("orders"), DataFormat.CSV, false),
                ProgressListener.NONE);
        data.clear(ClearOptions.moduleTables());
        db.execute("INSERT INTO accounts (id, name) VALUES (42, 'only')");
        Path orders = work.resolve("a/orders.csv");
        Files.writeString(orders, "\"id\",\"account_id\",\"label\"\n1,42,\"ok\"\n2,4242,\"missing account\"\n");
        assertThatThrownBy(() -> data.importData(new ImportOptions(List.of(orders), OnConflict.FAIL, false),
                ProgressListener.NONE))
                .isInstanceOf(DataException.class).hasMessageContaining(orders + ":3:");
        assertThat(count("orders")).isZero();
    }

    @Test
    void aJsonLineWithAColumnTwiceOrAHalfSurrogateIsRefusedNotGuessed() throws IOException {
        long before = count("accounts");
        Path file = work.resolve("accounts.jsonl");
        // Which "name" would win is the parser's choice; the data's author meant one of them.
        Files.writeString(file, "{\"id\":7002,\"name\":\"a\",\"name\":\"b\"}\n{\"id\":7001,\"name\":\"ok\"}\n");
        assertThatThrownBy(() -> data.importData(new ImportOptions(List.of(file), OnConflict.FAIL, false),
                ProgressListener.NONE)).isInstanceOf(DataException.class)
                .hasMessageContaining(file + ":1:").hasMessageContaining("\"name\"").hasMessageContaining("twice");
        Path csv = work.resolve("accounts.csv");
        Files.writeString(csv, "id,name,NAME\n7004,a,b\n");
        assertThatThrownBy(() -> data.importData(new ImportOptions(List.of(csv), OnConflict.FAIL, false),
                ProgressListener.NONE)).isInstanceOf(DataException.class)
                .hasMessageContaining(csv + ":2:").hasMessageContaining("\"name\"").hasMessageContaining("twice");
        Path sql = work.resolve("accounts.sql");
        Files.writeString(sql, "INSERT INTO \"accounts\" (\"id\", \"name\", \"name\") VALUES (7005, 'a', 'b');\n");
        assertThatThrownBy(() -> data.importData(new ImportOptions(List.of(sql), OnConflict.FAIL, false),
                ProgressListener.NONE)).isInstanceOf(DataException.class)
                .hasMessageContaining(sql + ":1:").hasMessageContaining("\"name\"").hasMessageContaining("twice");
        // A lone UTF-16 half is no character: stored, it would turn into '?' without a word.
        Files.writeString(file, "{\"id\":7003,\"name\":\"x\\ud800y\"}\n");
        assertThatThrownBy(() -> data.importData(new ImportOptions(List.of(file), OnConflict.FAIL, false),
                ProgressListener.NONE)).isInstanceOf(DataException.class)
                .hasMessageContaining(file + ":1:").hasMessageContaining("\"name\"").hasMessageContaining("surrogate");
        assertThat(count("accounts")).isEqualTo(before);
    }

    @Test
    void aTrackingTableIsNeverImportedSoTheHistoryCannotBeForged() throws IOException {
        long history = count("_migrations");
        long accounts = count("accounts");
        Path dir = Files.createDirectories(work.resolve("forged"));
        Files.writeString(dir.resolve("accounts.jsonl"), "{\"id\":7101,\"name\":\"real\"}\n");
        Files.writeString(dir.resolve("_migrations.jsonl"), "{\"module\":\"x\",\"version\":\"99\"}\n");
        assertThatThrownBy(() -> data.importData(new ImportOptions(List.of(dir), OnConflict.FAIL, false),
                ProgressListener.NONE)).isInstanceOf(DataException.class)
                .hasMessageContaining("_migrations is a tracking table").hasMessageContaining("spdb restore");
        assertThat(count("_migrations")).isEqualTo(history);
        assertThat(count("accounts")).isEqualTo(accounts);
    }

    @Test
    void dryRunValidatesAndWritesNothing() {
        data.export(new ExportOptions(work.resolve("a"), List.of(), DataFormat.SQL, false), ProgressListener.NONE);
        data.clear(ClearOptions.moduleTables());
        ImportResult r = data.importData(new ImportOptions(List.of(work.resolve("a")), OnConflict.FAIL, true),
                ProgressListener.NONE);
        assertThat(r.dryRun()).isTrue();
        assertThat(r.rows()).isPositive();
        assertThat(count("accounts") + count("orders")).isZero();
    }

    @Test
    void onConflictFailSkipOrUpdate() throws IOException {
        Path file = work.resolve("accounts.jsonl");
        Files.writeString(file, "{\"id\":2,\"name\":\"renamed\",\"active\":true}\n{\"id\":5000,\"name\":\"new\",\"active\":true}\n");
        ImportOptions base = new ImportOptions(List.of(file), OnConflict.FAIL, false);
        assertThatThrownBy(() -> data.importData(base, ProgressListener.NONE)).isInstanceOf(DataException.class)
                .hasMessageContaining(file + ":1:");
        data.importData(new ImportOptions(List.of(file), OnConflict.SKIP, false), ProgressListener.NONE);
        assertThat(db.queryValue("SELECT name FROM accounts WHERE id = 2", String.class)).contains("empty-note");
        assertThat(count("accounts WHERE id = 5000")).isEqualTo(1);
        data.importData(new ImportOptions(List.of(file), OnConflict.UPDATE, false), ProgressListener.NONE);
        assertThat(db.queryValue("SELECT name FROM accounts WHERE id = 2", String.class)).contains("renamed");
    }

    @Test
    void importSummaryCountsWrittenAndSkippedRows() throws Exception {
        Path file = work.resolve("accounts.jsonl");
        StringBuilder rows = new StringBuilder("{\"id\":2,\"name\":\"renamed\",\"active\":true}\n");
        for (int i = 0; i < 1200; i++) { // more than one batch
            rows.append("{\"id\":").append(6000 + i).append(",\"name\":\"n").append(i).append("\",\"active\":true}\n");
        }
        Files.writeString(file, rows);
        ImportedTable skip = data.importData(new ImportOptions(List.of(file), OnConflict.SKIP, false),
                ProgressListener.NONE).tables().get(0);
        assertThat(skip.rows()).isEqualTo(1201);
        assertThat(skip.written()).isEqualTo(1200);
        assertThat(skip.skipped()).isEqualTo(1);
        ImportedTable again = data.importData(new ImportOptions(List.of(file), OnConflict.SKIP, false),
                ProgressListener.NONE).tables().get(0);
        assertThat(again.written()).isZero();
        assertThat(again.skipped()).isEqualTo(1201);
        ImportedTable update = data.importData(new ImportOptions(List.of(file), OnConflict.UPDATE, false),
                ProgressListener.NONE).tables().get(0);
        assertThat(update.written()).isEqualTo(1201);
        assertThat(update.skipped()).isZero();
        // A plain append (the engine's bulk path where it has one) counts every row.
        db.execute("DELETE FROM accounts WHERE id >= 6000");
        Files.writeString(file, rows.substring(rows.indexOf("\n") + 1));
        ImportedTable fail = data.importData(new ImportOptions(List.of(file), OnConflict.FAIL, false),
                ProgressListener.NONE).tables().get(0);
        assertThat(fail.written()).isEqualTo(1200);
        assertThat(fail.skipped()).isZero();
    }

    @Test
    void progressReportsRowsAndBytesAndFinishes() {
        Recorder export = new Recorder();
        data.export(new ExportOptions(work.resolve("a"), List.of(), DataFormat.JSONL, true), export);
        export.assertFinished(DataFixture.ROWS);
        assertThat(export.seen).extracting(Progress::table).contains("accounts", "orders", "order_notes");
        data.clear(ClearOptions.moduleTables());
        Recorder imported = new Recorder();
        data.importData(new ImportOptions(List.of(work.resolve("a")), OnConflict.FAIL, false), imported);
        imported.assertFinished(-1);
        Recorder backup = new Recorder();
        data.backup(work.resolve("b.zip"), backup);
        backup.assertFinished(DataFixture.ROWS + 3 + 3); // three history rows, three recorded object owners
    }

    /** Keeps every progress report. */
    static final class Recorder implements ProgressListener {
        final List<Progress> seen = new java.util.ArrayList<>();
        Progress last;

        @Override
        public void progress(Progress p) {
            seen.add(p);
        }

        @Override
        public void finished(Progress p) {
            last = p;
        }

        void assertFinished(long total) {
            assertThat(last).isNotNull();
            assertThat(last.rows()).isEqualTo(total < 0 ? DataFixture.ROWS : total);
            assertThat(last.totalRows()).isEqualTo(total);
            assertThat(last.bytes()).isPositive();
            assertThat(seen).isNotEmpty();
        }
    }
}
