package io.systemprompt.database.cli;

/** {@link ErrorsContract} on postgres. */
class PostgresErrorsTest extends ErrorsContract {

    @Override
    String engine() {
        return "postgres";
    }
}
