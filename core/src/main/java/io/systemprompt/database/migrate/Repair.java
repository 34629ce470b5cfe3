package io.systemprompt.database.migrate;

import io.systemprompt.database.module.DatabaseModule;
import io.systemprompt.database.script.SqlFile;

import java.util.ArrayList;
import java.util.List;

/** Accepts the current files as applied: one locked transaction that rewrites changed checksums. */
final class Repair {
    private final MigrationStore store;

    Repair(MigrationStore store) {
        this.store = store;
    }

    List<String> run(MigrationPlan plan) {
        return store.write(tx -> {
            List<String> done = new ArrayList<>();
            for (MigrationStatus s : plan.migrations(MigrationState.CHANGED)) {
                tx.updateMigrationChecksum(s.module(), s.applied().version(), s.checksum());
                done.add("Accepted " + s.module() + " " + s.fileName() + " (checksum "
                        + Planner.abbreviate(s.applied().checksum()) + " -> " + Planner.abbreviate(s.checksum()) + ")");
            }
            for (ModuleStatus m : plan.modules(ModuleState.CHANGED)) {
                DatabaseModule module = m.module();
                tx.updateSchemaChecksums(m.key(), checksum(module.schema(), plan),
                        checksum(module.init(), plan));
                done.add("Accepted the schema files of " + m.key());
            }
            return done;
        });
    }

    private static String checksum(io.systemprompt.database.module.EngineFiles files, MigrationPlan plan) {
        return files == null ? null : files.forEngine(plan.engine()).map(SqlFile::checksum).orElse(null);
    }
}
