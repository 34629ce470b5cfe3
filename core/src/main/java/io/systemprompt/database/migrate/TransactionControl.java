package io.systemprompt.database.migrate;

import io.systemprompt.database.config.EngineType;
import io.systemprompt.database.engine.ReadOnlyRules;
import io.systemprompt.database.module.EngineFiles;
import io.systemprompt.database.module.Migration;
import io.systemprompt.database.script.SqlSplitter;
import io.systemprompt.database.script.SqlStatement;
import io.systemprompt.database.script.SqlToken;

/**
 * Refuses transaction control ({@code BEGIN}, {@code COMMIT}, {@code END}, {@code ROLLBACK},
 * {@code SAVEPOINT}, {@code RELEASE}, …) at the top level of a file that runs inside the step's own
 * transaction: a {@code COMMIT} there would make the earlier statements permanent and run the rest
 * outside any transaction, so a failure could no longer roll the step back whole. The splitter keeps a
 * trigger's {@code BEGIN … END} body and dollar-quoted bodies inside their statement, so those are not
 * mistaken for it. Files marked {@code -- spdb:no-transaction} own their transactions and may use it.
 */
final class TransactionControl {
    private TransactionControl() {
    }

    /**
     * Throws before anything runs (and before translation, so both engines say the same) when the
     * file this engine runs controls transactions.
     */
    static void refuse(String module, EngineFiles files, EngineType engine) {
        if (files == null) {
            return;
        }
        files.forEngine(engine).ifPresent(file -> {
            for (SqlStatement s : SqlSplitter.split(file)) {
                String keyword = s.tokens().stream().filter(t -> !t.isTrivia()).findFirst().map(SqlToken::upper)
                        .orElse("");
                if (ReadOnlyRules.TRANSACTION_CONTROL.contains(keyword)) {
                    throw new MigrationException(MigrationException.Reason.STATEMENT_FAILED, module,
                            file.location(), "Module " + module + ": " + file.location() + ":" + s.line() + ":"
                            + s.column() + ": " + keyword + " is transaction control, which spdb owns: each file"
                            + " runs in one transaction that commits or rolls back whole.\n  Nothing was run."
                            + " Remove the " + keyword + " statement, or mark the migration '-- "
                            + Migration.NO_TRANSACTION_MARKER + "' if it must manage its own transactions.", null);
                }
            }
        });
    }
}
