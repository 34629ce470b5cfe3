package io.systemprompt.database.data;

import java.nio.file.Path;

/**
 * One table written by an export.
 *
 * @param table the table
 * @param file  the file written
 * @param rows  rows written
 * @param bytes bytes written to the file
 */
public record ExportedTable(String table, Path file, long rows, long bytes) {
}
