package io.systemprompt.database.mapping;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Optional;

/**
 * A record component of type {@code Optional<T>}: the column is read as T, and SQL NULL becomes
 * {@code Optional.empty()} rather than a null {@code Optional}.
 */
final class OptionalComponent {

    private OptionalComponent() {
    }

    /** T for {@code Optional<T>} with a class T ({@code Object} for a raw or wildcard Optional), else null. */
    static Class<?> elementType(Type type) {
        if (type == Optional.class) {
            return Object.class;
        }
        if (type instanceof ParameterizedType p && p.getRawType() == Optional.class) {
            Type arg = p.getActualTypeArguments()[0];
            if (arg instanceof Class<?> c) {
                return c;
            }
            if (arg instanceof ParameterizedType pa && pa.getRawType() instanceof Class<?> raw) {
                return raw;
            }
            return Object.class;
        }
        return null;
    }

    /** Wraps the value the getter reads. */
    static ColumnGetter wrap(ColumnGetter inner) {
        return row -> Optional.ofNullable(inner.get(row));
    }
}
