package io.systemprompt.database.migrate;

import io.systemprompt.database.config.EngineType;

import java.util.List;

/**
 * Files on disk joined with the history in the database: what is installed, pending, changed and
 * missing. Both {@code migrate} and {@code status} render this one plan.
 *
 * @param engine        the engine the plan is for (it decides which override files count)
 * @param historyExists false when the tracking tables do not exist yet
 * @param modules       modules in install order, then missing ones
 * @param migrations    migrations in application order: by module order, then version; missing ones last
 */
public record MigrationPlan(EngineType engine, boolean historyExists, List<ModuleStatus> modules,
        List<MigrationStatus> migrations) {

    /** Copies the lists, so a plan stays what was read. */
    public MigrationPlan {
        modules = List.copyOf(modules);
        migrations = List.copyOf(migrations);
    }

    /** Modules in the given state. */
    public List<ModuleStatus> modules(ModuleState state) {
        return modules.stream().filter(m -> m.state() == state).toList();
    }

    /** Migrations in the given state. */
    public List<MigrationStatus> migrations(MigrationState state) {
        return migrations.stream().filter(m -> m.state() == state).toList();
    }

    /** True when no schema install and no migration is pending. */
    public boolean upToDate() {
        return modules.stream().noneMatch(m -> m.state() == ModuleState.PENDING)
                && migrations.stream().noneMatch(m -> m.state() == MigrationState.PENDING);
    }

    /** Short: counts by state, never the files. */
    @Override
    public String toString() {
        return "MigrationPlan[" + engine.id() + ", modules=" + modules.size() + " (pending "
                + modules(ModuleState.PENDING).size() + "), migrations=" + migrations.size() + " (pending "
                + migrations(MigrationState.PENDING).size() + ")" + (upToDate() ? ", up to date" : "") + "]";
    }
}
