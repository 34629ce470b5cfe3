package io.systemprompt.database.codegen;

import java.util.List;

/**
 * One table as the generated code sees it.
 *
 * @param sqlName    the table name from the catalog
 * @param record     the row record's simple name, e.g. {@code ConfigSetting}
 * @param accessor   the accessor's simple name, e.g. {@code ConfigSettings}
 * @param doc        the SQL comment documenting the table, or an empty string
 * @param columns    the columns in table order
 * @param primaryKey the key columns in key order; empty when the table has none
 * @param uniqueKeys the unique keys other than the primary key, each in declared order
 */
record TableModel(String sqlName, String record, String accessor, String doc, List<ColumnModel> columns,
        List<ColumnModel> primaryKey, List<List<ColumnModel>> uniqueKeys) {

    String createName() {
        return "Create" + record;
    }

    String updateName() {
        return "Update" + record;
    }

    String filterName() {
        return record + "Filter";
    }

    /** The columns an update may write: all but the primary key. */
    List<ColumnModel> updatable() {
        return columns.stream().filter(c -> !c.primaryKey()).toList();
    }
}
