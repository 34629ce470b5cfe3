package io.systemprompt.database.mapping;

import io.systemprompt.database.MappingException;
import org.junit.jupiter.api.Test;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each bound mapper is its own hidden class with its handle as a constant; errors pass through as before. */
class ConstantMappersTest {
    private static final MethodType READ = MethodType.methodType(Object.class, Row.class);

    static Object constant(Row row, String value) {
        return value;
    }

    static Object failing(Row row, Throwable t) throws Throwable {
        throw t;
    }

    private static MethodHandle handle(String name, Class<?> extra, Object value) throws Exception {
        MethodHandle h = MethodHandles.lookup().findStatic(ConstantMappersTest.class, name,
                MethodType.methodType(Object.class, Row.class, extra));
        return MethodHandles.insertArguments(h, 1, value);
    }

    @Test
    void twoMappersAreTwoHiddenClassesEachWithItsOwnHandle() throws Exception {
        RowMapper<Object> a = ConstantMappers.of(handle("constant", String.class, "a"));
        RowMapper<Object> b = ConstantMappers.of(handle("constant", String.class, "b"));
        assertThat(a.getClass().isHidden()).isTrue();
        assertThat(a.getClass()).isNotSameAs(b.getClass());
        assertThat(a.map(null)).isEqualTo("a");
        assertThat(b.map(null)).isEqualTo("b");
    }

    @Test
    void sqlAndRuntimeErrorsPassThroughAndCheckedOnesBecomeMappingErrors() throws Exception {
        assertThatThrownBy(() -> ConstantMappers.of(handle("failing", Throwable.class, new SQLException("gone")))
                .map(null)).isInstanceOf(SQLException.class).hasMessage("gone");
        assertThatThrownBy(() -> ConstantMappers.of(handle("failing", Throwable.class,
                new IllegalStateException("bad"))).map(null)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ConstantMappers.of(handle("failing", Throwable.class, new Exception("odd")))
                .map(null)).isInstanceOf(MappingException.class).hasMessageContaining("odd");
    }

    @Test
    void aHandleOfAnotherShapeIsRefused() {
        assertThatThrownBy(() -> ConstantMappers.of(MethodHandles.constant(String.class, "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(READ.toString());
    }
}
