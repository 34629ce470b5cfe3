package io.systemprompt.database.cli;

/** {@link SchemaCommandsContract} on sqlite. */
class SqliteSchemaCommandsTest extends SchemaCommandsContract {

    @Override
    String engine() {
        return "sqlite";
    }
}
