package io.systemprompt.database.cli;

/** {@link ErrorsContract} on sqlite. */
class SqliteErrorsTest extends ErrorsContract {

    @Override
    String engine() {
        return "sqlite";
    }
}
