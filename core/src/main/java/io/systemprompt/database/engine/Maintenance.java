package io.systemprompt.database.engine;


import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whole-database work that each engine does its own way: clearing, dropping, bulk loading,
 * sequences, online backup, reclaiming space and journal facts. Reached through
 * {@link Dialect#maintenance()}; the core decides what to do and when, this says how.
 *
 * <p>Methods returning statements give SQL for the caller to run in its own transaction, in order, so
 * errors and rollback stay the caller's. Methods taking a {@link Connection} run on it and never close
 * it. Table names are passed as the catalog spells them; implementations quote them.
 */
public interface Maintenance {

    /**
     * Statements to run first in a write transaction that drops or loads many tables, so foreign keys
     * are checked at commit, when parents and children are both in place, not statement by statement.
     * Empty when the engine needs nothing for that.
     */
    List<String> deferForeignKeys();

    /**
     * Statements that, inside the caller's transaction, delete every row of {@code tables}, which are
     * given children first. Afterwards no row of another table may point into them.
     */
    List<String> deleteAllRows(List<String> tables);

    /**
     * Statements that, inside the caller's transaction, drop the given triggers, views and tables
     * (tables children first). Run after {@link #deferForeignKeys()}.
     */
    List<String> dropAll(List<String> triggers, List<String> views, List<String> tables);

    /**
     * Prepares a connection of its own, in auto-commit mode and past the write gate, for a transaction
     * that deletes rows of many tables in any order. {@link #endClear(Connection)} undoes it before the
     * connection returns to the pool. SQLite switches foreign-key enforcement off (a pragma that is a
     * no-op inside a transaction); PostgreSQL needs nothing, as its delete cascades.
     */
    void beginClear(Connection connection) throws SQLException;

    /** Restores what {@link #beginClear(Connection)} changed; always called, even after a failure. */
    void endClear(Connection connection) throws SQLException;

    /**
     * Inside the clearing transaction, before commit: a row that still references a missing row, as
     * {@code {child table, parent table}}, or empty when every reference holds.
     */
    Optional<String[]> danglingReference(Connection connection) throws SQLException;

    /**
     * The highest id each table's id counter has handed out, by lower-case table name, where the
     * engine keeps such a counter apart from the rows (SQLite {@code AUTOINCREMENT}); empty otherwise.
     */
    Map<String, Long> lastIds(Connection connection) throws SQLException;

    /**
     * Gives pages freed by dropping or deleting back to the file system, on a connection of its own in
     * auto-commit mode and past the write gate. Does nothing where the engine reclaims space itself.
     */
    void reclaimSpace(Connection connection) throws SQLException;

    /**
     * The files that hold the database {@code config} describes (SQLite: the file and its {@code -wal},
     * {@code -shm} and {@code -journal} files), which no output may be written over; empty when a
     * server or the memory holds it.
     */
    default List<Path> databaseFiles(io.systemprompt.database.config.DatabaseConfig config) {
        return List.of();
    }

    /** True when {@link #copyToFile} can write a consistent copy of the live database as one file. */
    boolean copiesToFile();

    /**
     * Writes a consistent copy of the database to {@code file}, which must not exist, reading one
     * snapshot so writers may go on meanwhile. Needs no write lock.
     *
     * @throws UnsupportedOperationException when {@link #copiesToFile()} is false
     */
    void copyToFile(Connection connection, Path file) throws SQLException;

    /** The journal mode a connection runs with, where the engine has one to report. */
    Optional<String> journalMode(Connection connection) throws SQLException;
}
