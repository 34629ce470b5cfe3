package io.systemprompt.database.mapping;

import io.systemprompt.database.MappingException;

import java.lang.constant.ConstantDescs;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.sql.SQLException;

/**
 * Never used as itself: {@link ConstantMappers} defines its bytes again as a hidden class for each bound
 * mapper, with the mapper's {@code (Row) -> Object} handle as class data. In that class {@link #READ} is a
 * static final constant, so the JIT inlines the whole getter-and-constructor tree into {@link #map}.
 */
final class HandleTemplate implements RowMapper<Object> {
    private static final MethodHandle READ;

    static {
        try {
            READ = MethodHandles.classData(MethodHandles.lookup(), ConstantDescs.DEFAULT_NAME, MethodHandle.class);
        } catch (IllegalAccessException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Override
    public Object map(Row row) throws SQLException {
        try {
            return (Object) READ.invokeExact(row);
        } catch (SQLException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new MappingException("Mapping a row failed: " + t, t);
        }
    }
}
