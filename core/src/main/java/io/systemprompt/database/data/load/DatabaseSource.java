package io.systemprompt.database.data.load;

import io.systemprompt.database.data.ContentChecksum;
import io.systemprompt.database.data.DataException;
import io.systemprompt.database.data.OnConflict;
import io.systemprompt.database.data.ProgressTracker;
import io.systemprompt.database.data.Schema;
import io.systemprompt.database.data.TableLayout;
import io.systemprompt.database.data.TableRows;
import io.systemprompt.database.data.TableSummary;
import io.systemprompt.database.data.format.ValueDecoder;

import io.systemprompt.database.Database;
import io.systemprompt.database.Transaction;
import io.systemprompt.database.engine.BulkLoader;
import io.systemprompt.database.catalog.Catalog;
import io.systemprompt.database.catalog.TableInfo;
import io.systemprompt.database.history.HistorySnapshot;
import io.systemprompt.database.history.HistoryTables;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * Rows and history from another database, read inside one read-only transaction of it, so the copy
 * is a consistent snapshot even while the source is in use.
 */
final class DatabaseSource implements LoadSource {
    private final Database from;
    private final Transaction stx;
    private final Catalog catalog;
    private final HistorySnapshot history;

    DatabaseSource(Database from, Transaction readOnlyTx) {
        this.from = from;
        this.stx = readOnlyTx;
        this.catalog = Schema.read(from, readOnlyTx);
        this.history = new HistoryTables(from.dialect(), from.config().historyTablePrefix()).read(readOnlyTx);
    }

    @Override
    public String describe() {
        return "the " + from.config().engine().id() + " database at " + from.config().describeLocation();
    }

    @Override
    public List<String> tables() {
        return Schema.moduleTables(catalog).stream().map(TableInfo::name).toList();
    }

    @Override
    public HistorySnapshot history() {
        return history;
    }

    @Override
    public List<String> modules() {
        return HistoryKeys.modules(history);
    }

    @Override
    public List<String> migrations() {
        return HistoryKeys.migrations(history);
    }

    @Override
    public Map<String, Long> lastIds() {
        try {
            return from.dialect().maintenance().lastIds(stx.connection());
        } catch (SQLException e) {
            throw new DataException("Reading the id counters of " + describe() + " failed: " + e.getMessage()
                    + ". Nothing was copied; check that the source database is readable.", e);
        }
    }

    @Override
    public long totalRows() {
        return Schema.moduleTables(catalog).stream().mapToLong(t -> TableRows.count(stx, t.name())).sum();
    }

    @Override
    public TableSummary load(String table, Transaction tx, TableLayout target, Optional<BulkLoader> bulk,
            ProgressTracker progress) {
        TableLayout source = sourceLayout(catalog.table(table).orElseThrow(), target);
        BatchInserter inserter = new BatchInserter(tx, InsertStatement.sql(target, target.columns(), OnConflict.FAIL),
                OnConflict.FAIL, bulk.map(b -> new BatchInserter.Bulk(b, target.table(), target.columns())).orElse(null));
        ContentChecksum content = new ContentChecksum(target);
        long rows;
        try {
            rows = TableRows.stream(stx, source, values -> {
                for (int i = 0; i < values.length; i++) {
                    values[i] = ValueDecoder.coerce(values[i], target.kinds().get(i));
                }
                int bytes = content.add(values);
                long n = content.rows();
                inserter.add(values, failure -> "Copying row " + n + " of table " + table + " from " + describe()
                        + " failed: " + failure.getMessage().lines().findFirst().orElse("") + ". Nothing was copied.");
                progress.row(bytes);
            });
            inserter.flush();
        } catch (RuntimeException | Error e) {
            inserter.abandon();
            throw e;
        }
        return new TableSummary(target.table(), rows, null, content.hex());
    }

    /** The source's columns in the target's order; both tables must have the same columns. */
    private TableLayout sourceLayout(TableInfo src, TableLayout target) {
        TableLayout s = TableLayout.of(src);
        List<String> columns = new ArrayList<>();
        for (String c : target.columns()) {
            columns.add(s.columns().get(s.indexOf(c).orElseThrow(() -> mismatch(src, target))));
        }
        if (s.columns().size() != target.columns().size()) {
            throw mismatch(src, target);
        }
        return new TableLayout(src.name(), columns, target.kinds(), s.primaryKey());
    }

    private DataException mismatch(TableInfo src, TableLayout target) {
        return new DataException("Table " + src.name() + " has columns " + TableLayout.of(src).columns() + " in "
                + describe() + " but " + target.columns() + " on the target. Nothing was copied. Run the same"
                + " module versions on both sides (spdb migrate on the source first).");
    }
}
