package io.systemprompt.database.cli;

class SqliteBooleanOutputTest extends BooleanOutputContract {
    @Override
    String engine() {
        return "sqlite";
    }
}
