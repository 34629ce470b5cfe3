package io.systemprompt.database.data;

import java.nio.file.Path;

/**
 * One file an import read.
 *
 * @param table   the table
 * @param file    the file
 * @param rows    rows read from the file
 * @param written rows the engine inserted or updated (conflicts skipped with {@code skip} are not counted)
 */
public record ImportedTable(String table, Path file, long rows, long written) {
}
