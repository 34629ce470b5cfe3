package io.systemprompt.database.cli.command;

import io.systemprompt.database.Health;
import io.systemprompt.database.migrate.MigrationPlan;
import io.systemprompt.database.migrate.MigrationStatus;
import io.systemprompt.database.migrate.ModuleStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The shape of {@code spdb status} output, shared by its JSON and table forms. */
final class StatusDocument {

    private StatusDocument() {
    }

    static Map<String, Object> of(Health h, String journal, MigrationPlan plan, String lock) {
        return Docs.map("command", "status", "engine", h.engine().id(), "location", h.location(),
                "roundTripMs", h.roundTrip().toNanos() / 10_000 / 100.0, "serverVersion", h.serverVersion(),
                "journalMode", journal,
                "pool", Docs.map("active", h.pool().active(), "idle", h.pool().idle(), "total", h.pool().total(),
                        "max", h.pool().max()),
                "lockHolder", lock, "upToDate", plan.upToDate(),
                "modules", Docs.map("counts", StatusCommand.moduleCounts(plan), "list", modules(plan)),
                "migrations", Docs.map("counts", StatusCommand.migrationCounts(plan), "list", migrations(plan)));
    }

    private static List<Object> modules(MigrationPlan plan) {
        List<Object> list = new ArrayList<>();
        for (ModuleStatus m : plan.modules()) {
            list.add(Docs.map("key", m.key(), "version", version(m), "state", m.state(),
                    "installedAt", m.applied() == null ? null : String.valueOf(m.applied().installedAt()),
                    "detail", m.detail()));
        }
        return list;
    }

    private static String version(ModuleStatus m) {
        return m.module() != null ? m.module().version() : m.applied().version();
    }

    private static List<Object> migrations(MigrationPlan plan) {
        List<Object> list = new ArrayList<>();
        for (MigrationStatus m : plan.migrations()) {
            list.add(Docs.map("module", m.module(), "version", m.version(), "description", m.description(),
                    "file", m.fileName(), "state", m.state(),
                    "appliedAt", m.applied() == null ? null : String.valueOf(m.applied().appliedAt()),
                    "durationMs", m.applied() == null ? null : m.applied().durationMs()));
        }
        return list;
    }

    @SuppressWarnings("unchecked")
    static List<List<Object>> summaryRows(Map<String, Object> doc) {
        Map<String, Object> pool = (Map<String, Object>) doc.get("pool");
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("engine", doc.get("engine")));
        rows.add(List.of("location", doc.get("location")));
        rows.add(List.of("round trip", doc.get("roundTripMs") + " ms"));
        rows.add(List.of("server version", String.valueOf(doc.get("serverVersion"))));
        if (doc.get("journalMode") != null) {
            rows.add(List.of("journal mode", doc.get("journalMode")));
        }
        rows.add(List.of("pool", pool.get("total") + " open (" + pool.get("active") + " active, "
                + pool.get("idle") + " idle), max " + pool.get("max")));
        rows.add(List.of("migration lock", doc.get("lockHolder") == null ? "free" : doc.get("lockHolder")));
        rows.add(List.of("modules", counts(doc, "modules")));
        rows.add(List.of("migrations", counts(doc, "migrations")));
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static String counts(Map<String, Object> doc, String key) {
        Map<String, Object> c = (Map<String, Object>) ((Map<String, Object>) doc.get(key)).get("counts");
        StringBuilder sb = new StringBuilder();
        c.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(v).append(' ').append(k));
        return sb.toString();
    }

    static List<List<Object>> moduleRows(MigrationPlan plan) {
        List<List<Object>> rows = new ArrayList<>();
        for (ModuleStatus m : plan.modules()) {
            rows.add(java.util.Arrays.asList(m.key(), version(m), m.state().name().toLowerCase(),
                    m.applied() == null ? "" : String.valueOf(m.applied().installedAt()),
                    m.detail() == null ? "" : m.detail()));
        }
        return rows;
    }

    static List<List<Object>> migrationRows(MigrationPlan plan) {
        List<List<Object>> rows = new ArrayList<>();
        for (MigrationStatus m : plan.migrations()) {
            rows.add(java.util.Arrays.asList(m.module(), m.version(), m.description(),
                    m.state().name().toLowerCase(),
                    m.applied() == null ? "" : String.valueOf(m.applied().appliedAt()),
                    m.applied() == null ? "" : m.applied().durationMs()));
        }
        return rows;
    }
}
