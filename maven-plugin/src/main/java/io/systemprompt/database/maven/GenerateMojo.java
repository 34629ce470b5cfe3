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
import org.apache.maven.project.MavenProject;

/**
 * Generates Java records and typed accessors from the project's modules, as {@code spdb generate}
 * does, and adds the output folder as a compile source root, so the build compiles against types that
 * always match the module SQL. Files whose content did not change are left untouched.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractCodegenMojo {

    /** The source root to write into; added to the project's compile source roots. */
    @Parameter(property = "spdb.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/spdb")
    protected File outputDirectory;

    /** The project being built, whose compile source roots gain {@link #outputDirectory}. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Override
    protected File outputDirectory() {
        return outputDirectory;
    }

    @Override
    protected void run(DatabaseConfig config) throws MojoFailureException {
        List<Path> changed = CodeGenerator.write(options(config));
        for (Path path : changed) {
            getLog().debug("spdb: wrote or removed " + path);
        }
        project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
        getLog().info("spdb: generated sources in " + relative(outputDirectory) + " (" + changed.size()
                + " file(s) written or removed, the rest up to date)");
    }
}
