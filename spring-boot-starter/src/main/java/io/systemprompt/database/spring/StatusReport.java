package io.systemprompt.database.spring;

import io.systemprompt.database.Health;
import io.systemprompt.database.migrate.MigrationPlan;
import io.systemprompt.database.migrate.MigrationStatus;
import io.systemprompt.database.migrate.ModuleStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The shape of {@code spdb status --format json} as plain maps, for the actuator endpoint and health details. */
final class StatusReport {

    private StatusReport() {
    }

    /** Engine, location, round trip, pool and server version. */
    static Map<String, Object> health(Health h) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("engine", h.engine().id());
        doc.put("location", h.location());
        doc.put("serverVersion", h.serverVersion());
        doc.put("roundTripMs", h.roundTrip() == null ? null : h.roundTrip().toNanos() / 10_000 / 100.0);
        if (h.pool() != null) {
            doc.put("pool", Map.of("active", h.pool().active(), "idle", h.pool().idle(), "total", h.pool().total(),
                    "max", h.pool().max()));
        }
        return doc;
    }

    /** Modules and migrations with their states and counts by state. */
    static Map<String, Object> plan(MigrationPlan plan) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("upToDate", plan.upToDate());
        List<Object> modules = new ArrayList<>();
        Map<String, Integer> moduleCounts = new LinkedHashMap<>();
        for (ModuleStatus m : plan.modules()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", m.key());
            row.put("version", m.module() != null ? m.module().version() : m.applied().version());
            row.put("state", lower(m.state()));
            row.put("installedAt", m.applied() == null ? null : String.valueOf(m.applied().installedAt()));
            row.put("detail", m.detail());
            modules.add(row);
            moduleCounts.merge(lower(m.state()), 1, Integer::sum);
        }
        List<Object> migrations = new ArrayList<>();
        Map<String, Integer> migrationCounts = new LinkedHashMap<>();
        for (MigrationStatus m : plan.migrations()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("module", m.module());
            row.put("version", m.version());
            row.put("description", m.description());
            row.put("file", m.fileName());
            row.put("state", lower(m.state()));
            row.put("appliedAt", m.applied() == null ? null : String.valueOf(m.applied().appliedAt()));
            migrations.add(row);
            migrationCounts.merge(lower(m.state()), 1, Integer::sum);
        }
        doc.put("modules", Map.of("counts", moduleCounts, "list", modules));
        doc.put("migrations", Map.of("counts", migrationCounts, "list", migrations));
        return doc;
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
