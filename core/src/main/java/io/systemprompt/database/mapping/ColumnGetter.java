package io.systemprompt.database.mapping;


import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Reads one column for one constructor parameter. Chosen once per result: where the column's SQL type
 * and the parameter's Java type agree plainly (a whole-number column into {@code long}, a text column
 * into {@code String}), the driver's typed getter is used directly, without boxing through
 * {@code getObject}; every other pair goes through the engine's reader and {@link ValueConverter}.
 */
@FunctionalInterface
interface ColumnGetter {

    /** The parameter's value from the current row. */
    Object get(Row row) throws SQLException;

    /** The getter for one column and parameter type, chosen from the result's metadata. */
    static ColumnGetter choose(Row row, int column, Class<?> target) throws SQLException {
        int sqlType = row.sqlType(column);
        String label = row.label(column);
        if ((target == long.class || target == Long.class) && isWhole(sqlType)) {
            return r -> nullable(r.resultSet(), r.resultSet().getLong(column), target, label);
        }
        if ((target == int.class || target == Integer.class) && isWhole(sqlType)) {
            return r -> {
                ResultSet rs = r.resultSet();
                long v = rs.getLong(column);
                return rs.wasNull() ? nullable(rs, null, target, label) : Math.toIntExact(v);
            };
        }
        if ((target == double.class || target == Double.class) && isDecimal(sqlType)) {
            return r -> nullable(r.resultSet(), r.resultSet().getDouble(column), target, label);
        }
        if (target == String.class && isText(sqlType)) {
            return r -> r.resultSet().getString(column);
        }
        return r -> r.get(column, target);
    }

    private static Object nullable(ResultSet rs, Object value, Class<?> target, String label) throws SQLException {
        if (!rs.wasNull()) {
            return value;
        }
        return ValueConverter.convert(null, target, label);
    }

    private static boolean isWhole(int t) {
        return t == Types.BIGINT || t == Types.INTEGER || t == Types.SMALLINT || t == Types.TINYINT;
    }

    private static boolean isDecimal(int t) {
        return t == Types.DOUBLE || t == Types.FLOAT || t == Types.REAL;
    }

    private static boolean isText(int t) {
        return t == Types.VARCHAR || t == Types.CHAR || t == Types.LONGVARCHAR || t == Types.NVARCHAR
                || t == Types.NCHAR || t == Types.CLOB;
    }
}
