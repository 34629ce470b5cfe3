package io.systemprompt.database.lint;

/**
 * Where a finding points: a module, a file and a 1-based line and column.
 *
 * @param module the module key
 * @param file   the file location
 * @param line   1-based line
 * @param column 1-based column
 */
record FileStatement(String module, String file, int line, int column) {
}
