package io.systemprompt.database.data.archive;

import io.systemprompt.database.data.DataException;
import io.systemprompt.database.data.DataFormat;
import io.systemprompt.database.data.Manifest;
import io.systemprompt.database.data.OnConflict;
import io.systemprompt.database.data.ProgressTracker;
import io.systemprompt.database.data.Schema;
import io.systemprompt.database.data.TableLayout;
import io.systemprompt.database.data.TableSummary;
import io.systemprompt.database.data.format.RowReader;
import io.systemprompt.database.data.load.LoadSource;
import io.systemprompt.database.data.load.RowLoader;

import io.systemprompt.database.Transaction;
import io.systemprompt.database.engine.BulkLoader;
import io.systemprompt.database.history.HistorySnapshot;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Rows and history from a verified backup archive. */
final class ArchiveSource implements LoadSource {
    private final Archive archive;

    ArchiveSource(Archive archive) {
        this.archive = archive;
    }

    @Override
    public String describe() {
        return "the backup " + archive.path();
    }

    @Override
    public List<String> tables() {
        return archive.manifest().tables().stream().map(TableSummary::table).filter(t -> !Schema.isTracking(t))
                .toList();
    }

    @Override
    public HistorySnapshot history() {
        try {
            return HistoryTimes.fromArchive(archive);
        } catch (IOException | RuntimeException e) {
            throw new DataException("Cannot read the tracking tables from " + archive.path() + ": " + e.getMessage()
                    + ". Nothing was changed; the archive is damaged, restore from another backup.", e);
        }
    }

    @Override
    public List<String> modules() {
        return archive.manifest().modules();
    }

    @Override
    public List<String> migrations() {
        return archive.manifest().migrations();
    }

    @Override
    public long totalRows() {
        return archive.manifest().tables().stream().filter(t -> !Schema.isTracking(t.table()))
                .mapToLong(TableSummary::rows).sum();
    }

    @Override
    public TableSummary load(String table, Transaction tx, TableLayout target, Optional<BulkLoader> bulk,
            ProgressTracker progress) {
        TableSummary expected = archive.manifest().tables().stream().filter(t -> t.table().equals(table))
                .findFirst().orElseThrow();
        RowLoader loader = new RowLoader(tx, target, OnConflict.FAIL,
                archive.path() + "!" + Manifest.entry(table), progress, bulk);
        try (BufferedReader in = archive.reader(table, progress)) {
            loader.load(RowReader.of(DataFormat.JSONL, in));
        } catch (IOException e) {
            throw new DataException("Cannot read " + Manifest.entry(table) + " from " + archive.path() + ": "
                    + e.getMessage() + ". Nothing was changed.", e);
        } finally {
            progress.bytesFrom(null);
        }
        return expected;
    }
}
