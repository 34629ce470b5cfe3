package io.systemprompt.database.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.systemprompt.database.testing.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example modules follow their own guidelines. */
class ExampleModulesLintTest {

    @Test
    void exampleModulesHaveNoWarningOrError() {
        LintReport report = Linter.lint(List.of(Path.of(TestDatabases.EXAMPLES)));
        assertThat(report.filesChecked()).isGreaterThanOrEqualTo(10);
        assertThat(report.findings()).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
        assertThat(report.findings()).extracting(LintFinding::ruleId).containsOnly("idempotent");
    }
}
