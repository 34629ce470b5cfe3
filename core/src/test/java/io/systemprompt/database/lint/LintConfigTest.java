package io.systemprompt.database.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spdb-lint.yaml file of a module root. */
class LintConfigTest {
    @TempDir
    Path dir;

    @Test
    void readsTablesSeveritiesAndExceptions() throws IOException {
        Files.writeString(dir.resolve(LintConfig.FILE_NAME), """
                unprefixed-tables: [Sessions]
                rules:
                  timestamps: off
                  fk-index: error
                exceptions:
                  - rule: table-prefix
                    table: legacy
                    reason: shared with the old service
                """);
        LintConfig c = LintConfig.forRoots(List.of(dir));
        assertThat(c.unprefixedTables()).contains("users", "sessions");
        assertThat(c.severity("timestamps")).contains(Severity.OFF);
        assertThat(c.severity("fk-index")).contains(Severity.ERROR);
        assertThat(c.exceptions()).singleElement().satisfies(e -> {
            assertThat(e.table()).isEqualTo("legacy");
            assertThat(e.reason()).isEqualTo("shared with the old service");
        });
    }

    @Test
    void aRootWithoutFileGivesTheDefaults() {
        assertThat(LintConfig.forRoots(List.of(dir))).isEqualTo(LintConfig.DEFAULTS);
    }

    @Test
    void anExceptionNeedsAReason() throws IOException {
        Files.writeString(dir.resolve(LintConfig.FILE_NAME), "exceptions:\n  - rule: timestamps\n    table: t\n");
        assertThatThrownBy(() -> LintConfig.forRoots(List.of(dir))).isInstanceOf(LintConfigException.class)
                .hasMessageContaining(LintConfig.FILE_NAME).hasMessageContaining("reason");
    }

    @Test
    void unknownRulesKeysAndSeveritiesAreNamed() throws IOException {
        Path f = dir.resolve(LintConfig.FILE_NAME);
        Files.writeString(f, "rules:\n  no-such-rule: warning\n");
        assertThatThrownBy(() -> LintConfig.load(f)).hasMessageContaining("unknown rule 'no-such-rule'");
        Files.writeString(f, "rules:\n  timestamps: loud\n");
        assertThatThrownBy(() -> LintConfig.load(f)).hasMessageContaining("rules.timestamps")
                .hasMessageContaining("info, warning, error or off");
        Files.writeString(f, "prefixes: []\n");
        assertThatThrownBy(() -> LintConfig.load(f)).hasMessageContaining("unknown key 'prefixes'");
    }
}
