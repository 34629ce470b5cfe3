package io.systemprompt.database.data;

import io.systemprompt.database.Database;
import io.systemprompt.database.testing.ModuleTree;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Backup archives and restore on every engine. */
abstract class BackupRestoreContract extends DataOperationsContract {

    /** Every module table exported as JSON Lines, concatenated: a fingerprint of the data. */
    protected String snapshot(DataOperations ops, String name) throws IOException {
        ExportResult r = ops.export(new ExportOptions(work.resolve(name), List.of(), DataFormat.JSONL, false),
                ProgressListener.NONE);
        StringBuilder sb = new StringBuilder();
        for (ExportedTable t : r.tables()) {
            sb.append(t.table()).append('\n').append(Files.readString(t.file()));
        }
        return sb.toString();
    }

    @Test
    void backupThenRestoreIntoAnEmptyDatabase() throws IOException {
        String before = snapshot(data, "before");
        BackupResult b = data.backup(work.resolve("b.zip"), ProgressListener.NONE);
        assertThat(b.tables()).extracting(TableSummary::table)
                .containsExactly("accounts", "orders", "order_notes", "_migrations", "_schema_objects",
                        "_schema_versions");
        try (ZipFile zip = new ZipFile(work.resolve("b.zip").toFile())) {
            String manifest = new String(zip.getInputStream(zip.getEntry("manifest.json")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(manifest).contains("\"engine\": \"" + db.config().engine().id() + "\"",
                    "\"core/accounts@1.0.0\"", "\"core/accounts@1\"", "\"rows\": 600");
        }
        try (Database empty = open()) {
            LoadResult r = new DataOperations(empty).restore(RestoreOptions.from(work.resolve("b.zip")), ProgressListener.NONE);
            assertThat(r.rows()).isEqualTo(DataFixture.ROWS);
            assertThat(snapshot(new DataOperations(empty), "after")).isEqualTo(before);
            assertThat(empty.migrationService().pending()).isEmpty();
            assertThat(history(empty)).isEqualTo(history(db));
        }
    }

    @Test
    void restoreReplacesOnlyWhenAsked() throws IOException {
        String before = snapshot(data, "before");
        data.backup(work.resolve("b.zip"), ProgressListener.NONE);
        db.execute("DELETE FROM order_notes WHERE id > 10");
        db.execute("UPDATE accounts SET name = 'changed' WHERE id = 2");
        String changed = snapshot(data, "changed");
        assertThatThrownBy(() -> data.restore(RestoreOptions.from(work.resolve("b.zip")), ProgressListener.NONE))
                .isInstanceOf(DataException.class).hasMessageContaining("not empty");
        assertThat(snapshot(data, "still")).isEqualTo(changed);
        data.restore(RestoreOptions.from(work.resolve("b.zip")).replacing(), ProgressListener.NONE);
        assertThat(snapshot(data, "after")).isEqualTo(before);
    }

    @Test
    void aDamagedArchiveIsRefusedBeforeAnythingChanges() throws IOException {
        data.backup(work.resolve("b.zip"), ProgressListener.NONE);
        db.execute("DELETE FROM order_notes");
        String current = snapshot(data, "current");
        rewrite(work.resolve("b.zip"), work.resolve("edited.zip"), "data/orders.jsonl",
                s -> s.replace("\"order 7\"", "\"order 8\""));
        assertThatThrownBy(() -> data.restore(RestoreOptions.from(work.resolve("edited.zip")).replacing(), ProgressListener.NONE))
                .isInstanceOf(DataException.class).hasMessageContaining("damaged")
                .hasMessageContaining("data/orders.jsonl").hasMessageContaining("Nothing was changed");
        byte[] bytes = Files.readAllBytes(work.resolve("b.zip"));
        Files.write(work.resolve("cut.zip"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> data.restore(RestoreOptions.from(work.resolve("cut.zip")).replacing(), ProgressListener.NONE))
                .isInstanceOf(DataException.class).hasMessageContaining("damaged");
        assertThat(snapshot(data, "after")).isEqualTo(current);
    }

    @Test
    void aFailingRestoreLeavesTheTargetAsItWas() throws IOException {
        data.backup(work.resolve("b.zip"), ProgressListener.NONE);
        db.execute("DELETE FROM order_notes WHERE id > 300");
        String current = snapshot(data, "current");
        // The module roots now hold a migration the backup never had: the history check fails after
        // the old tables were already dropped and the schema installed, inside the one transaction.
        new ModuleTree(work.resolve("modules")).module("core/orders")
                .migration("1_add_flag.sql", "ALTER TABLE orders ADD COLUMN flag INTEGER;");
        assertThatThrownBy(() -> data.restore(RestoreOptions.from(work.resolve("b.zip")).replacing(), ProgressListener.NONE))
                .isInstanceOf(DataException.class).hasMessageContaining("core/orders@1 is extra");
        assertThat(snapshot(data, "after")).isEqualTo(current);
        assertThat(db.migrationService().pending()).hasSize(1);
    }

    /** Each applied migration with when it was applied and in what order. */
    static List<String> history(Database d) {
        return d.migrationService().applied().stream().map(m -> m.module() + " " + m.version() + " "
                + m.applied().appliedAt() + " " + m.applied().appliedOrder()).toList();
    }

    /** Copies a zip, changing one entry's text but keeping the manifest. */
    @Test
    void aManifestThatInflatesToHundredsOfMegabytesIsRefusedUnread() throws IOException {
        data.backup(work.resolve("b.zip"), ProgressListener.NONE);
        db.execute("DELETE FROM order_notes");
        String current = snapshot(data, "current");
        // Still valid JSON (trailing blanks), a few hundred KB packed: a zip bomb aimed at the memory.
        String padding = " ".repeat(1 << 20);
        rewrite(work.resolve("b.zip"), work.resolve("bomb.zip"), "manifest.json",
                s -> s + padding.repeat(200));
        assertThat(Files.size(work.resolve("bomb.zip"))).isLessThan(2L << 20);
        assertThatThrownBy(() -> data.restore(RestoreOptions.from(work.resolve("bomb.zip")).replacing(),
                ProgressListener.NONE)).isInstanceOf(DataException.class).hasMessageContaining("damaged")
                .hasMessageContaining("manifest.json").hasMessageContaining("MiB")
                .hasMessageContaining("Nothing was changed");
        assertThat(snapshot(data, "after")).isEqualTo(current);
    }

    static void rewrite(Path from, Path to, String entry, java.util.function.UnaryOperator<String> change)
            throws IOException {
        try (ZipFile in = new ZipFile(from.toFile()); OutputStream o = Files.newOutputStream(to);
                ZipOutputStream out = new ZipOutputStream(o)) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                byte[] content;
                try (InputStream s = in.getInputStream(e)) {
                    content = s.readAllBytes();
                }
                if (e.getName().equals(entry)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
    }
}
