package io.systemprompt.database.cli;

/** {@link DataOpsCommandsContract} on postgres. */
class PostgresDataOpsCommandsTest extends DataOpsCommandsContract {

    @Override
    String engine() {
        return "postgres";
    }
}
