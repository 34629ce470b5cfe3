package io.systemprompt.database.cli;

import java.util.List;

/** {@link ReadOnlyCommandsContract} on PostgreSQL. */
class PostgresReadOnlyCommandsTest extends ReadOnlyCommandsContract {
    @Override
    String engine() {
        return "postgres";
    }

    @Override
    List<String> bypasses() {
        return List.of("SET TRANSACTION READ WRITE; DELETE FROM notes",
                "SET transaction_read_only=off; DELETE FROM notes",
                "COMMIT; SET transaction_read_only=off; DELETE FROM notes",
                "SELECT set_config('transaction_read_only', 'off', true)",
                "COPY (SELECT 1) TO PROGRAM 'true'",
                "DELETE FROM notes");
    }
}
