package io.systemprompt.database.mapping;

import io.systemprompt.database.MappingException;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Optional;

/** {@code Optional<X>} record components: the column is read as X, and NULL becomes {@code Optional.empty()}. */
final class OptionalComponent {
    private static final MethodHandle OF_NULLABLE;

    static {
        try {
            OF_NULLABLE = MethodHandles.publicLookup().findStatic(Optional.class, "ofNullable",
                    MethodType.methodType(Optional.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private OptionalComponent() {
    }

    /** X for a parameter declared {@code Optional<X>}; null for any other parameter type. */
    static Class<?> elementType(Type declared, String name, Class<?> owner) {
        if (!(declared instanceof ParameterizedType p) || p.getRawType() != Optional.class) {
            if (declared == Optional.class) {
                throw raw(name, owner);
            }
            return null;
        }
        Type element = p.getActualTypeArguments()[0];
        if (element instanceof Class<?> c) {
            return c;
        }
        if (element instanceof ParameterizedType e && e.getRawType() instanceof Class<?> c) {
            return c;
        }
        throw raw(name, owner);
    }

    /** {@code (Row) -> Optional} from the element's getter {@code (Row) -> X}. */
    static MethodHandle getter(MethodHandle element) {
        return MethodHandles.filterReturnValue(element.asType(MethodType.methodType(Object.class, Row.class)),
                OF_NULLABLE);
    }

    private static MappingException raw(String name, Class<?> owner) {
        return new MappingException("Cannot map to " + owner.getSimpleName() + ": component " + name
                + " is an Optional without a concrete element type. Declare it as Optional<String>, Optional<Long>, ….");
    }
}
