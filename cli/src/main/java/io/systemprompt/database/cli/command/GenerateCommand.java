package io.systemprompt.database.cli.command;

import io.systemprompt.database.cli.CliException;
import io.systemprompt.database.cli.render.Output;
import io.systemprompt.database.codegen.CodeGenerator;
import io.systemprompt.database.codegen.GenerateOptions;
import io.systemprompt.database.codegen.NullableStyle;
import io.systemprompt.database.config.DatabaseConfig;
import io.systemprompt.database.config.EngineType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code spdb generate}: Java records, inputs, filters and typed accessors from the module SQL, applied
 * to a scratch in-memory SQLite database. {@code --check} writes nothing and fails naming the stale files.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate Java types (records, Create/Update inputs, filters, typed accessors) from the"
                + " module SQL; --check fails when the generated sources on disk are stale.",
        footerHeading = "%nExamples:%n",
        footer = {"  spdb generate --out src/main/generated",
                "  spdb generate --out src/main/generated --package com.example.db --module core/config",
                "  spdb generate --out src/main/generated --check",
                "  spdb generate --out target/gen --check-postgres --pg-db postgres"})
final class GenerateCommand extends ConfiguredCommand {

    @Option(names = "--out", required = true, paramLabel = "<dir>", description = "Source root to write under.")
    Path out;

    @Option(names = "--package", paramLabel = "<base>", defaultValue = GenerateOptions.DEFAULT_PACKAGE,
            description = "Base package; module core/config goes to <base>.core.config. Default: ${DEFAULT-VALUE}.")
    String basePackage;

    @Option(names = "--module", paramLabel = "<key>", description = "Only this module (all modules are still applied).")
    String module;

    @Option(names = "--nullable", paramLabel = "optional|boxed", defaultValue = "optional",
            description = "Nullable columns as Optional<T> (default) or as nullable boxed types.")
    String nullable;

    @Option(names = "--check", description = "Write nothing; exit 1 naming the files that differ from what would be generated.")
    boolean check;

    @Option(names = "--check-postgres", description = "Also apply the translated SQL to a scratch database on the"
            + " PostgreSQL server (POSTGRES_* or --pg-*; needs CREATEDB) and fail when its catalog gives different Java.")
    boolean checkPostgres;

    @Override
    public Integer call() {
        Output o = Output.of(spec, output);
        GenerateOptions options = options();
        List<Path> paths = check ? CodeGenerator.check(options) : CodeGenerator.write(options);
        if (check && !paths.isEmpty()) {
            throw CliException.failure("generate --check: " + paths.size() + " generated file(s) are stale:\n  "
                    + String.join("\n  ", paths.stream().map(Path::toString).toList()),
                    "run 'spdb generate --out " + out + "' (same options, without --check) and commit the result.", null);
        }
        if (o.json()) {
            o.document(Docs.map("command", "generate", "out", out.toString(), "check", check,
                    check ? "stale" : "changed", paths.stream().map(Path::toString).toList()));
        } else if (check) {
            o.note("Generated sources under " + out + " are up to date.");
        } else {
            paths.forEach(p -> o.data("wrote   " + p));
            o.note(paths.isEmpty() ? "Generated sources under " + out + " were already up to date."
                    : paths.size() + " file(s) written or removed under " + out + ".");
        }
        return 0;
    }

    private GenerateOptions options() {
        NullableStyle style = switch (nullable) {
            case "optional" -> NullableStyle.OPTIONAL;
            case "boxed" -> NullableStyle.BOXED;
            default -> throw CliException.usage("--nullable must be optional or boxed, not '" + nullable + "'.",
                    "pass --nullable optional or --nullable boxed.");
        };
        DatabaseConfig config = connection.config();
        try {
            GenerateOptions options = GenerateOptions.of(config.moduleRoots(), out).withBasePackage(basePackage)
                    .withModule(module).withNullableStyle(style);
            return checkPostgres ? options.withPostgresCheck(connection.builder(System.getenv())
                    .engine(EngineType.POSTGRES).build()) : options;
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage(), "pass --package with a Java package name, e.g. com.example.db.");
        }
    }
}
