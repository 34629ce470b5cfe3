package io.systemprompt.database.codegen;

import java.util.List;

/**
 * One column as the generated code sees it.
 *
 * @param sqlName    the column name from the catalog
 * @param member     the record component, wither and filter name stem, e.g. {@code createdAt}
 * @param pascal     the capitalised stem for method names, e.g. {@code CreatedAt}
 * @param constant   the constant name, e.g. {@code CREATED_AT}
 * @param declared   the declared SQL type, for the Javadoc
 * @param type       the Java type (an enum nested in the record for CHECK … IN columns)
 * @param enumValues the allowed stored values when the column is an enum; empty otherwise
 * @param nullable   true when the column takes NULL
 * @param optionalOnCreate true when an insert may leave it out (nullable, a default, or a generated key)
 * @param primaryKey true for a primary key column
 * @param generated  true for the table's generated key, which an insert never gives
 * @param doc        the SQL comment documenting it, or an empty string
 */
record ColumnModel(String sqlName, String member, String pascal, String constant, String declared, JavaType type,
        List<String> enumValues, boolean nullable, boolean optionalOnCreate, boolean primaryKey, boolean generated, String doc) {

    /** The type of a value given for this column (withers, filters, keys): boxed when NULL is allowed. */
    String valueType() {
        return nullable ? type.boxed() : type.name();
    }

    /** The record component's type under the style. */
    String componentType(NullableStyle style) {
        if (!nullable) {
            return type.name();
        }
        return style == NullableStyle.OPTIONAL ? "Optional<" + type.boxed() + ">" : type.boxed();
    }

    boolean isEnum() {
        return !enumValues.isEmpty();
    }
}
