package io.systemprompt.database.data.archive;

import io.systemprompt.database.data.format.Json;

import io.systemprompt.database.Transaction;
import io.systemprompt.database.history.AppliedMigration;
import io.systemprompt.database.history.AppliedSchema;
import io.systemprompt.database.history.HistorySnapshot;
import io.systemprompt.database.history.HistoryTables;
import io.systemprompt.database.internal.Timestamps;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Carries the source's history times over to the target. The target's own install wrote its
 * tracking rows with its own file names and checksums (an engine may run an override file), which
 * must stay; but when and in what order things were applied is the source's history, so those
 * columns are copied.
 */
public final class HistoryTimes {
    private HistoryTimes() {
    }

    public static void copy(Transaction tx, HistorySnapshot source) {
        for (AppliedSchema s : source.schemas()) {
            tx.execute("UPDATE " + HistoryTables.SCHEMA_VERSIONS + " SET installed_at = ?, duration_ms = ?"
                    + " WHERE module = ?", s.installedAt(), s.durationMs(), s.module());
        }
        for (AppliedMigration m : source.migrations()) {
            tx.execute("UPDATE " + HistoryTables.MIGRATIONS + " SET applied_at = ?, duration_ms = ?, applied_order = ?"
                    + " WHERE module = ? AND version = ?", m.appliedAt(), m.durationMs(), m.appliedOrder(),
                    m.module(), m.version());
        }
    }

    /** The history in a backup archive's tracking-table files. */
    static HistorySnapshot fromArchive(Archive archive) throws IOException {
        List<AppliedSchema> schemas = new ArrayList<>();
        for (Map<String, Object> r : rows(archive, HistoryTables.SCHEMA_VERSIONS)) {
            schemas.add(new AppliedSchema(text(r, "module"), text(r, "version"), text(r, "schema_file"),
                    text(r, "schema_checksum"), text(r, "init_file"), text(r, "init_checksum"),
                    Timestamps.parseInstant(text(r, "installed_at")), number(r, "duration_ms"), (int) number(r, "statements")));
        }
        List<AppliedMigration> migrations = new ArrayList<>();
        for (Map<String, Object> r : rows(archive, HistoryTables.MIGRATIONS)) {
            migrations.add(new AppliedMigration(text(r, "module"), text(r, "version"), text(r, "description"),
                    text(r, "file_name"), text(r, "checksum"), Timestamps.parseInstant(text(r, "applied_at")),
                    number(r, "duration_ms"), number(r, "applied_order")));
        }
        return new HistorySnapshot(true, schemas, migrations);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Archive archive, String table) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        if (archive.manifest().tables().stream().noneMatch(t -> t.table().equalsIgnoreCase(table))) {
            return rows;
        }
        String name = archive.manifest().tables().stream().filter(t -> t.table().equalsIgnoreCase(table))
                .findFirst().orElseThrow().table();
        try (BufferedReader in = archive.reader(name)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                rows.add((Map<String, Object>) Json.parse(line));
            }
        }
        return rows;
    }

    private static String text(Map<String, Object> row, String key) {
        return row.get(key) == null ? null : row.get(key).toString();
    }

    private static long number(Map<String, Object> row, String key) {
        return row.get(key) instanceof BigDecimal d ? d.longValue() : 0L;
    }
}
