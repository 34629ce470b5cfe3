package io.systemprompt.database.history;

import java.time.Instant;

/**
 * A row of {@code _migrations}: a migration that ran.
 *
 * @param module       the module key
 * @param version      the version as written in the file name
 * @param description  the description part of the file name
 * @param fileName     the file that ran (generic or engine override)
 * @param checksum     its checksum when it ran
 * @param appliedAt    when it committed, with milliseconds
 * @param durationMs   how long it took
 * @param appliedOrder the order of application across all modules, from 1
 */
public record AppliedMigration(String module, String version, String description, String fileName,
        String checksum, Instant appliedAt, long durationMs, long appliedOrder) {
}
