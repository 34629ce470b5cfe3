package io.systemprompt.database.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input: exit codes and the error/hint lines on stderr; each engine runs these tests. */
abstract class ErrorsContract extends CliTestBase {

    @Test
    void badFormatIsAUsageError() {
        assertThat(fails(2, "status", "--format", "xml").err()).contains("--format", "xml");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(fails(2, "status", "--nope").err()).contains("--nope");
    }

    @Test
    void missingModulesRootFailsWithAHint() {
        Spdb.Result r = spdb.run("status", "--modules", dir.resolve("missing").toString());
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("error: ", "does not exist", "hint: ", "--modules").doesNotContain("\tat ");
    }

    @Test
    void verbosePrintsTheStackTrace() {
        Spdb.Result r = spdb.run("status", "--verbose", "--modules", dir.resolve("missing").toString());
        assertThat(r.err()).contains("\tat ");
    }

    @Test
    void unknownModuleFails() {
        Spdb.Result r = run("migrate", "--module", "app/nope");
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("app/nope");
    }

    @Test
    void helpOfEveryCommandHasExamples() {
        for (String[] cmd : new String[][] {{"status"}, {"summary"}, {"view"}, {"query"}, {"migrate"},
                {"rollback"}, {"schema"}, {"schema", "list"}, {"schema", "validate"}, {"schema", "graph"}}) {
            String[] args = java.util.Arrays.copyOf(cmd, cmd.length + 1);
            args[cmd.length] = "--help";
            Spdb.Result r = spdb.run(args);
            assertThat(r.exit()).as(r.toString()).isZero();
            assertThat(r.out()).as(String.join(" ", cmd)).contains("Usage:", "Examples:");
        }
    }

    @Test
    void passwordNeverAppearsWhenTheConnectionFails() {
        Spdb bad = new Spdb(dir, java.util.Map.of("DATABASE_TYPE", "postgres", "POSTGRES_HOST", "127.0.0.1",
                "POSTGRES_PORT", "1", "POSTGRES_PASSWORD", "s3cret-pw-42", "DB_CONNECT_TIMEOUT", "2000"));
        Spdb.Result r = bad.run("status", "--modules", modules.toString());
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("error: ", "hint: ").doesNotContain("s3cret-pw-42");
        assertThat(r.out()).doesNotContain("s3cret-pw-42");
    }

    @Test
    void completionScriptIsGenerated() {
        Spdb.Result r = spdb.run("generate-completion");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("complete -F", "spdb");
    }
}
