package io.systemprompt.database.cli;

/** {@link DataCommandsContract} on postgres. */
class PostgresDataCommandsTest extends DataCommandsContract {

    @Override
    String engine() {
        return "postgres";
    }
}
