package io.systemprompt.database.migrate;

import java.util.ArrayList;
import java.util.List;

/** Checks a plan before anything runs: edited migrations stop the run, drift and missing files warn. */
final class Validation {
    private Validation() {
    }

    /** Throws {@code CHECKSUM_MISMATCH} when any applied migration's file changed since it ran. */
    static void refuseChangedMigrations(MigrationPlan plan) {
        List<MigrationStatus> changed = plan.migrations(MigrationState.CHANGED);
        if (changed.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder(changed.size() + " applied migration(s) changed since they ran:");
        for (MigrationStatus s : changed) {
            sb.append("\n  ").append(s.module()).append(": ").append(s.migration().upFor(plan.engine())
                    .orElseThrow().location()).append(" (applied checksum ").append(s.applied().checksum())
                    .append(", file now ").append(s.checksum()).append(')');
        }
        sb.append("\nRestore the files as they were and put the change in a new migration, or accept the"
                + " current files with `spdb migrate repair` (MigrationService.repair()).");
        MigrationStatus first = changed.get(0);
        throw new MigrationException(MigrationException.Reason.CHECKSUM_MISMATCH, first.module(),
                first.fileName(), sb.toString());
    }

    /** Human-readable warnings: schema drift, removed modules, removed migration files. */
    static List<String> warnings(MigrationPlan plan) {
        List<String> out = new ArrayList<>();
        plan.modules(ModuleState.CHANGED).forEach(m -> out.add("Module " + m.key() + " drifted: " + m.detail()
                + ". Schema files are installed once; change the schema through a migration."));
        plan.modules(ModuleState.MISSING).forEach(m -> out.add("Module " + m.key()
                + " is installed but no longer found in the module roots."));
        plan.migrations(MigrationState.MISSING).forEach(m -> out.add("Migration " + m.module() + " "
                + m.applied().fileName() + " is applied but its file is gone."));
        return out;
    }
}
