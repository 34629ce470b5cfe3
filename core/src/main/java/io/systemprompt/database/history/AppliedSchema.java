package io.systemprompt.database.history;

import java.time.Instant;

/**
 * A row of {@code _schema_versions}: a module whose schema is installed.
 *
 * @param module         the module key
 * @param version        the module version at install time
 * @param schemaFile     the schema file that ran (generic or engine override), or null
 * @param schemaChecksum its checksum, or null
 * @param initFile       the init file that ran, or null
 * @param initChecksum   its checksum, or null
 * @param installedAt    when the install committed
 * @param durationMs     how long it took
 * @param statements     how many statements ran
 */
public record AppliedSchema(String module, String version, String schemaFile, String schemaChecksum,
        String initFile, String initChecksum, Instant installedAt, long durationMs, int statements) {
}
