package io.systemprompt.database.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleOrderTest {
    @TempDir
    Path dir;

    private static List<String> keys(List<DatabaseModule> modules) {
        return modules.stream().map(DatabaseModule::key).toList();
    }

    @Test
    void diamondInstallsSharedDependencyFirstAndTiesByKey() {
        // a needs b and c; b and c both need d:   a -> b -> d,  a -> c -> d
        ModuleSet set = new ModuleTree(dir).module("a", "c", "b").module("b", "d").module("c", "d").module("d")
                .discover();
        assertThat(set.keys()).containsExactly("d", "b", "c", "a");
        assertThat(keys(set.dependenciesOf("a"))).containsExactly("d", "b", "c");
        assertThat(keys(set.dependentsOf("d"))).containsExactly("b", "c", "a");
        assertThat(keys(set.dependentsOf("b"))).containsExactly("a");
        assertThat(keys(set.withDependencies("b"))).containsExactly("d", "b");
        assertThat(keys(set.withDependencies("d"))).containsExactly("d");
    }

    @Test
    void independentModulesGoByKey() {
        ModuleSet set = new ModuleTree(dir).module("zeta").module("alpha").module("mid/beta").module("mid")
                .discover();
        assertThat(set.keys()).containsExactly("alpha", "mid", "mid/beta", "zeta");
    }

    @Test
    void readyModulesAreTakenBySmallestKeyAtEachStep() {
        // z has no dependencies, so it waits behind b although b only became ready after a
        ModuleSet set = new ModuleTree(dir).module("a").module("b", "a").module("z").discover();
        assertThat(set.keys()).containsExactly("a", "b", "z");
    }

    @Test
    void moduleWithoutDescriptorHasDefaultsAndNestedKeys() {
        ModuleSet set = new ModuleTree(dir)
                .file("extensions/billing/invoices/database/schema.sql", "CREATE TABLE inv (id INTEGER);")
                .file("core/auth/module.yaml", "name: auth\ndependencies: [core/users]\n")
                .file("core/users/database/init.sql", "INSERT INTO x VALUES (1);")
                .discover();
        assertThat(set.keys()).containsExactly("core/users", "core/auth", "extensions/billing/invoices");
        DatabaseModule invoices = set.get("extensions/billing/invoices").orElseThrow();
        assertThat(invoices.version()).isEqualTo(DatabaseModule.DEFAULT_VERSION).isEqualTo("0.0.0");
        assertThat(invoices.dependencies()).isEmpty();
        assertThat(invoices.schema().generic().content()).isEqualTo("CREATE TABLE inv (id INTEGER);");
        assertThat(invoices.init()).isNull();
        assertThat(set.get("core/auth").orElseThrow().schemaFiles()).isEmpty();
        assertThat(set.get("core/users").orElseThrow().initFiles()).isPresent();
        assertThat(set.get("core")).isEmpty();
    }

    @Test
    void descriptorValuesKeepTheirTextAndKeyWinsOverName() {
        ModuleSet set = new ModuleTree(dir)
                .file("core/users/module.yaml", "name: something-else\nversion: 1.10\ndependencies:\n")
                .discover();
        DatabaseModule users = set.get("core/users").orElseThrow();
        assertThat(users.key()).isEqualTo("core/users");
        assertThat(users.version()).isEqualTo("1.10");
        assertThat(users.dependencies()).isEmpty();
        assertThat(users.location()).endsWith("core/users");
    }

    @Test
    void emptyDescriptorAndEmptyDatabaseFolderStillMakeModules() throws Exception {
        new ModuleTree(dir).file("a/module.yaml", "");
        java.nio.file.Files.createDirectories(dir.resolve("b/database"));
        ModuleSet set = new ModuleTree(dir).discover();
        assertThat(set.keys()).containsExactly("a", "b");
        assertThat(set.get("a").orElseThrow().version()).isEqualTo("0.0.0");
    }

    @Test
    void foldersInsideDatabaseAreNotModules() {
        ModuleSet set = new ModuleTree(dir).module("m")
                .file("m/database/models/database/schema.sql", "SELECT 1;")
                .file("m/database/nested/module.yaml", "name: nested\n")
                .file("database/schema.sql", "SELECT 1;")
                .file("plain/readme.txt", "not a module")
                .discover();
        assertThat(set.keys()).containsExactly("m");
    }

    @Test
    void linkedModuleFolderIsFollowed(@TempDir Path elsewhere) throws Exception {
        new ModuleTree(elsewhere).module("shared");
        java.nio.file.Files.createDirectories(dir.resolve("ext"));
        java.nio.file.Files.createSymbolicLink(dir.resolve("ext/shared"), elsewhere.resolve("shared"));
        ModuleSet set = new ModuleTree(dir).module("app", "ext/shared").discover();
        assertThat(set.keys()).containsExactly("ext/shared", "app");
    }

    @Test
    void unknownKeyInQueriesIsAnError() {
        ModuleSet set = new ModuleTree(dir).module("a").discover();
        assertThatThrownBy(() -> set.dependenciesOf("nope"))
                .isInstanceOf(ModuleDiscoveryException.class)
                .hasMessageContaining("'nope'").hasMessageContaining("[a]")
                .extracting(e -> ((ModuleDiscoveryException) e).reason())
                .isEqualTo(ModuleDiscoveryException.Reason.UNKNOWN_MODULE);
    }

    @Test
    void randomGraphsAlwaysPutDependenciesFirstAndOrderIsIndependentOfInputOrder() {
        Random random = new Random(20261127L);
        for (int round = 0; round < 200; round++) {
            List<DatabaseModule> modules = randomDag(random, 1 + random.nextInt(12));
            List<String> expected = ModuleSet.of(modules).keys();
            List<DatabaseModule> shuffled = new ArrayList<>(modules);
            Collections.shuffle(shuffled, random);
            ModuleSet set = ModuleSet.of(shuffled);
            assertThat(set.keys()).isEqualTo(expected);
            for (DatabaseModule m : set.list()) {
                for (String dep : m.dependencies()) {
                    assertThat(set.keys().indexOf(dep)).isLessThan(set.keys().indexOf(m.key()));
                }
            }
        }
    }

    /** Module i may depend only on modules with a smaller index, so the graph has no cycle. */
    private static List<DatabaseModule> randomDag(Random random, int n) {
        List<DatabaseModule> modules = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> deps = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                if (random.nextInt(4) == 0) {
                    deps.add("m" + j);
                }
            }
            modules.add(new DatabaseModule("m" + i, "1", deps, "mem/m" + i, null, null, List.of()));
        }
        return modules;
    }
}
