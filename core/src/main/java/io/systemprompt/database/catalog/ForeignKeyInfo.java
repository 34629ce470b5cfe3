package io.systemprompt.database.catalog;

import java.util.List;

/**
 * One foreign key.
 *
 * @param columns           the referencing columns
 * @param referencedTable   the referenced table
 * @param referencedColumns the referenced columns
 * @param onDelete          the action in upper case: {@code NO ACTION}, {@code CASCADE}, {@code SET NULL}, …
 * @param onUpdate          likewise
 */
public record ForeignKeyInfo(List<String> columns, String referencedTable, List<String> referencedColumns,
        String onDelete, String onUpdate) {
}
