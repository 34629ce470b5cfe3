package io.systemprompt.database.codegen;

import io.systemprompt.database.catalog.TypeFamily;

/**
 * The Java type of a column, from its engine-neutral {@link TypeFamily}.
 *
 * <table>
 *   <caption>Column types</caption>
 *   <tr><th>family (declared as)</th><th>NOT NULL</th><th>nullable</th></tr>
 *   <tr><td>integer (INTEGER, BIGINT, …)</td><td>long</td><td>Long</td></tr>
 *   <tr><td>real (REAL, DOUBLE, FLOAT)</td><td>double</td><td>Double</td></tr>
 *   <tr><td>boolean</td><td>boolean</td><td>Boolean</td></tr>
 *   <tr><td>text (TEXT, VARCHAR, CHAR, JSON, …)</td><td>String</td><td>String</td></tr>
 *   <tr><td>timestamp (TIMESTAMP, DATETIME)</td><td>Instant</td><td>Instant</td></tr>
 *   <tr><td>date</td><td>LocalDate</td><td>LocalDate</td></tr>
 *   <tr><td>blob</td><td>byte[]</td><td>byte[]</td></tr>
 *   <tr><td>numeric (NUMERIC, DECIMAL)</td><td>BigDecimal</td><td>BigDecimal</td></tr>
 *   <tr><td>anything else</td><td>Object</td><td>Object</td></tr>
 * </table>
 *
 * @param name    the type as written in source for a NOT NULL column, e.g. {@code long}
 * @param boxed   the reference type, e.g. {@code Long}
 * @param importName the class to import, or null for java.lang types and primitives
 */
record JavaType(String name, String boxed, String importName) {

    static JavaType of(String declaredType) {
        return switch (TypeFamily.of(declaredType)) {
            case "integer" -> new JavaType("long", "Long", null);
            case "real" -> new JavaType("double", "Double", null);
            case "boolean" -> new JavaType("boolean", "Boolean", null);
            case "text" -> plain("String", null);
            case "timestamp" -> plain("Instant", "java.time.Instant");
            case "date" -> plain("LocalDate", "java.time.LocalDate");
            case "blob" -> plain("byte[]", null);
            case "numeric" -> plain("BigDecimal", "java.math.BigDecimal");
            default -> plain("Object", null);
        };
    }

    /** A type nested in the row record, such as a column's enum. */
    static JavaType nested(String simpleName) {
        return plain(simpleName, null);
    }

    private static JavaType plain(String name, String importName) {
        return new JavaType(name, name, importName);
    }

    boolean primitive() {
        return !name.equals(boxed);
    }
}
