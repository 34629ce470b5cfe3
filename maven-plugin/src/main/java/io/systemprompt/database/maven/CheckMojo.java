package io.systemprompt.database.maven;

import io.systemprompt.database.codegen.CodeGenerator;
import io.systemprompt.database.config.DatabaseConfig;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * For projects that keep the generated sources in version control: fails the build when they no longer
 * match the module SQL (a file is missing, differs, or is a generated file no table gives any more),
 * naming every such file and the command that regenerates them. Writes nothing.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckMojo extends AbstractCodegenMojo {

    /** The checked-in source root that holds the generated packages. */
    @Parameter(property = "spdb.outputDirectory", defaultValue = "${project.basedir}/src/main/generated")
    protected File outputDirectory;

    @Override
    protected File outputDirectory() {
        return outputDirectory;
    }

    @Override
    protected void run(DatabaseConfig config) throws MojoFailureException {
        List<Path> stale = CodeGenerator.check(options(config));
        if (stale.isEmpty()) {
            getLog().info("spdb: generated sources in " + relative(outputDirectory) + " are up to date");
            return;
        }
        StringBuilder message = new StringBuilder("spdb: ").append(stale.size())
                .append(" generated file(s) do not match the module SQL:");
        for (Path path : stale) {
            message.append("\n  ").append(relative(path.toFile()));
        }
        message.append("\nRegenerate them with: ").append(regenerateCommand(outputDirectory))
                .append("\nand commit the result.");
        throw new MojoFailureException(message.toString());
    }
}
