package io.systemprompt.database.catalog;

import java.util.List;

/**
 * One index.
 *
 * @param name    the index name
 * @param columns the indexed key columns; an expression is its text on PostgreSQL and
 *                {@code <expression>} on SQLite, whose pragmas do not give it
 * @param unique  true for a unique index
 */
public record IndexInfo(String name, List<String> columns, boolean unique) {
}
