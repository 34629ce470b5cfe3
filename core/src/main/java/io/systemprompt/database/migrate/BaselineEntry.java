package io.systemprompt.database.migrate;

import java.util.List;

/**
 * What a baseline found for one module install or one migration.
 *
 * @param module      the module key
 * @param item        {@code schema} for the install, else the migration's file name
 * @param state       what the baseline did or would do
 * @param differences per object, what the database lacks or has otherwise (empty unless {@code DIFFERS})
 */
public record BaselineEntry(String module, String item, State state, List<String> differences) {

    /** Where an install or migration stands after the baseline. */
    public enum State {
        /** Its objects are all in the database with compatible columns: recorded as installed or applied. */
        MARKED,
        /** Already recorded before the baseline. */
        RECORDED,
        /** Some of its objects are present, others missing or different: left pending, see the differences. */
        DIFFERS,
        /** None of its objects are present (or an earlier step is not marked): left for migrate to run. */
        PENDING
    }

    /** Copies the list. */
    public BaselineEntry {
        differences = List.copyOf(differences);
    }
}
