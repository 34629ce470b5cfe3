package io.systemprompt.database.codegen;

import io.systemprompt.database.Database;
import io.systemprompt.database.config.DatabaseConfig;
import io.systemprompt.database.config.EngineType;
import io.systemprompt.database.testing.ModuleTree;
import io.systemprompt.database.testing.PostgresScratch;
import io.systemprompt.database.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The generated code compiled and run: create, find, update, delete and count through the generated
 * accessors of the test tree and of the example modules, on a SQLite file and on PostgreSQL. The
 * drivers are plain Java kept in {@code src/test/resources/codegen/}, compiled with the generated code.
 */
class GeneratedCodeRoundTripTest {
    @TempDir
    static Path dir;

    private static Path tree;
    private static URLClassLoader loader;

    @BeforeAll
    static void generateAndCompile() throws Exception {
        tree = CodegenTree.write(dir.resolve("modules"));
        List<GeneratedFile> files = new ArrayList<>(CodeGenerator.generate(
                GenerateOptions.of(List.of(tree.toString()), dir.resolve("unused")).withBasePackage("com.example.db")));
        files.addAll(CodeGenerator.generate(GenerateOptions.of(List.of(TestDatabases.EXAMPLES), dir.resolve("unused"))));
        loader = GeneratedCode.compile(files, dir.resolve("compiled"), "AppDefaultDriver", "ExampleDriver");
    }

    @AfterAll
    static void close() throws Exception {
        loader.close();
    }

    @ParameterizedTest
    @EnumSource(EngineType.class)
    void everyShapeRoundTrips(EngineType engine) throws Exception {
        run(engine, tree.toString(), "AppDefaultDriver");
    }

    @ParameterizedTest
    @EnumSource(EngineType.class)
    void theDescriptionsConfigExampleRoundTrips(EngineType engine) throws Exception {
        run(engine, TestDatabases.EXAMPLES, "ExampleDriver");
    }

    @Test
    void postgresCatalogGivesTheSameJava() {
        try (PostgresScratch server = PostgresScratch.create()) {
            DatabaseConfig pg = server.config().build();
            List<GeneratedFile> checked = CodeGenerator.generate(GenerateOptions.of(List.of(tree.toString()),
                    dir.resolve("unused")).withPostgresCheck(pg));
            assertThat(checked).hasSize(30);
            CodeGenerator.generate(GenerateOptions.of(List.of(TestDatabases.EXAMPLES), dir.resolve("unused"))
                    .withPostgresCheck(pg));
        }
    }

    @Test
    void postgresCheckFailsWhenAnOverrideMeansSomethingElse() {
        Path root = dir.resolve("differs");
        ModuleTree.Module odd = new ModuleTree(root).module("app/odd")
                .schema("CREATE TABLE odd (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n");
        writeOverride(odd.file("database/schema.postgres.sql"));
        try (PostgresScratch server = PostgresScratch.create()) {
            GenerateOptions options = GenerateOptions.of(List.of(root.toString()), dir.resolve("unused"))
                    .withPostgresCheck(server.config().build());
            assertThatThrownBy(() -> CodeGenerator.generate(options)).isInstanceOf(CodegenException.class)
                    .hasMessageContaining("different Java on SQLite and PostgreSQL")
                    .hasMessageContaining("io/systemprompt/modules/app/odd/Odd.java")
                    .hasMessageContaining("String name");
        }
    }

    private static void writeOverride(Path file) {
        try {
            java.nio.file.Files.writeString(file, "CREATE TABLE odd (id BIGINT PRIMARY KEY, name TEXT);\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void run(EngineType engine, String roots, String driver) throws Exception {
        Consumer<Database> program = (Consumer<Database>) loader.loadClass(driver).getConstructor().newInstance();
        if (engine == EngineType.SQLITE) {
            Path file = dir.resolve(driver + "-" + System.nanoTime());
            try (Database db = Database.open(TestDatabases.sqlite(file).moduleRoots(List.of(roots)).build())) {
                db.migrationService().migrate().orThrow();
                program.accept(db);
            }
        } else {
            try (PostgresScratch server = PostgresScratch.create();
                    Database db = Database.open(server.config().moduleRoots(List.of(roots)).build())) {
                db.migrationService().migrate().orThrow();
                program.accept(db);
            }
        }
    }
}
