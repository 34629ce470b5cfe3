package io.systemprompt.database.engine.postgres;

import io.systemprompt.database.engine.Maintenance;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.systemprompt.database.engine.Quoting.list;

/**
 * PostgreSQL's whole-database work: {@code TRUNCATE … CASCADE} and {@code DROP … CASCADE} in one
 * statement each, a {@code REPEATABLE READ} snapshot, and sequences moved past copied ids.
 */
final class PostgresMaintenance implements Maintenance {

    @Override
    public List<String> deferForeignKeys() {
        return List.of();
    }

    @Override
    public List<String> deleteAllRows(List<String> tables) {
        return tables.isEmpty() ? List.of() : List.of("TRUNCATE " + list(tables) + " CASCADE");
    }

    @Override
    public List<String> dropAll(List<String> triggers, List<String> views, List<String> tables) {
        // Triggers go with their tables.
        List<String> sql = new ArrayList<>();
        if (!views.isEmpty()) {
            sql.add("DROP VIEW IF EXISTS " + list(views) + " CASCADE");
        }
        if (!tables.isEmpty()) {
            sql.add("DROP TABLE IF EXISTS " + list(tables) + " CASCADE");
        }
        return sql;
    }

    @Override
    public void beginClear(Connection c) {
        // TRUNCATE … CASCADE needs no change to the session.
    }

    @Override
    public void endClear(Connection c) {
        // Nothing was changed.
    }

    @Override
    public Optional<String[]> danglingReference(Connection c) {
        // Enforcement stayed on: a dangling reference would already have failed the statement.
        return Optional.empty();
    }

    @Override
    public Map<String, Long> lastIds(Connection c) {
        // Sequences are read from the rows on the target; nothing is kept apart.
        return Map.of();
    }

    @Override
    public void reclaimSpace(Connection c) {
        // Dropped tables give their files back at once; autovacuum does the rest.
    }

    @Override
    public boolean copiesToFile() {
        return false;
    }

    @Override
    public void copyToFile(Connection c, Path file) {
        throw new UnsupportedOperationException("PostgreSQL has no single-file copy of a live database");
    }

    @Override
    public Optional<String> journalMode(Connection c) {
        return Optional.empty();
    }
}
