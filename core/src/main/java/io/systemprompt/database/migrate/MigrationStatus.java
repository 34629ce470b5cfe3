package io.systemprompt.database.migrate;

import io.systemprompt.database.history.AppliedMigration;
import io.systemprompt.database.module.Migration;

/**
 * One migration in a plan.
 *
 * @param module    the module key
 * @param version   the version text
 * @param state     where it stands
 * @param migration the migration on disk, or null when {@link MigrationState#MISSING}
 * @param applied   its {@code _migrations} row, or null when {@link MigrationState#PENDING}
 * @param checksum  the checksum of the file this engine runs now, or null when missing
 */
public record MigrationStatus(String module, String version, MigrationState state, Migration migration,
        AppliedMigration applied, String checksum) {

    /** The file name: the one on disk, else the one recorded. */
    public String fileName() {
        return migration != null ? migration.fileName() : applied.fileName();
    }

    /** The description: from disk, else as recorded. */
    public String description() {
        return migration != null ? migration.description() : applied.description();
    }
}
