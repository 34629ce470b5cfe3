package io.systemprompt.database.data.archive;

import io.systemprompt.database.data.BackupResult;
import io.systemprompt.database.data.ContentChecksum;
import io.systemprompt.database.data.DataException;
import io.systemprompt.database.data.DataFiles;
import io.systemprompt.database.data.DataFormat;
import io.systemprompt.database.data.Manifest;
import io.systemprompt.database.data.ProgressListener;
import io.systemprompt.database.data.ProgressTracker;
import io.systemprompt.database.data.Schema;
import io.systemprompt.database.data.TableLayout;
import io.systemprompt.database.data.TableRows;
import io.systemprompt.database.data.TableSummary;
import io.systemprompt.database.data.format.CountingOutputStream;
import io.systemprompt.database.data.format.RowWriter;
import io.systemprompt.database.data.load.HistoryKeys;

import io.systemprompt.database.Database;
import io.systemprompt.database.Transaction;
import io.systemprompt.database.catalog.Catalog;
import io.systemprompt.database.catalog.TableInfo;
import io.systemprompt.database.history.HistorySnapshot;
import io.systemprompt.database.history.HistoryTables;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the engine-neutral backup archive from one read-only snapshot: every table as JSON Lines
 * under {@code data/}, then {@code manifest.json} with the counts and checksums. It is written to a
 * {@code .part} file and renamed at the end, so a failed backup never leaves a half archive behind.
 */
public final class ArchiveWriter {
    private final Database db;

    public ArchiveWriter(Database db) {
        this.db = db;
    }

    public BackupResult write(Path archive, ProgressListener listener) {
        ProgressTracker progress = new ProgressTracker("backup", listener);
        Path part = archive.toAbsolutePath().resolveSibling(archive.getFileName() + ".part");
        BackupTarget.check(db.dialect().maintenance().databaseFiles(db.config()), archive, part);
        DataFiles.createParent(part);
        try {
            try (CountingOutputStream file = new CountingOutputStream(Files.newOutputStream(part), true);
                    ZipOutputStream zip = new ZipOutputStream(file)) {
                progress.bytesFrom(file::count);
                Manifest manifest = db.readOnly(tx -> snapshot(tx, zip, progress));
                zip.putNextEntry(new ZipEntry(Manifest.FILE));
                zip.write(manifest.toJson().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                zip.finish();
                zip.flush();
                Files.move(part, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                progress.finished();
                return new BackupResult(archive, true, manifest.tables(), Files.size(archive), progress.elapsed());
            }
        } catch (IOException | UncheckedIOException e) {
            throw new DataException("Cannot write the backup " + archive + ": " + e.getMessage()
                    + ". Check that the folder is writable and the disk has room.", e);
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // Only a leftover .part file; the message above (if any) matters more.
            }
        }
    }

    private Manifest snapshot(Transaction tx, ZipOutputStream zip, ProgressTracker progress) throws IOException {
        Catalog catalog = Schema.read(db, tx);
        List<TableInfo> tables = new ArrayList<>(Schema.moduleTables(catalog));
        catalog.tables().stream().filter(t -> Schema.isTracking(t.name())).forEach(tables::add);
        progress.total(tables.stream().mapToLong(t -> TableRows.count(tx, t.name())).sum());
        HistorySnapshot history = new HistoryTables(db.dialect(), db.config().historyTablePrefix()).read(tx);
        List<TableSummary> summaries = new ArrayList<>();
        for (TableInfo t : tables) {
            summaries.add(writeTable(tx, zip, TableLayout.of(t), progress));
        }
        return new Manifest(db.config().engine().id(), Instant.now(), HistoryKeys.modules(history),
                HistoryKeys.migrations(history), summaries);
    }

    private static TableSummary writeTable(Transaction tx, ZipOutputStream zip, TableLayout layout,
            ProgressTracker progress) throws IOException {
        progress.table(layout.table());
        zip.putNextEntry(new ZipEntry(Manifest.entry(layout.table())));
        MessageDigest sha = sha256();
        ContentChecksum content = new ContentChecksum(layout);
        CountingOutputStream counted = new CountingOutputStream(zip, false);
        long rows;
        try (Writer w = DataFiles.writer(new DigestOutputStream(counted, sha), false)) {
            RowWriter writer = RowWriter.of(DataFormat.JSONL, w, layout);
            rows = TableRows.stream(tx, layout, values -> {
                writer.row(values);
                content.add(values);
                progress.row(0);
            });
        }
        zip.closeEntry();
        return new TableSummary(layout.table(), rows, HexFormat.of().formatHex(sha.digest()), content.hex());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
