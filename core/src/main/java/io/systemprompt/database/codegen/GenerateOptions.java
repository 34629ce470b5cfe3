package io.systemprompt.database.codegen;

import io.systemprompt.database.config.DatabaseConfig;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@link CodeGenerator} generates, and where.
 *
 * @param moduleRoots     module roots in {@code DB_MODULE_ROOTS} form: folders, or {@code classpath:prefix}
 * @param outputDirectory the source root the packages are written under, e.g. {@code target/generated-sources/spdb}
 * @param basePackage     the package the module packages go under ({@code core/config} becomes
 *                        {@code <basePackage>.core.config}); empty for none
 * @param module          the key of the one module to generate, or null for every module
 * @param nullableStyle   how nullable columns appear in row records
 * @param postgres        a PostgreSQL server to check against, or null: a scratch database is created
 *                        there (the user needs CREATEDB), the modules' translated SQL applied, and
 *                        generation fails when its catalog would give different Java than SQLite's
 */
public record GenerateOptions(List<String> moduleRoots, Path outputDirectory, String basePackage, String module,
        NullableStyle nullableStyle, DatabaseConfig postgres) {

    /** The base package when none is given. */
    public static final String DEFAULT_PACKAGE = "io.systemprompt.modules";

    /** Checks the values. */
    public GenerateOptions {
        moduleRoots = List.copyOf(moduleRoots);
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(basePackage, "basePackage");
        Objects.requireNonNull(nullableStyle, "nullableStyle");
        if (!basePackage.isEmpty() && !basePackage.matches("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*")) {
            throw new IllegalArgumentException("The base package '" + basePackage + "' is not a Java package name,"
                    + " e.g. com.example.db.");
        }
        for (String segment : basePackage.split("\\.")) {
            if (JavaNames.KEYWORDS.contains(segment)) {
                throw new IllegalArgumentException("The base package '" + basePackage + "' contains the Java keyword '"
                        + segment + "'; choose another name.");
            }
        }
    }

    /** Every module of {@code moduleRoots} into {@code outputDirectory}, under {@link #DEFAULT_PACKAGE}, Optional for NULL. */
    public static GenerateOptions of(List<String> moduleRoots, Path outputDirectory) {
        return new GenerateOptions(moduleRoots, outputDirectory, DEFAULT_PACKAGE, null, NullableStyle.OPTIONAL, null);
    }

    /** The same options with another base package. */
    public GenerateOptions withBasePackage(String pkg) {
        return new GenerateOptions(moduleRoots, outputDirectory, pkg, module, nullableStyle, postgres);
    }

    /** The same options for one module only (null: all). */
    public GenerateOptions withModule(String key) {
        return new GenerateOptions(moduleRoots, outputDirectory, basePackage, key, nullableStyle, postgres);
    }

    /** The same options with another style for nullable columns. */
    public GenerateOptions withNullableStyle(NullableStyle style) {
        return new GenerateOptions(moduleRoots, outputDirectory, basePackage, module, style, postgres);
    }

    /** The same options, also checked against a scratch database on this PostgreSQL server (null: not). */
    public GenerateOptions withPostgresCheck(DatabaseConfig server) {
        return new GenerateOptions(moduleRoots, outputDirectory, basePackage, module, nullableStyle, server);
    }
}
