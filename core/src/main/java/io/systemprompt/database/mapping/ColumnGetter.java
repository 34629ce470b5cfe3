package io.systemprompt.database.mapping;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Reads one column for one constructor parameter, as a method handle {@code (Row) -> parameter type}.
 * Chosen once per column list: where the column's SQL type and the parameter's Java type agree plainly
 * (a whole-number column into {@code long}, a text column into {@code String}), the driver's typed getter
 * is used directly and a primitive stays unboxed all the way into the constructor; every other pair goes
 * through the engine's reader and {@link ValueConverter}.
 */
final class ColumnGetter {
    private static final MethodHandle LONG = find("readLong", long.class, int.class, String.class);
    private static final MethodHandle BOXED_LONG = find("readBoxedLong", Long.class, int.class);
    private static final MethodHandle INT = find("readInt", int.class, int.class, String.class);
    private static final MethodHandle BOXED_INT = find("readBoxedInt", Integer.class, int.class);
    private static final MethodHandle DOUBLE = find("readDouble", double.class, int.class, String.class);
    private static final MethodHandle BOXED_DOUBLE = find("readBoxedDouble", Double.class, int.class);
    private static final MethodHandle STRING = find("readString", String.class, int.class);
    private static final MethodHandle CONVERTED = find("readConverted", Object.class, int.class, Class.class);

    private ColumnGetter() {
    }

    /** The getter for one column and parameter type, chosen from the result's metadata. */
    static MethodHandle choose(Row row, int column, Class<?> target) throws SQLException {
        int sqlType = row.sqlType(column);
        String label = row.label(column);
        if (isWhole(sqlType)) {
            if (target == long.class) {
                return MethodHandles.insertArguments(LONG, 1, column, label);
            }
            if (target == Long.class) {
                return MethodHandles.insertArguments(BOXED_LONG, 1, column);
            }
            if (target == int.class) {
                return MethodHandles.insertArguments(INT, 1, column, label);
            }
            if (target == Integer.class) {
                return MethodHandles.insertArguments(BOXED_INT, 1, column);
            }
        }
        if (isDecimal(sqlType)) {
            if (target == double.class) {
                return MethodHandles.insertArguments(DOUBLE, 1, column, label);
            }
            if (target == Double.class) {
                return MethodHandles.insertArguments(BOXED_DOUBLE, 1, column);
            }
        }
        if (target == String.class && isText(sqlType)) {
            return MethodHandles.insertArguments(STRING, 1, column);
        }
        return MethodHandles.insertArguments(CONVERTED, 1, column, target)
                .asType(MethodType.methodType(target, Row.class));
    }

    private static MethodHandle find(String name, Class<?> returns, Class<?>... more) {
        Class<?>[] params = new Class<?>[more.length + 1];
        params[0] = Row.class;
        System.arraycopy(more, 0, params, 1, more.length);
        try {
            return MethodHandles.lookup().findStatic(ColumnGetter.class, name, MethodType.methodType(returns, params));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    // The driver's getters return 0 for NULL, so wasNull() is asked only then.

    private static long readLong(Row row, int column, String label) throws SQLException {
        ResultSet rs = row.resultSet();
        long v = rs.getLong(column);
        if (v == 0 && rs.wasNull()) {
            ValueConverter.convert(null, long.class, label); // throws: NULL into a primitive
        }
        return v;
    }

    private static Long readBoxedLong(Row row, int column) throws SQLException {
        ResultSet rs = row.resultSet();
        long v = rs.getLong(column);
        return v == 0 && rs.wasNull() ? null : v;
    }

    private static int readInt(Row row, int column, String label) throws SQLException {
        return Math.toIntExact(readLong(row, column, label));
    }

    private static Integer readBoxedInt(Row row, int column) throws SQLException {
        ResultSet rs = row.resultSet();
        long v = rs.getLong(column);
        return v == 0 && rs.wasNull() ? null : Math.toIntExact(v);
    }

    private static double readDouble(Row row, int column, String label) throws SQLException {
        ResultSet rs = row.resultSet();
        double v = rs.getDouble(column);
        if (v == 0 && rs.wasNull()) {
            ValueConverter.convert(null, double.class, label);
        }
        return v;
    }

    private static Double readBoxedDouble(Row row, int column) throws SQLException {
        ResultSet rs = row.resultSet();
        double v = rs.getDouble(column);
        return v == 0 && rs.wasNull() ? null : v;
    }

    private static String readString(Row row, int column) throws SQLException {
        return row.resultSet().getString(column);
    }

    private static Object readConverted(Row row, int column, Class<?> target) throws SQLException {
        return row.get(column, target);
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
