package io.systemprompt.database.data.load;

import io.systemprompt.database.data.ProgressTracker;
import io.systemprompt.database.data.TableLayout;
import io.systemprompt.database.data.TableSummary;

import io.systemprompt.database.Transaction;
import io.systemprompt.database.engine.BulkLoader;

import java.util.List;
import java.util.Optional;

/** Where a restore or copy takes its rows and history from: an archive or another database. */
public interface LoadSource {

    /** For messages: {@code archive nightly.zip}, {@code the sqlite database at app.db}. */
    String describe();

    /** The module tables it holds. */
    List<String> tables();

    /** Installed modules as {@code module@version}. */
    List<String> modules();

    /** Applied migrations as {@code module@version}. */
    List<String> migrations();

    /** Rows of every module table; -1 when unknown. */
    long totalRows();

    /** The source's tracking rows, whose times the target takes over. */
    io.systemprompt.database.history.HistorySnapshot history();

    /**
     * The last id each table has handed out, where the source keeps one beyond its rows (SQLite
     * {@code AUTOINCREMENT} never reuses the id of a deleted last row), by lower-case table name.
     */
    default java.util.Map<String, Long> lastIds() {
        return java.util.Map.of();
    }

    /**
     * Inserts the rows of one table into the target inside {@code tx}, in the target's layout, and
     * returns what the target must hold afterwards: row count and content checksum. {@code bulk} is the
     * target engine's bulk path, if it has one.
     */
    TableSummary load(String table, Transaction tx, TableLayout target, Optional<BulkLoader> bulk,
            ProgressTracker progress);
}
