package io.systemprompt.database.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.systemprompt.database.module.ModuleDiscoveryException.Reason;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleDiscoveryErrorTest {
    @TempDir
    Path dir;
    @TempDir
    Path other;

    private AbstractThrowableAssert<?, ? extends Throwable> failsWith(Reason reason, ModuleTree tree) {
        return failsWith(reason, () -> tree.discover());
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> failsWith(Reason reason, Runnable action) {
        return assertThatThrownBy(action::run).isInstanceOf(ModuleDiscoveryException.class)
                .satisfies(e -> assertThat(((ModuleDiscoveryException) e).reason()).isEqualTo(reason));
    }

    @Test
    void duplicateKeyAcrossRootsNamesBothPlaces() {
        new ModuleTree(dir).module("core/auth");
        new ModuleTree(other).module("core/auth");
        failsWith(Reason.DUPLICATE_KEY, () -> ModuleDiscovery.discover(
                List.of(new ModuleRoot.Directory(dir), new ModuleRoot.Directory(other))))
                .hasMessageContaining("'core/auth'")
                .hasMessageContaining(dir.resolve("core").toString())
                .hasMessageContaining(other.resolve("core").toString());
    }

    @Test
    void unknownDependencyNamesModuleAndMissingKey() {
        failsWith(Reason.UNKNOWN_DEPENDENCY, new ModuleTree(dir).module("core/users").module("core/auth", "core/userz"))
                .hasMessageContaining("'core/auth'").hasMessageContaining("'core/userz'")
                .hasMessageContaining("module.yaml").hasMessageContaining("core/users");
    }

    @Test
    void runtimeCycleWithoutForeignKeysInstallsByKeyAndWarns() {
        ModuleTree tree = new ModuleTree(dir).module("core/config")
                .module("core/users", "core/permissions").module("core/permissions", "core/users")
                .module("core/audit", "core/users");
        ModuleSet set = tree.discover();
        assertThat(set.keys()).containsExactly("core/config", "core/permissions", "core/users", "core/audit");
        assertThat(set.warnings()).singleElement().asString()
                .contains("cycle: core/permissions -> core/users -> core/permissions")
                .contains("order [core/permissions, core/users]");
    }

    @Test
    void runtimeCycleIsOrderedByForeignKeys() {
        ModuleTree tree = new ModuleTree(dir)
                .file("a/module.yaml", "dependencies: [b]\n")
                .file("a/database/schema.sql", "CREATE TABLE a_items (id INTEGER PRIMARY KEY);\n")
                .file("b/module.yaml", "dependencies: [a]\n")
                .file("b/database/schema.sql", "CREATE TABLE b_links (id INTEGER PRIMARY KEY,\n"
                        + "  item_id INTEGER REFERENCES a_items(id));\n");
        assertThat(tree.discover().keys()).containsExactly("a", "b");
        tree.file("a/database/schema.sql", "CREATE TABLE a_items (id INTEGER PRIMARY KEY);\n"
                + "CREATE TABLE a_z (id INTEGER PRIMARY KEY);\n")
                .file("b/database/schema.sql", "CREATE TABLE b_links (id INTEGER PRIMARY KEY);\n")
                .file("a/database/migrations/001_x.sql", "CREATE TABLE a_y (id INTEGER REFERENCES b_links(id));\n");
        assertThat(tree.discover().keys()).containsExactly("b", "a");
    }

    @Test
    void foreignKeysThatCannotBeOrderedNameTheTables() {
        ModuleTree tree = new ModuleTree(dir)
                .file("a/database/schema.sql", "CREATE TABLE a_items (id INTEGER PRIMARY KEY,\n"
                        + "  link_id INTEGER REFERENCES \"b_links\"(id));\n")
                .file("b/database/schema.sql", "CREATE TABLE b_links (id INTEGER PRIMARY KEY,\n"
                        + "  item_id INTEGER REFERENCES a_items(id));\n");
        failsWith(Reason.CYCLE, tree).hasMessageContaining("a -> b -> a")
                .hasMessageContaining("a references b_links of b (" + dir.resolve("a/database/schema.sql") + ":2:")
                .hasMessageContaining("b references a_items of a");
    }

    @Test
    void referenceToATableOfANonDependencyIsOrderedAndWarnedWithTheLineToAdd() {
        ModuleTree tree = new ModuleTree(dir)
                .file("core/a/module.yaml", "dependencies: [core/c]\n")
                .file("core/a/database/schema.sql", "CREATE TABLE a_items (id INTEGER PRIMARY KEY,\n"
                        + "  z_id INTEGER REFERENCES z_things(id));\n")
                .file("core/z/database/schema.sql", "CREATE TABLE z_things (id INTEGER PRIMARY KEY);\n")
                .file("core/c/database/schema.sql", "CREATE TABLE c_x (id INTEGER PRIMARY KEY);\n");
        ModuleSet set = tree.discover();
        assertThat(set.keys()).containsExactly("core/c", "core/z", "core/a");
        assertThat(set.warnings()).singleElement().asString()
                .contains(dir.resolve("core/a/database/schema.sql") + ":2:")
                .contains("'z_things' of module 'core/z'")
                .contains(dir.resolve("core/a") + "/module.yaml: dependencies: [core/c, core/z]");
        tree.file("core/a/module.yaml", "dependencies: [c, z]\n");
        assertThat(tree.discover().warnings()).isEmpty();
    }

    @Test
    void selfDependencyIsIgnored() {
        assertThat(new ModuleTree(dir).module("a", "a").discover().keys()).containsExactly("a");
    }

    @Test
    void twoModulesCreatingOneTableNameBothModulesAndFiles() {
        ModuleTree tree = new ModuleTree(dir)
                .file("core/a/database/schema.sql", "CREATE TABLE IF NOT EXISTS shared (id INTEGER);\n")
                .file("core/b/database/migrations/001_x.sql", "\nCREATE TABLE IF NOT EXISTS main.SHARED (id INTEGER);\n");
        failsWith(Reason.DUPLICATE_TABLE, tree).hasMessageContaining("'core/a' and 'core/b'")
                .hasMessageContaining(dir.resolve("core/a/database/schema.sql") + ":1:")
                .hasMessageContaining(dir.resolve("core/b/database/migrations/001_x.sql") + ":2:");
    }

    @Test
    void ambiguousBareNameListsCandidates() {
        ModuleTree tree = new ModuleTree(dir).module("core/users").module("extensions/users")
                .module("core/auth", "users");
        failsWith(Reason.AMBIGUOUS_DEPENDENCY, tree).hasMessageContaining("'users'")
                .hasMessageContaining("[core/users, extensions/users]");
    }

    @Test
    void dependencyOnDisabledModuleSaysSo() {
        ModuleTree tree = new ModuleTree(dir).module("core/auth", "users")
                .file("core/users/module.yaml", "name: users\nenabled: false\n");
        failsWith(Reason.UNKNOWN_DEPENDENCY, tree).hasMessageContaining("disabled");
    }

    @Test
    void invalidYamlNamesFileAndLine() {
        ModuleTree tree = new ModuleTree(dir).file("core/x/module.yaml", "name: x\nversion: [1.0\ndependencies: []\n");
        failsWith(Reason.MALFORMED_DESCRIPTOR, tree)
                .hasMessageContaining(dir.resolve("core/x/module.yaml") + ":3:")
                .hasMessageContaining("Fix module.yaml");
    }

    @Test
    void wrongDependencyTypeNamesFileAndLine() {
        ModuleTree tree = new ModuleTree(dir).file("core/x/module.yaml", "name: x\ndependencies: 5\n");
        failsWith(Reason.MALFORMED_DESCRIPTOR, tree)
                .hasMessageContaining(dir.resolve("core/x/module.yaml") + ":2:15")
                .hasMessageContaining("dependencies must be a list").hasMessageContaining("'5'");
    }

    @Test
    void wrongTypesElsewhereAreMalformedToo() {
        failsWith(Reason.MALFORMED_DESCRIPTOR, new ModuleTree(dir).file("a/module.yaml", "- just\n- a list\n"))
                .hasMessageContaining("a/module.yaml:1:1");
        failsWith(Reason.MALFORMED_DESCRIPTOR, new ModuleTree(other).file("b/module.yaml", "version: {x: 1}\n"))
                .hasMessageContaining("b/module.yaml:1:10").hasMessageContaining("version");
    }

    @Test
    void aKeyGivenTwiceNamesBothLinesInsteadOfTakingTheLast() {
        failsWith(Reason.MALFORMED_DESCRIPTOR, new ModuleTree(dir).file("a/module.yaml",
                "name: a\nversion: 1.0.0\ndependencies: []\nversion: 2.0.0\n"))
                .hasMessageContaining("a/module.yaml:4:1").hasMessageContaining("'version'")
                .hasMessageContaining("line 2").hasMessageContaining("Fix module.yaml");
        // A key other tools own may repeat; this module does not read it.
        assertThat(new ModuleTree(other).file("b/module.yaml", "name: b\nowner: x\nowner: y\n").discover().keys())
                .containsExactly("b");
    }

    @Test
    void nestedListInDependenciesIsMalformed() {
        failsWith(Reason.MALFORMED_DESCRIPTOR, new ModuleTree(dir).file("a/module.yaml", "dependencies:\n  - [b]\n"))
                .hasMessageContaining("a/module.yaml:2:5");
    }

    @Test
    void badMigrationNameNamesFileAndPattern() {
        ModuleTree tree = new ModuleTree(dir).module("m").file("m/database/migrations/add_priority.sql", "SELECT 1;");
        failsWith(Reason.BAD_MIGRATION_NAME, tree)
                .hasMessageContaining(dir.resolve("m/database/migrations/add_priority.sql").toString())
                .hasMessageContaining("<version>_<description>.sql").hasMessageContaining("001_add_priority.sql")
                .hasMessageContaining("Rename the file");
    }

    @Test
    void otherBadNamesAreRejected() {
        for (String name : List.of("001.sql", "001_.sql", "1._x.sql", "001_x.mysql.sql", "001_x.rollback.postgres.sql",
                "001_a.b.sql", "v1_x.sql", "99999999999999999999_x.sql", "001_x.SQL.sql")) {
            Path root = dir.resolve(name.replace('.', '-'));
            ModuleTree tree = new ModuleTree(root).module("m").file("m/database/migrations/" + name, "SELECT 1;");
            failsWith(Reason.BAD_MIGRATION_NAME, tree).hasMessageContaining(name);
        }
    }

    @Test
    void duplicateVersionNamesBothFiles() {
        ModuleTree tree = new ModuleTree(dir).module("m")
                .file("m/database/migrations/1_a.sql", "SELECT 1;")
                .file("m/database/migrations/001_b.sql", "SELECT 2;");
        failsWith(Reason.DUPLICATE_VERSION, tree)
                .hasMessageContaining("'m'").hasMessageContaining("1_a.sql").hasMessageContaining("001_b.sql");
    }

    @Test
    void orphanRollbackIsAnError() {
        ModuleTree tree = new ModuleTree(dir).module("m")
                .file("m/database/migrations/001_a.sql", "SELECT 1;")
                .file("m/database/migrations/002_b.rollback.sql", "SELECT 2;");
        failsWith(Reason.ORPHAN_ROLLBACK, tree)
                .hasMessageContaining("002_b.rollback.sql").hasMessageContaining("002_b.sql");
    }

    @Test
    void overrideWithoutGenericFileIsAnError() {
        failsWith(Reason.ORPHAN_OVERRIDE, new ModuleTree(dir).file("m/database/schema.postgres.sql", "SELECT 1;"))
                .hasMessageContaining("schema.postgres.sql").hasMessageContaining("Add schema.sql");
        failsWith(Reason.ORPHAN_OVERRIDE, new ModuleTree(other).module("m")
                .file("m/database/migrations/003_c.sqlite.sql", "SELECT 1;"))
                .hasMessageContaining("003_c.sqlite.sql").hasMessageContaining("Add 003_c.sql");
    }

    @Test
    void missingExplicitRootIsAnErrorButMissingDefaultIsNot() {
        Path missing = dir.resolve("nowhere");
        failsWith(Reason.MISSING_ROOT, () -> ModuleDiscovery.discover(List.of(new ModuleRoot.Directory(missing))))
                .hasMessageContaining(missing.toString()).hasMessageContaining("does not exist");
        assertThat(ModuleDiscovery.discover(List.of(new ModuleRoot.Directory(missing)), ModuleDiscovery.MissingRoot.SKIP)
                .isEmpty()).isTrue();
        ModuleRoot.Classpath nothing = new ModuleRoot.Classpath("no/such/prefix", getClass().getClassLoader());
        failsWith(Reason.MISSING_ROOT, () -> ModuleDiscovery.discover(List.of(nothing)))
                .hasMessageContaining("classpath:no/such/prefix");
    }

    @Test
    void defaultRootsThatDoNotExistAreSkipped() {
        // the tests run in core/, which has no src/modules, and the test class path ships no modules
        assertThat(ModuleDiscovery.discover().isEmpty()).isTrue();
    }

    @Test
    void rootThatIsAFileIsMissing() {
        new ModuleTree(dir).file("file.txt", "x");
        failsWith(Reason.MISSING_ROOT, () -> ModuleDiscovery.discover(List.of(new ModuleRoot.Directory(
                dir.resolve("file.txt"))))).hasMessageContaining("is not a directory");
    }

    @Test
    void unreadableFileIsReported() throws Exception {
        Path schema = new ModuleTree(dir).module("m").root.resolve("m/database/schema.sql");
        java.nio.file.Files.delete(schema);
        java.nio.file.Files.createSymbolicLink(schema, dir.resolve("dangling-target.sql"));
        failsWith(Reason.UNREADABLE, new ModuleTree(dir)).hasMessageContaining("schema.sql");
    }
}
