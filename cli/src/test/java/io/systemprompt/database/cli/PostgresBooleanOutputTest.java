package io.systemprompt.database.cli;

class PostgresBooleanOutputTest extends BooleanOutputContract {
    @Override
    String engine() {
        return "postgres";
    }
}
