package io.systemprompt.database.migrate;

import java.util.List;

/**
 * What a run did.
 *
 * @param plan     the plan the run started from
 * @param planned  the steps it meant to take (for a dry run: what would run, with the SQL)
 * @param applied  the steps that committed, in order
 * @param failures what failed; a failed schema install skips its dependents, a failed migration stops the run
 * @param skipped  modules not attempted because a module they depend on failed
 * @param warnings things to look at that did not stop the run: drift, missing files
 * @param dryRun   true when nothing was executed
 */
public record MigrationResult(MigrationPlan plan, List<PlannedStep> planned, List<AppliedStep> applied,
        List<MigrationException> failures, List<String> skipped, List<String> warnings, boolean dryRun) {

    /** Copies the lists, so a result stays what happened. */
    public MigrationResult {
        planned = List.copyOf(planned);
        applied = List.copyOf(applied);
        failures = List.copyOf(failures);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }

    /** True when nothing failed. */
    public boolean success() {
        return failures.isEmpty();
    }

    /** Throws the first failure, with the others attached as suppressed. */
    public MigrationResult orThrow() {
        if (failures.isEmpty()) {
            return this;
        }
        MigrationException first = failures.get(0);
        failures.stream().skip(1).forEach(first::addSuppressed);
        throw first;
    }

    /** Short: counts, never the SQL. */
    @Override
    public String toString() {
        return "MigrationResult[planned=" + planned.size() + ", applied=" + applied.size() + ", failures="
                + failures.size() + ", skipped=" + skipped + ", warnings=" + warnings.size()
                + (dryRun ? ", dry run" : "") + "]";
    }
}
