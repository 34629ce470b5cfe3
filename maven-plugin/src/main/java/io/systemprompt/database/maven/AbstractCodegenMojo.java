package io.systemprompt.database.maven;

import io.systemprompt.database.codegen.GenerateOptions;
import io.systemprompt.database.codegen.NullableStyle;
import io.systemprompt.database.config.DatabaseConfig;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What {@code spdb:generate} and {@code spdb:check} share: the generator's options, which must be the
 * same for both so that {@code check} compares against exactly what {@code generate} would write.
 */
public abstract class AbstractCodegenMojo extends AbstractSpdbMojo {

    /** The package the module packages go under ({@code app/notes} becomes {@code <basePackage>.app.notes}). */
    @Parameter(property = "spdb.basePackage", defaultValue = GenerateOptions.DEFAULT_PACKAGE)
    protected String basePackage;

    /** Only this module's types (every module is still applied, since it may depend on others); all when unset. */
    @Parameter(property = "spdb.module")
    protected String module;

    /** Nullable columns as {@code optional} ({@code Optional<T>} components) or {@code boxed} ({@code Long}, null for NULL). */
    @Parameter(property = "spdb.nullable", defaultValue = "optional")
    protected String nullable;

    /** The source root the generated packages are under. */
    protected abstract File outputDirectory();

    /** The generator's options for this project: its module roots, the output folder and the parameters above. */
    GenerateOptions options(DatabaseConfig config) throws MojoFailureException {
        return GenerateOptions.of(config.moduleRoots(), outputDirectory().toPath())
                .withBasePackage(basePackage == null ? "" : basePackage.trim())
                .withModule(module == null || module.isBlank() ? null : module.trim())
                .withNullableStyle(nullableStyle());
    }

    private NullableStyle nullableStyle() throws MojoFailureException {
        String style = nullable == null ? "optional" : nullable.trim().toLowerCase(Locale.ROOT);
        return switch (style) {
            case "optional" -> NullableStyle.OPTIONAL;
            case "boxed" -> NullableStyle.BOXED;
            default -> throw new MojoFailureException("spdb: <nullable> is '" + nullable
                    + "'; use optional (Optional<T> components) or boxed (Long, String, null for NULL).");
        };
    }

    /**
     * The command line that regenerates into {@code directory} with these options, for messages.
     * Options left at their defaults are not repeated.
     */
    String regenerateCommand(File directory) {
        StringBuilder command = new StringBuilder("mvn spdb:generate -Dspdb.outputDirectory=")
                .append(relative(directory));
        if (basePackage != null && !basePackage.trim().equals(GenerateOptions.DEFAULT_PACKAGE)) {
            command.append(" -Dspdb.basePackage=").append(basePackage.trim());
        }
        if (module != null && !module.isBlank()) {
            command.append(" -Dspdb.module=").append(module.trim());
        }
        if (nullable != null && nullable.trim().equalsIgnoreCase("boxed")) {
            command.append(" -Dspdb.nullable=boxed");
        }
        return command.toString();
    }

    /** A path relative to the project folder when it is inside it, for short messages. */
    String relative(File path) {
        Path base = basedir.toPath().toAbsolutePath().normalize();
        Path p = path.toPath().toAbsolutePath().normalize();
        return p.startsWith(base) ? base.relativize(p).toString() : p.toString();
    }
}
