package io.systemprompt.database.codegen;

import io.systemprompt.database.testing.ModuleTree;
import io.systemprompt.database.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the generator writes for the test tree and the example modules, without a server. */
class CodeGeneratorTest {
    @TempDir
    Path dir;

    private GenerateOptions options() {
        Path root = CodegenTree.write(dir.resolve("modules"));
        return GenerateOptions.of(List.of(root.toString()), dir.resolve("out")).withBasePackage("com.example.db");
    }

    private static Map<String, String> byName(List<GeneratedFile> files) {
        return files.stream().collect(Collectors.toMap(f -> f.path().getFileName().toString(), GeneratedFile::content));
    }

    @Test
    void generatedCodeForEveryShapeCompilesWithoutWarnings() throws Exception {
        List<GeneratedFile> files = CodeGenerator.generate(options());
        assertThat(files).extracting(f -> f.path().toString().replace('\\', '/')).contains(
                "com/example/db/app/default_/Group.java", "com/example/db/app/default_/Groups.java",
                "com/example/db/app/default_/Sample.java", "com/example/db/app/default_/CreateSample.java",
                "com/example/db/app/default_/UpdateSample.java", "com/example/db/app/default_/SampleFilter.java",
                "com/example/db/app/default_/Country.java", "com/example/db/app/default_/Membership.java",
                "com/example/db/app/default_/AuditLog.java", "com/example/db/app/default_/AuditLogs.java",
                "com/example/db/app/reports/ReportRun.java");
        try (URLClassLoader loader = GeneratedCode.compile(files, dir.resolve("compiled"))) {
            assertThat(loader.loadClass("com.example.db.app.default_.Sample").isRecord()).isTrue();
        }
    }

    @Test
    void typesNamesEnumsKeysAndDocsComeFromTheCatalogAndComments() {
        Map<String, String> files = byName(CodeGenerator.generate(options()));
        String sample = files.get("Sample.java");
        assertThat(sample).contains("long big,", "Optional<Long> bigNull,", "double ratio,", "Optional<Double> ratioNull,",
                "String label,", "Optional<String> note,", "boolean flag,", "Optional<Boolean> flagNull,",
                "Instant happenedAt,", "Optional<Instant> happenedNull,", "LocalDate day,", "Optional<LocalDate> dayNull,",
                "byte[] data,", "Optional<byte[]> dataNull,", "String doc,", "Sample.Status status,",
                "Optional<Sample.Priority> priority,", "Optional<Long> rating) {",
                "IN_PROGRESS(\"in-progress\")", "public enum Status implements StoredText",
                "One row per sample value;\n * every column type, nullable and not.",
                "@param rating column {@code rating}, INTEGER, nullable: Stars from 1 to 5, when rated.");
        assertThat(files.get("Group.java")).contains("long order,", "Optional<String> key,", "boolean default_)",
                "ORDER(\"order\")", "DEFAULT(\"default\")", "Groups of things, named by a reserved word.",
                "NOT NULL: Position in lists.", "nullable: an optional lookup key");
        assertThat(files.get("CreateSample.java")).contains(
                "public CreateSample(\n            long big,\n            double ratio,\n            String label,\n"
                        + "            boolean flag,\n            Instant happenedAt,\n            LocalDate day,\n"
                        + "            byte[] data,\n            String doc) {",
                "public CreateSample withStatus(Sample.Status status)", "public CreateSample withRating(Long rating)")
                .doesNotContain("withId(");
        assertThat(files.get("CreateCountry.java")).contains("public CreateCountry(String code, String name)");
        assertThat(files.get("Groups.java")).contains("public Optional<Group> findById(long id)",
                "public Optional<Group> findByName(String name)");
        assertThat(files.get("Memberships.java")).contains(
                "public Optional<Membership> findById(long groupId, String countryCode)",
                "public boolean delete(long groupId, String countryCode)");
        assertThat(files.get("AuditLogs.java")).contains("has no primary key", "public AuditLog create(CreateAuditLog input)")
                .doesNotContain("findById", "update(", "delete(");
        assertThat(files.get("UpdateMembership.java")).contains("withRole(Membership.Role role)")
                .doesNotContain("withGroupId");
        assertThat(files.get("SampleFilter.java")).contains("whereNoteIsNull()", "whereStatusIn(Collection<Sample.Status> status)")
                .doesNotContain("whereLabelIsNull");
    }

    @Test
    void boxedStyleUsesNullableReferenceTypes() {
        Map<String, String> files = byName(CodeGenerator.generate(options().withNullableStyle(NullableStyle.BOXED)));
        assertThat(files.get("Sample.java")).contains("Long bigNull,", "Sample.Priority priority,")
                .doesNotContain("Optional");
    }

    @Test
    void regeneratingGivesIdenticalBytesAndRewritesNothing() throws IOException {
        GenerateOptions options = options();
        List<Path> first = CodeGenerator.write(options);
        Map<Path, byte[]> bytes = new java.util.TreeMap<>();
        for (Path p : first) {
            bytes.put(p, Files.readAllBytes(p));
        }
        assertThat(first).hasSize(6 * 5);
        assertThat(CodeGenerator.write(options)).isEmpty();
        for (Map.Entry<Path, byte[]> e : bytes.entrySet()) {
            assertThat(Files.readAllBytes(e.getKey())).as(e.getKey().toString()).isEqualTo(e.getValue());
        }
        assertThat(CodeGenerator.generate(options)).isEqualTo(CodeGenerator.generate(options));
    }

    @Test
    void checkNamesStaleFilesAfterAMigrationAddsAColumnUntilRegenerated() {
        GenerateOptions options = options();
        CodeGenerator.write(options);
        assertThat(CodeGenerator.check(options)).isEmpty();
        new ModuleTree(dir.resolve("modules")).module(CodegenTree.MODULE).migration("002_add_group_color.sql",
                "ALTER TABLE \"group\" ADD COLUMN color TEXT;\n");
        Path pkg = dir.resolve("out/com/example/db/app/default_");
        assertThat(CodeGenerator.check(options)).containsExactly(pkg.resolve("CreateGroup.java"),
                pkg.resolve("Group.java"), pkg.resolve("GroupFilter.java"), pkg.resolve("Groups.java"),
                pkg.resolve("UpdateGroup.java"));
        CodeGenerator.write(options);
        assertThat(CodeGenerator.check(options)).isEmpty();
    }

    @Test
    void checkReportsGeneratedFilesNoTableGivesAnyMore() throws IOException {
        GenerateOptions options = options();
        CodeGenerator.write(options);
        Path old = dir.resolve("out/com/example/db/app/default_/OldTable.java");
        Files.writeString(old, "// Generated by spdb generate from the SQL of module app/default.\n");
        Path handWritten = dir.resolve("out/com/example/db/app/default_/Helper.java");
        Files.writeString(handWritten, "package com.example.db.app.default_;\n");
        assertThat(CodeGenerator.check(options)).containsExactly(old);
        assertThat(CodeGenerator.write(options)).containsExactly(old);
        assertThat(old).doesNotExist();
        assertThat(handWritten).exists();
    }

    @Test
    void oneModuleOnlyAndUnknownModules() {
        List<GeneratedFile> files = CodeGenerator.generate(options().withModule("app/reports"));
        assertThat(files).extracting(GeneratedFile::module).containsOnly("app/reports");
        assertThat(files).hasSize(5);
        assertThatThrownBy(() -> CodeGenerator.generate(options().withModule("app/nope")))
                .isInstanceOf(CodegenException.class).hasMessageContaining("No module 'app/nope'")
                .hasMessageContaining("app/default");
    }

    @Test
    void badSqlNamesTheModuleFileAndLine() {
        GenerateOptions options = options();
        new ModuleTree(dir.resolve("modules")).module("app/broken").schema("CREATE TABLE ok (id INTEGER);\nCREATE TABLE (;\n");
        assertThatThrownBy(() -> CodeGenerator.generate(options)).hasMessageContaining("app/broken")
                .hasMessageContaining("schema.sql").hasMessageContaining("2:1");
    }

    @Test
    void badBasePackageIsRefused() {
        assertThatThrownBy(() -> options().withBasePackage("com.example.class"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("keyword 'class'");
        assertThatThrownBy(() -> options().withBasePackage("com..x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exampleModulesGenerateTheDescriptionsTypes() {
        Map<String, String> files = byName(CodeGenerator.generate(GenerateOptions.of(List.of(TestDatabases.EXAMPLES),
                dir.resolve("out"))));
        assertThat(files.get("ConfigSetting.java")).startsWith("// Generated by spdb generate from the SQL of module core/config.")
                .contains("package io.systemprompt.modules.core.config;", "public record ConfigSetting(");
        assertThat(files.get("CreateConfigSetting.java")).contains("public CreateConfigSetting(String key, String value)");
        assertThat(files.get("User.java")).contains("User.Status status,", "SUSPENDED(\"suspended\")");
        assertThat(files.get("Users.java")).contains("findByUsername(String username)", "findByEmail(String email)");
        assertThat(files.get("AuthTokens.java")).contains("findByUserIdAndName(long userId, String name)");
    }
}
