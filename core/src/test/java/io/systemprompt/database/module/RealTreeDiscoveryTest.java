package io.systemprompt.database.module;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Discovery of trees laid out as SystemPrompt OS lays out its own modules. */
class RealTreeDiscoveryTest {
    @TempDir
    Path dir;

    @Test
    void moduleNamedDatabaseKeepsItsOwnSqlFolder() {
        ModuleSet set = new ModuleTree(dir)
                .file("core/database/module.yaml", "name: database\ntype: core\nversion: ${DB_VERSION_UNSET_X:-2.0.0}\n")
                .file("core/database/database/schema.sql", "CREATE TABLE db_info (id INTEGER);\n")
                .discover();
        assertThat(set.keys()).containsExactly("core/database");
        DatabaseModule m = set.get("core/database").orElseThrow();
        assertThat(m.schemaFiles()).isPresent();
        assertThat(m.version()).isEqualTo("2.0.0");
    }

    @Test
    void moduleNamedDatabaseWithoutYamlIsFoundToo() {
        ModuleSet set = new ModuleTree(dir).file("core/database/database/schema.sql", "CREATE TABLE x (id INTEGER);\n")
                .discover();
        assertThat(set.keys()).containsExactly("core/database");
    }

    @Test
    void modulesBelowAModuleFolderAreModules() {
        ModuleSet set = new ModuleTree(dir)
                .file("extensions/blog/module.yaml", "name: blog\n")
                .file("extensions/blog/database/schema.sql", "CREATE TABLE blog_posts (id INTEGER);\n")
                .file("extensions/blog/comments/module.yaml", "name: comments\ndependencies: [blog]\n")
                .file("extensions/blog/comments/database/schema.sql", "CREATE TABLE blog_comments (id INTEGER);\n")
                .file("extensions/blog/database/migrations/001_a.sql", "CREATE TABLE blog_tags (id INTEGER);\n")
                .discover();
        assertThat(set.keys()).containsExactly("extensions/blog", "extensions/blog/comments");
        assertThat(set.get("extensions/blog").orElseThrow().migrations()).hasSize(1);
        assertThat(set.get("extensions/blog/comments").orElseThrow().dependencies()).containsExactly("extensions/blog");
    }

    @Test
    void bareNamesResolveByLastSegmentOrName() {
        ModuleSet set = new ModuleTree(dir)
                .file("core/logger/module.yaml", "name: logger\n")
                .file("core/auth-service/module.yaml", "name: auth\n")
                .file("core/database/module.yaml", "name: database\n")
                .file("core/database/database/schema.sql", "CREATE TABLE db_x (id INTEGER);\n")
                .file("core/users/module.yaml", "name: users\ndependencies: [logger, database, auth, core/logger]\n")
                .discover();
        assertThat(set.get("core/users").orElseThrow().dependencies())
                .containsExactly("core/logger", "core/database", "core/auth-service");
        assertThat(set.keys().indexOf("core/users")).isGreaterThan(set.keys().indexOf("core/database"));
    }

    @Test
    void unknownKeysAreIgnoredAndDisabledModulesAreReported() {
        ModuleSet set = new ModuleTree(dir)
                .file("core/cli/module.yaml", """
                        name: cli
                        type: core
                        version: 1.0.0
                        enabled: true
                        autoStart: true
                        config:
                          level: ${LOG_LEVEL:-info}
                          nested: {a: [1, 2]}
                        cli:
                          commands: [{name: status, description: "Show"}]
                        exports: [CliService]
                        dependencies: []
                        """)
                .file("core/old/module.yaml", "name: old\nenabled: ${OLD_MODULE_ENABLED_UNSET_X:-false}\n")
                .file("core/old/database/schema.sql", "CREATE TABLE old_x (id INTEGER);\n")
                .discover();
        assertThat(set.keys()).containsExactly("core/cli");
        assertThat(set.disabled()).extracting(DatabaseModule::key).containsExactly("core/old");
        assertThat(set.toString()).contains("disabled: [core/old]");
    }

    @Test
    void strayFilesAreSeparatedFromModuleSql() {
        assertThat(StrayFiles.isStray("notes.sql")).isTrue();
        assertThat(StrayFiles.isStray("models/seed.sql")).isTrue();
        assertThat(StrayFiles.isStray("schema.sql")).isFalse();
        assertThat(StrayFiles.isStray("init.postgres.sql")).isFalse();
        assertThat(StrayFiles.isStray("migrations/001_a.sql")).isFalse();
        assertThat(StrayFiles.isStray("models/index.ts")).isFalse();
    }

    @Test
    void strayFilesAndAMissingDefaultRootAreWarned() {
        ModuleSet set = new ModuleTree(dir).module("core/a")
                .file("core/a/database/notes.sql", "SELECT 1;\n")
                .file("core/a/database/models/index.ts", "export {};\n")
                .discover();
        assertThat(set.warnings()).singleElement().asString()
                .contains(dir.resolve("core/a/database/notes.sql").toString()).contains("never run");
        Path missing = dir.resolve("nowhere/src/modules");
        ModuleSet none = ModuleDiscovery.discover(java.util.List.of(new ModuleRoot.Directory(missing)),
                ModuleDiscovery.MissingRoot.SKIP);
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.warnings()).singleElement().asString()
                .contains(missing.toAbsolutePath().toString()).contains("DB_MODULE_ROOTS");
    }

    @Test
    void toStringIsShort() {
        ModuleSet set = new ModuleTree(dir).module("core/a").discover();
        String s = set.get("core/a").orElseThrow().toString();
        assertThat(s).contains("core/a").doesNotContain("CREATE");
    }
}
