package io.systemprompt.database.spring;

import io.systemprompt.database.DatabaseException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a start-up failure caused by the library (bad configuration, an unreachable server, a module
 * file that fails to install or migrate) into Spring Boot's failure report with the library's own
 * message, which names the module, file, line:column and what to do, instead of a bean-creation trace.
 */
public class DatabaseFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseException cause) {
        return new FailureAnalysis("The SystemPrompt database could not be opened and migrated:\n\n" + cause.getMessage(),
                "Fix what the message above names (the systemprompt.database.* properties or DATABASE_*/POSTGRES_*/DB_*"
                        + " variables, or the module file), then start the application again. Nothing of the failed"
                        + " step was kept.", cause);
    }
}
