package io.systemprompt.database.catalog;

import java.util.List;

/**
 * One index.
 *
 * @param name    the index name
 * @param columns the indexed columns (expressions as text)
 * @param unique  true for a unique index
 */
public record IndexInfo(String name, List<String> columns, boolean unique) {
}
