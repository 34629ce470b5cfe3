package io.systemprompt.database.migrate;

import io.systemprompt.database.script.SqlFile;
import io.systemprompt.database.script.SqlSplitter;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The migration core's contract without a database, on {@link StubMigrationStore}. */
class StubMigrationCoreTest extends MigrationCoreContract {
    private StubMigrationStore stub;

    @Override
    protected MigrationStore open(Path dir) {
        stub = new StubMigrationStore();
        return stub;
    }

    @Override
    protected Map<String, Integer> tables() {
        return stub.tables();
    }

    /** A case cannot pass because the stub ignored a statement: what it does not know, it refuses. */
    @Test
    void theStubRefusesStatementsItDoesNotRun() {
        StubMigrationStore s = new StubMigrationStore();
        PreparedScript script = new PreparedScript(SqlFile.of("x/1_u.sql", "UPDATE items SET name = 'x';"),
                SqlSplitter.split(SqlFile.of("x/1_u.sql", "UPDATE items SET name = 'x';")));
        PlannedStep step = new PlannedStep(StepKind.MIGRATION, "x", "1", "u", List.of(script), false);
        assertThatThrownBy(() -> s.write(tx -> tx.runStep(step, false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not run: update items");
        assertThat(s.transactions()).isZero();
    }

    @Test
    void insertCountsEveryRowOfItsValues() {
        assertThat(StubMigrationStore.words(SqlSplitter.split(SqlFile.of("f.sql",
                "INSERT INTO t (a, b) VALUES (1, (2)), (3, 4);")).get(0)))
                .containsExactly("insert", "into", "t", "a", "b", "values", "(values", "(values");
    }
}
