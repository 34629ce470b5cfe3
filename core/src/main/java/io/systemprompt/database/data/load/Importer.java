package io.systemprompt.database.data.load;

import io.systemprompt.database.data.DataException;
import io.systemprompt.database.data.DataFiles;
import io.systemprompt.database.data.DataFormat;
import io.systemprompt.database.data.ImportOptions;
import io.systemprompt.database.data.ImportResult;
import io.systemprompt.database.data.ImportedTable;
import io.systemprompt.database.data.OnConflict;
import io.systemprompt.database.data.ProgressListener;
import io.systemprompt.database.data.ProgressTracker;
import io.systemprompt.database.data.Schema;
import io.systemprompt.database.data.TableLayout;
import io.systemprompt.database.data.TableOrder;
import io.systemprompt.database.data.format.CountingInputStream;
import io.systemprompt.database.data.format.RowReader;

import io.systemprompt.database.Database;
import io.systemprompt.database.Transaction;
import io.systemprompt.database.catalog.Catalog;
import io.systemprompt.database.catalog.TableInfo;
import io.systemprompt.database.engine.Quoting;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Loads data files into their tables in one transaction, parents before children. With a dry run
 * everything is read, decoded and inserted, then rolled back, so constraint errors show too.
 */
public final class Importer {
    private final Database db;

    public Importer(Database db) {
        this.db = db;
    }

    public ImportResult run(ImportOptions options, ProgressListener listener) {
        Map<String, Path> files = ImportFiles.resolve(options.paths());
        ProgressTracker progress = new ProgressTracker("import", listener);
        List<ImportedTable> done = new ArrayList<>();
        try {
            db.useTransaction(tx -> {
                List<TableInfo> tables = order(Schema.read(db, tx), files);
                for (TableInfo t : tables) {
                    done.add(load(tx, t, files.get(t.name().toLowerCase(Locale.ROOT)), options, progress));
                }
                Sequences.advance(tx, db.dialect(), tables, Map.of());
                if (options.dryRun()) {
                    throw new DryRun();
                }
            });
        } catch (DryRun expected) {
            // The dry run's work is rolled back by design.
        } catch (io.systemprompt.database.DatabaseException e) {
            throw LostConnection.explain(db.dialect().type(), "import", progress.currentTable(), e);
        }
        progress.finished();
        return new ImportResult(done, options.dryRun(), progress.elapsed());
    }

    private static List<TableInfo> order(Catalog catalog, Map<String, Path> files) {
        List<TableInfo> tables = new ArrayList<>();
        for (Map.Entry<String, Path> e : files.entrySet()) {
            if (Schema.isTracking(e.getKey())) {
                throw new DataException("Not importing " + e.getValue() + ": " + e.getKey() + " is a tracking table,"
                        + " and rows written into it would make spdb skip or repeat migrations. Nothing was imported."
                        + " To bring back a database with its history use spdb restore <archive>; to record tables"
                        + " that already exist use spdb baseline.");
            }
            tables.add(catalog.table(e.getKey()).orElseThrow(() -> new DataException("No table '" + e.getKey()
                    + "' for " + e.getValue() + ". Name the file after an existing table, or install its module"
                    + " first (spdb migrate).")));
        }
        return TableOrder.parentsFirst(tables);
    }

    private ImportedTable load(Transaction tx, TableInfo t, Path file, ImportOptions options,
            ProgressTracker progress) {
        progress.table(t.name());
        DataFormat format = ImportFiles.requireFormat(file);
        RowLoader loader = new RowLoader(tx, TableLayout.of(t), options.onConflict(), file.toString(), progress,
                db.dialect().bulkLoader());
        long before = progress.bytes();
        // Skipped conflicts: the table's growth inside this transaction is the written count when the
        // engine does not report it per row (PostgreSQL's rewritten batches).
        long rowsBefore = options.onConflict() == OnConflict.SKIP ? count(tx, t) : 0;
        try (CountingInputStream counted = new CountingInputStream(Files.newInputStream(file));
                BufferedReader in = DataFiles.reader(file, counted)) {
            progress.bytesFrom(() -> before + counted.count());
            long rows = loader.load(RowReader.of(format, in));
            progress.bytesFrom(null);
            long written = loader.countsUnknown() ? count(tx, t) - rowsBefore : loader.written();
            return new ImportedTable(t.name(), file, rows, written);
        } catch (IOException e) {
            throw new DataException(file + ": cannot read the file: " + e.getMessage()
                    + ". Nothing was imported; check the file and run again.", e);
        }
    }

    private long count(Transaction tx, TableInfo t) {
        return tx.queryValue("SELECT count(*) FROM " + Quoting.quote(t.name()), Long.class)
                .orElse(0L);
    }

    /** Unwinds a dry run's transaction. */
    private static final class DryRun extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DryRun() {
            super(null, null, false, false);
        }
    }
}
