package io.systemprompt.database.cli;

/** {@link MigrationCommandsContract} on sqlite. */
class SqliteMigrationCommandsTest extends MigrationCommandsContract {

    @Override
    String engine() {
        return "sqlite";
    }
}
