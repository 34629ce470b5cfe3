package io.systemprompt.database.migrate;

import io.systemprompt.database.config.EngineType;
import io.systemprompt.database.history.AppliedMigration;
import io.systemprompt.database.history.AppliedSchema;
import io.systemprompt.database.history.HistorySnapshot;
import io.systemprompt.database.module.DatabaseModule;
import io.systemprompt.database.module.EngineFiles;
import io.systemprompt.database.module.Migration;
import io.systemprompt.database.module.MigrationVersion;
import io.systemprompt.database.module.ModuleSet;
import io.systemprompt.database.script.SqlFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Joins discovered modules with the history into a {@link MigrationPlan}. Pure: no database access. */
final class Planner {
    private Planner() {
    }

    static MigrationPlan plan(ModuleSet modules, HistorySnapshot history, EngineType engine) {
        return new MigrationPlan(engine, history.tablesExist(), moduleStates(modules, history, engine),
                migrationStates(modules, history, engine));
    }

    private static List<ModuleStatus> moduleStates(ModuleSet modules, HistorySnapshot history, EngineType engine) {
        Map<String, AppliedSchema> applied = new HashMap<>();
        history.schemas().forEach(s -> applied.put(s.module(), s));
        List<ModuleStatus> out = new ArrayList<>();
        for (DatabaseModule m : modules.list()) {
            AppliedSchema row = applied.remove(m.key());
            if (row == null) {
                out.add(new ModuleStatus(m.key(), ModuleState.PENDING, m, null, null));
                continue;
            }
            String drift = drift("schema", m.schema(), row.schemaChecksum(), engine);
            String initDrift = drift("init", m.init(), row.initChecksum(), engine);
            String detail = drift == null ? initDrift : initDrift == null ? drift : drift + "; " + initDrift;
            out.add(new ModuleStatus(m.key(), detail == null ? ModuleState.INSTALLED : ModuleState.CHANGED, m, row,
                    detail));
        }
        applied.values().stream().sorted(java.util.Comparator.comparing(AppliedSchema::module))
                .forEach(s -> out.add(new ModuleStatus(s.module(), ModuleState.MISSING, null, s, null)));
        return out;
    }

    private static String drift(String what, EngineFiles files, String recorded, EngineType engine) {
        String now = files == null ? null : files.forEngine(engine).map(SqlFile::checksum).orElse(null);
        if (Objects.equals(now, recorded)) {
            return null;
        }
        String where = files == null ? what + " file (removed)" : files.forEngine(engine).orElseThrow().location();
        return where + " changed since install: recorded checksum " + abbreviate(recorded) + ", file now "
                + abbreviate(now);
    }

    static String abbreviate(String checksum) {
        return checksum == null ? "(none)" : checksum.substring(0, Math.min(12, checksum.length()));
    }

    private static List<MigrationStatus> migrationStates(ModuleSet modules, HistorySnapshot history,
            EngineType engine) {
        // Versions parsed once, not once per comparison: a warm start matches every file against the history.
        Map<String, Map<MigrationVersion, AppliedMigration>> byModule = new HashMap<>();
        for (AppliedMigration a : history.migrations()) {
            versionOf(a).ifPresent(v -> byModule.computeIfAbsent(a.module(), k -> new HashMap<>()).putIfAbsent(v, a));
        }
        // By identity: a record's equals and hashCode are bootstrapped on first use, which a warm start pays for.
        Set<AppliedMigration> matched = Collections.newSetFromMap(new IdentityHashMap<>());
        List<MigrationStatus> out = new ArrayList<>();
        for (DatabaseModule m : modules.list()) {
            Map<MigrationVersion, AppliedMigration> rows = byModule.getOrDefault(m.key(), Map.of());
            for (Migration mig : m.migrations()) {
                AppliedMigration row = rows.get(mig.version());
                String checksum = mig.upFor(engine).map(SqlFile::checksum).orElse(null);
                MigrationState state = row == null ? MigrationState.PENDING
                        : row.checksum().equals(checksum) ? MigrationState.APPLIED : MigrationState.CHANGED;
                if (row != null) {
                    matched.add(row);
                }
                out.add(new MigrationStatus(m.key(), mig.version().text(), state, mig, row, checksum));
            }
        }
        for (AppliedMigration a : history.migrations()) {
            if (!matched.contains(a)) {
                out.add(new MigrationStatus(a.module(), a.version(), MigrationState.MISSING, null, a, null));
            }
        }
        return out;
    }

    /** A history row's version; a row edited into something else matches no file and shows as missing. */
    private static Optional<MigrationVersion> versionOf(AppliedMigration a) {
        try {
            return Optional.of(MigrationVersion.parse(a.version()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
