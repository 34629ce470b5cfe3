package io.systemprompt.database.data.export;

import io.systemprompt.database.data.DataException;
import io.systemprompt.database.data.DataFiles;
import io.systemprompt.database.data.ExportOptions;
import io.systemprompt.database.data.ExportResult;
import io.systemprompt.database.data.ExportedTable;
import io.systemprompt.database.data.ProgressListener;
import io.systemprompt.database.data.ProgressTracker;
import io.systemprompt.database.data.Schema;
import io.systemprompt.database.data.TableLayout;
import io.systemprompt.database.data.TableRows;
import io.systemprompt.database.data.format.CountingOutputStream;
import io.systemprompt.database.data.format.RowWriter;

import io.systemprompt.database.Database;
import io.systemprompt.database.Transaction;
import io.systemprompt.database.catalog.TableInfo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes tables to files, streaming: rows go from the driver's cursor to the file one at a time, so a
 * table larger than memory exports fine. All tables are read in one read-only transaction, so they
 * are a consistent snapshot.
 */
public final class Exporter {
    private final Database db;

    public Exporter(Database db) {
        this.db = db;
    }

    public ExportResult export(ExportOptions options, ProgressListener listener) {
        ProgressTracker progress = new ProgressTracker("export", listener);
        createDirectory(options.directory());
        List<ExportedTable> done = db.readOnly(tx -> {
            List<TableInfo> tables = Schema.chosen(Schema.read(db, tx), options.tables());
            progress.total(tables.stream().mapToLong(t -> TableRows.count(tx, t.name())).sum());
            List<ExportedTable> out = new ArrayList<>();
            for (TableInfo t : tables) {
                out.add(exportTable(tx, TableLayout.of(t), options, progress));
            }
            return out;
        });
        progress.finished();
        return new ExportResult(done, progress.elapsed());
    }

    private ExportedTable exportTable(Transaction tx, TableLayout layout, ExportOptions options,
            ProgressTracker progress) {
        progress.table(layout.table());
        Path file = options.directory().resolve(DataFiles.fileName(layout.table(), options.format(), options.gzip()));
        long before = progress.bytes();
        try (OutputStream raw = Files.newOutputStream(file);
                CountingOutputStream counted = new CountingOutputStream(raw, false)) {
            long rows;
            progress.bytesFrom(() -> before + counted.count());
            try (Writer w = DataFiles.writer(counted, options.gzip())) {
                rows = write(tx, layout, RowWriter.of(options.format(), w, layout), progress);
            }
            progress.bytesFrom(null);
            return new ExportedTable(layout.table(), file, rows, counted.count());
        } catch (IOException | UncheckedIOException e) {
            throw new DataException("Cannot write " + file + ": " + e.getMessage()
                    + ". Check that the folder is writable and the disk has room.", e);
        }
    }

    /** Writes every row of a table through {@code writer}; returns the row count. */
    static long write(Transaction tx, TableLayout layout, RowWriter writer, ProgressTracker progress)
            throws IOException {
        writer.begin();
        return TableRows.stream(tx, layout, values -> {
            writer.row(values);
            progress.row(0);
        });
    }

    private static void createDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new DataException("Cannot create the export folder " + dir + ": " + e.getMessage()
                    + ". Choose a folder you can write to.", e);
        }
    }
}
