package io.systemprompt.database.cli;

/** {@link MigrationCommandsContract} on postgres. */
class PostgresMigrationCommandsTest extends MigrationCommandsContract {

    @Override
    String engine() {
        return "postgres";
    }
}
