package io.systemprompt.database.mapping;

import io.systemprompt.database.MappingException;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
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
 * {@code last_login} fills component {@code lastLogin}. An {@code Optional<X>} component reads the
 * column as X and is empty for NULL. Extra columns are ignored; a component with
 * no column is an error that lists the columns there are.
 */
final class ConstructorMapper<T> implements RowMapper<T> {
    private static final MethodHandle REJECTED;

    static {
        try {
            REJECTED = MethodHandles.lookup().findStatic(ConstructorMapper.class, "rejected",
                    MethodType.methodType(Object.class, Class.class, Throwable.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Class<T> type;
    /** The constructor as {@code (components...) -> T}, its own exceptions turned into a {@link MappingException}. */
    private final MethodHandle constructor;
    private final String[] names;
    private final String[] keys;
    private final Class<?>[] types;
    /** For an {@code Optional<X>} component, X; otherwise null. */
    private final Class<?>[] optionals;

    ConstructorMapper(Class<T> type) {
        this.type = type;
        Constructor<T> ctor = constructorOf(type);
        Parameter[] params = ctor.getParameters();
        this.names = new String[params.length];
        this.keys = new String[params.length];
        this.types = new Class<?>[params.length];
        this.optionals = new Class<?>[params.length];
        RecordComponent[] rc = type.getRecordComponents();
        for (int i = 0; i < params.length; i++) {
            names[i] = rc != null ? rc[i].getName() : params[i].getName();
            keys[i] = normalize(names[i]);
            types[i] = params[i].getType();
            optionals[i] = OptionalComponent.elementType(params[i].getParameterizedType(), names[i], type);
        }
        this.constructor = handle(type, ctor);
    }

    /** The constructor as a method handle; a failure of the constructor itself says the row was rejected. */
    private static MethodHandle handle(Class<?> type, Constructor<?> ctor) {
        try {
            ctor.setAccessible(true);
        } catch (RuntimeException notOpen) {
            // Not open to us: the constructor is still callable when it is public and we read its module.
            ConstructorMapper.class.getModule().addReads(type.getModule());
        }
        MethodHandle h;
        try {
            h = MethodHandles.lookup().unreflectConstructor(ctor);
        } catch (IllegalAccessException e) {
            throw new MappingException("Cannot call the constructor of " + type.getName() + ": " + e.getMessage()
                    + ". Make the type public, or use a RowMapper.", e);
        }
        MethodHandle rejected = MethodHandles.insertArguments(REJECTED, 0, type)
                .asType(MethodType.methodType(type, Throwable.class));
        return MethodHandles.catchException(h, Throwable.class,
                MethodHandles.dropArguments(rejected, 1, h.type().parameterList()));
    }

    private static Object rejected(Class<?> type, Throwable cause) {
        throw new MappingException("The constructor of " + type.getSimpleName() + " rejected a row: "
                + cause.getMessage(), cause);
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
        MethodHandle[] getters = new MethodHandle[columns.length];
        for (int i = 0; i < columns.length; i++) {
            getters[i] = optionals[i] == null ? ColumnGetter.choose(row, columns[i], types[i])
                    : OptionalComponent.getter(ColumnGetter.choose(row, columns[i], optionals[i]));
        }
        // (Row, Row, ...) -> T with each getter as a filter, then every argument fed by the one Row.
        MethodHandle all = MethodHandles.filterArguments(constructor, 0, getters);
        MethodHandle one = getters.length == 0 ? MethodHandles.dropArguments(constructor, 0, Row.class)
                : MethodHandles.permuteArguments(all, MethodType.methodType(type, Row.class), new int[getters.length]);
        return ConstantMappers.of(one.asType(MethodType.methodType(Object.class, Row.class)));
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

    @Override
    public T map(Row row) {
        throw new IllegalStateException("specialize() must be called first");
    }
}
