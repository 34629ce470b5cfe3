package io.systemprompt.database.cli;

/** {@link DataCommandsContract} on sqlite. */
class SqliteDataCommandsTest extends DataCommandsContract {

    @Override
    String engine() {
        return "sqlite";
    }
}
