package io.systemprompt.database.mapping;

import io.systemprompt.database.MappingException;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Maps rows to a record, or to a class with one public constructor compiled with {@code -parameters},
 * by matching each component to a column label: case-insensitive and snake_case-aware, so column
 * {@code last_login} fills component {@code lastLogin}. Extra columns are ignored; a component with
 * no column is an error that lists the columns there are.
 */
final class ConstructorMapper<T> implements RowMapper<T> {
    private final Class<T> type;
    private final Constructor<T> constructor;
    private final String[] names;
    private final String[] keys;
    private final Class<?>[] types;
    /** For an {@code Optional<T>} component, T (the column is read as T and wrapped); else null. */
    private final Class<?>[] optionalOf;

    ConstructorMapper(Class<T> type) {
        this.type = type;
        this.constructor = constructorOf(type);
        Parameter[] params = constructor.getParameters();
        this.names = new String[params.length];
        this.keys = new String[params.length];
        this.types = new Class<?>[params.length];
        this.optionalOf = new Class<?>[params.length];
        RecordComponent[] rc = type.getRecordComponents();
        for (int i = 0; i < params.length; i++) {
            names[i] = rc != null ? rc[i].getName() : params[i].getName();
            keys[i] = normalize(names[i]);
            types[i] = params[i].getType();
            optionalOf[i] = OptionalComponent.elementType(params[i].getParameterizedType());
        }
        try {
            constructor.setAccessible(true);
        } catch (RuntimeException ignored) {
            // Not open to us: the constructor is still callable when it is public.
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> Constructor<T> constructorOf(Class<T> type) {
        try {
            if (type.isRecord()) {
                Class<?>[] sig = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                        .toArray(Class<?>[]::new);
                return type.getDeclaredConstructor(sig);
            }
        } catch (NoSuchMethodException e) {
            throw new MappingException("Record " + type.getName() + " has no canonical constructor.", e);
        }
        Constructor<?>[] ctors = type.getConstructors();
        if (ctors.length != 1) {
            throw new MappingException("Cannot map rows to " + type.getName() + ": it needs to be a record or have"
                    + " exactly one public constructor (it has " + ctors.length + "). Use a record or a RowMapper.");
        }
        for (Parameter p : ctors[0].getParameters()) {
            if (!p.isNamePresent()) {
                throw new MappingException("Cannot map rows to " + type.getName() + ": its constructor parameter"
                        + " names were not compiled in. Compile with -parameters, use a record or a RowMapper.");
            }
        }
        return (Constructor<T>) ctors[0];
    }

    @Override
    public RowMapper<T> specialize(Row row) throws SQLException {
        String[] labels = new String[row.columnCount()];
        for (int c = 0; c < labels.length; c++) {
            labels[c] = normalize(row.label(c + 1));
        }
        int[] columns = new int[names.length];
        List<String> unmatched = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            columns[i] = find(labels, keys[i]);
            if (columns[i] < 0) {
                unmatched.add(names[i]);
            }
        }
        if (!unmatched.isEmpty()) {
            List<String> all = new ArrayList<>();
            for (int c = 1; c <= row.columnCount(); c++) {
                all.add(row.label(c));
            }
            throw new MappingException("Cannot map to " + type.getSimpleName() + ": no column for "
                    + String.join(", ", unmatched) + ". The result has columns " + all
                    + ". Select the missing columns, alias them (e.g. SELECT user_name AS name), or use a RowMapper.");
        }
        ColumnGetter[] getters = new ColumnGetter[columns.length];
        for (int i = 0; i < columns.length; i++) {
            getters[i] = optionalOf[i] == null ? ColumnGetter.choose(row, columns[i], types[i])
                    : OptionalComponent.wrap(ColumnGetter.choose(row, columns[i], optionalOf[i]));
        }
        return r -> instantiate(r, getters);
    }

    /** The 1-based column whose normalised label is {@code key}, or -1. */
    private static int find(String[] labels, String key) {
        for (int c = 0; c < labels.length; c++) {
            if (labels[c].equals(key)) {
                return c + 1;
            }
        }
        return -1;
    }

    private static String normalize(String name) {
        return name.replace("_", "").toLowerCase(Locale.ROOT);
    }

    private T instantiate(Row row, ColumnGetter[] getters) throws SQLException {
        Object[] args = new Object[getters.length];
        for (int i = 0; i < getters.length; i++) {
            args[i] = getters[i].get(row);
        }
        try {
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new MappingException("The constructor of " + type.getSimpleName() + " rejected a row: "
                    + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new MappingException("Cannot call the constructor of " + type.getName() + ": " + e.getMessage()
                    + ". Make the type public, or use a RowMapper.", e);
        }
    }

    @Override
    public T map(Row row) {
        throw new IllegalStateException("specialize() must be called first");
    }
}
