package io.systemprompt.database.data;

/**
 * One table in a backup manifest or a verified copy.
 *
 * @param table   the table
 * @param rows    its row count
 * @param sha256  SHA-256 of its data file in the archive; null outside archives
 * @param content its {@link ContentChecksum}, the same on every engine for the same rows
 */
public record TableSummary(String table, long rows, String sha256, String content) {
}
