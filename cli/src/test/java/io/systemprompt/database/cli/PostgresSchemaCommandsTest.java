package io.systemprompt.database.cli;

/** {@link SchemaCommandsContract} on postgres. */
class PostgresSchemaCommandsTest extends SchemaCommandsContract {

    @Override
    String engine() {
        return "postgres";
    }
}
