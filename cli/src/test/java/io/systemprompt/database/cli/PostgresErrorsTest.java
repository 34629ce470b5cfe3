package io.systemprompt.database.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link ErrorsContract} on postgres, and what only a server can do: end the session under a command. */
class PostgresErrorsTest extends ErrorsContract {

    @Override
    String engine() {
        return "postgres";
    }

    @Test
    void aQueryWhoseConnectionIsLostSaysSoAndWhatToDo() {
        run("migrate");
        for (String mode : new String[] {"--read-only", "--write"}) {
            Spdb.Result r = mode.equals("--write") ? run("query", "--write", "--sql",
                    "SELECT pg_terminate_backend(pg_backend_pid())")
                    : run("query", "--sql", "SELECT pg_terminate_backend(pg_backend_pid())");
            assertThat(r.exit()).as(r.toString()).isEqualTo(1);
            assertThat(r.err()).as(r.toString())
                    .contains("error: query: the connection to PostgreSQL was lost at the statement at line 1:1")
                    .contains("nothing", "hint: check that the server is up (pg_isready), then run the query again.")
                    .doesNotContain("\tat ");
        }
    }

    @Test
    void thePasswordStaysOutOfVerboseStackTracesAndLogsWhenAServerMessageEchoesIt() {
        // A careless swap: the password given as the user too. The server's "role … does not exist"
        // then carries the password text, in the error line and in every cause of the stack trace.
        java.util.Map<String, String> env = new java.util.HashMap<>(spdb.env());
        env.put("POSTGRES_PASSWORD", "pw-in-a-role-7731");
        env.put("POSTGRES_USER", "pw-in-a-role-7731");
        env.put("DB_CONNECT_TIMEOUT", "3000");
        Spdb swapped = new Spdb(dir, env);
        for (String[] args : new String[][] {{"status", "-v"}, {"-v", "migrate"}, {"query", "--verbose", "--sql",
                "SELECT 1"}}) {
            Spdb.Result r = swapped.run(args);
            assertThat(r.exit()).as(r.toString()).isEqualTo(1);
            assertThat(r.err()).as(r.toString()).contains("\tat ", "****").doesNotContain("pw-in-a-role-7731");
            assertThat(r.out()).doesNotContain("pw-in-a-role-7731");
        }
    }
}
