package io.systemprompt.database.maven;

import io.systemprompt.database.config.DatabaseConfig;
import io.systemprompt.database.module.ModuleSource;
import io.systemprompt.database.module.ModuleSet;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Checks the project's modules without a database: discovery (keys, {@code module.yaml}, dependencies
 * and cycles, migration file names), then every file split by the lexer and every file PostgreSQL
 * would run translated, so a construct without a safe translation fails the build instead of a deploy.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractSpdbMojo {

    @Override
    protected void run(DatabaseConfig config) throws MojoFailureException {
        ModuleSet modules = new ModuleSource(config).modules();
        List<String> problems = ModuleFilesCheck.check(modules);
        for (String problem : problems) {
            getLog().error(problem);
        }
        if (!problems.isEmpty()) {
            throw new MojoFailureException("spdb: " + problems.size() + " module file(s) cannot run on both engines;"
                    + " see the errors above. Fix the SQL, or add an engine override file (.postgres.sql) next to it.");
        }
        getLog().info("spdb: " + modules.list().size() + " module(s) valid for SQLite and PostgreSQL: "
                + String.join(", ", modules.keys()));
    }
}
