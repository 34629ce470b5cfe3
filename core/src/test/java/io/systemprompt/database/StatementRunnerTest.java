package io.systemprompt.database;

import io.systemprompt.database.config.EngineType;
import io.systemprompt.database.engine.Dialects;
import io.systemprompt.database.engine.ErrorKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** Error translation never fails itself, so the driver's error is what the caller sees. */
class StatementRunnerTest {
    @ParameterizedTest
    @EnumSource(EngineType.class)
    void driverErrorWithoutMessageIsStillTranslated(EngineType engine) {
        StatementRunner runner = new StatementRunner(Dialects.forEngine(engine));
        SQLException driverError = new SQLException((String) null);
        driverError.setNextException(new SQLException((String) null));

        StatementException e = runner.translate(driverError, "SELECT 1");

        assertThat(e.getCause()).isSameAs(driverError);
        assertThat(e.kind()).isEqualTo(ErrorKind.OTHER);
        assertThat(e.getMessage()).contains("SQL: SELECT 1");
    }
}
