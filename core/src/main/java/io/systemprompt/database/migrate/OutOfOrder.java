package io.systemprompt.database.migrate;

import io.systemprompt.database.module.MigrationVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pending migrations whose version is lower than an applied migration of the same module: a branch
 * merged late, say. They are applied with a warning by default; with {@code DB_MIGRATE_OUT_OF_ORDER=refuse}
 * (or {@code spdb migrate --strict}) the run stops before anything runs.
 */
final class OutOfOrder {

    private OutOfOrder() {
    }

    /** One line per out-of-order pending migration of the modules in scope, in plan order. */
    static List<String> find(MigrationPlan plan, Set<String> scope) {
        Map<String, MigrationStatus> highestApplied = new HashMap<>();
        for (MigrationStatus s : plan.migrations()) {
            if (s.state() != MigrationState.PENDING && s.applied() != null) {
                highestApplied.merge(s.module(), s, (a, b) -> version(a).compareTo(version(b)) >= 0 ? a : b);
            }
        }
        List<String> out = new ArrayList<>();
        for (MigrationStatus s : plan.migrations(MigrationState.PENDING)) {
            MigrationStatus top = highestApplied.get(s.module());
            if (scope.contains(s.module()) && top != null && version(s).compareTo(version(top)) < 0) {
                out.add("Migration " + s.module() + " " + s.fileName() + " is pending but " + top.fileName()
                        + " (a higher version) is already applied: it runs out of order");
            }
        }
        return out;
    }

    /** Stops the run, listing them, when out-of-order migrations are refused. */
    static void refuse(List<String> found, MigrationPlan plan) {
        MigrationStatus first = plan.migrations(MigrationState.PENDING).get(0);
        throw new MigrationException(MigrationException.Reason.OUT_OF_ORDER, first.module(), null,
                String.join("\n", found) + ".\nNothing was run: out-of-order migrations are refused "
                        + "(DB_MIGRATE_OUT_OF_ORDER=refuse or --strict). Give the migration a version above the "
                        + "applied ones, or allow it with DB_MIGRATE_OUT_OF_ORDER=warn.");
    }

    private static MigrationVersion version(MigrationStatus s) {
        return MigrationVersion.parse(s.version());
    }
}
