package io.systemprompt.database.mapping;

import io.systemprompt.database.MappingException;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.sql.SQLException;

/**
 * Row mappers whose {@code (Row) -> Object} method handle the JIT treats as a constant. A handle kept
 * in an ordinary field is called through a shared, generic path on every row; the same handle as a
 * static final of its own class is inlined whole. Each mapper is a hidden class made from
 * {@link HandleTemplate}'s bytes, unloaded with the mapper. Where the template's bytes cannot be read
 * (a runtime without class files), the handle is called from a field instead: slower, the same result.
 */
final class ConstantMappers {
    private static final MethodType READ = MethodType.methodType(Object.class, Row.class);
    private static final byte[] TEMPLATE = template();

    private ConstantMappers() {
    }

    /** A mapper calling {@code read}, which must be of type {@code (Row) -> Object}. */
    @SuppressWarnings("unchecked")
    static <T> RowMapper<T> of(MethodHandle read) {
        if (!read.type().equals(READ)) {
            throw new IllegalArgumentException("Expected " + READ + ", was " + read.type());
        }
        if (TEMPLATE != null) {
            try {
                MethodHandles.Lookup hidden = MethodHandles.lookup().defineHiddenClassWithClassData(TEMPLATE, read,
                        true);
                return (RowMapper<T>) hidden.findConstructor(hidden.lookupClass(),
                        MethodType.methodType(void.class)).invoke();
            } catch (Throwable e) {
                // Defining classes can be refused (a security policy, an agent): fall back below.
            }
        }
        return new FieldMapper<>(read);
    }

    private static byte[] template() {
        try (InputStream in = HandleTemplate.class.getResourceAsStream("HandleTemplate.class")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    /** The fallback: the handle in an ordinary field. */
    private static final class FieldMapper<T> implements RowMapper<T> {
        private final MethodHandle read;

        FieldMapper(MethodHandle read) {
            this.read = read;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T map(Row row) throws SQLException {
            try {
                return (T) (Object) read.invokeExact(row);
            } catch (SQLException | RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new MappingException("Mapping a row failed: " + t, t);
            }
        }
    }
}
