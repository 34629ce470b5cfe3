package io.systemprompt.database.migrate;

import java.util.List;

/**
 * One step a run will take, with the SQL it will execute on this engine.
 *
 * @param kind    schema install, migration or rollback
 * @param module  the module key
 * @param version the migration version, or the module version for a schema step
 * @param description the migration's description, or the module key for a schema step
 * @param scripts the scripts in the order they run (schema then init, or one migration file)
 * @param noTransaction true for a migration marked to run outside a transaction
 */
public record PlannedStep(StepKind kind, String module, String version, String description,
        List<PreparedScript> scripts,
        boolean noTransaction) {

    /** Copies the scripts, so a planned step cannot change after planning. */
    public PlannedStep {
        scripts = List.copyOf(scripts);
    }

    /** The file names this step runs, comma-separated. */
    public String files() {
        return String.join(", ", scripts.stream().map(s -> s.file().fileName()).toList());
    }

    /** Short: kind, module, version and file count, never the SQL. */
    @Override
    public String toString() {
        return "PlannedStep[" + kind() + " " + module() + " " + version() + ", " + scripts().size() + " file(s)]";
    }
}
