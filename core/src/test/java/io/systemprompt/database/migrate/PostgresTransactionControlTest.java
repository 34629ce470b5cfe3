package io.systemprompt.database.migrate;

import io.systemprompt.database.config.DatabaseConfigBuilder;
import io.systemprompt.database.testing.PostgresPerClass;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresTransactionControlTest extends TransactionControlContract {
    @RegisterExtension
    static final PostgresPerClass PG = new PostgresPerClass();

    @Override
    protected DatabaseConfigBuilder freshConfig() {
        return PG.freshConfig();
    }
}
