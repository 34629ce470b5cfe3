package io.systemprompt.database.migrate;

/**
 * A step that ran and committed.
 *
 * @param kind       schema install, migration or rollback
 * @param module     the module key
 * @param version    the migration or module version
 * @param files      the files that ran
 * @param durationMs how long it took
 * @param statements how many statements ran
 */
public record AppliedStep(StepKind kind, String module, String version, String files, long durationMs,
        int statements) {
}
