package io.systemprompt.database.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.systemprompt.database.config.EngineType;
import io.systemprompt.database.module.ModuleDiscoveryException.Reason;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClasspathDiscoveryTest {
    @TempDir
    Path dir;

    /** Writes a jar with directory entries for every parent folder, as Maven and the jar tool do. */
    private Path jar(String name, Map<String, String> files) throws IOException {
        Path jar = dir.resolve(name);
        TreeSet<String> folders = new TreeSet<>();
        for (String f : files.keySet()) {
            for (int i = f.indexOf('/'); i >= 0; i = f.indexOf('/', i + 1)) {
                folders.add(f.substring(0, i + 1));
            }
        }
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jos = new JarOutputStream(out)) {
            for (String folder : folders) {
                jos.putNextEntry(new JarEntry(folder));
                jos.closeEntry();
            }
            for (Map.Entry<String, String> e : files.entrySet()) {
                jos.putNextEntry(new JarEntry(e.getKey()));
                jos.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                jos.closeEntry();
            }
        }
        return jar;
    }

    private static Map<String, String> authAndUsers(String prefix) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(prefix + "/core/auth/module.yaml", "name: core/auth\nversion: 1.2.0\ndependencies: [core/users]\n");
        files.put(prefix + "/core/auth/database/schema.sql", "CREATE TABLE auth_sessions (id INTEGER);\n");
        files.put(prefix + "/core/auth/database/migrations/10_ten.sql", "SELECT 10;");
        files.put(prefix + "/core/auth/database/migrations/2_two.sql", "SELECT 2;");
        files.put(prefix + "/core/auth/database/migrations/2_two.rollback.sql", "SELECT -2;");
        files.put(prefix + "/core/auth/database/models/index.ts", "export {}");
        files.put(prefix + "/core/users/database/schema.sql", "CREATE TABLE users (id INTEGER);\n");
        files.put(prefix + "/core/users/database/schema.postgres.sql", "CREATE TABLE users (id BIGINT);\n");
        files.put("other/ignored/database/schema.sql", "SELECT 1;");
        return files;
    }

    @Test
    void discoversModulesInsideAJar() throws Exception {
        Path jar = jar("modules.jar", authAndUsers("systemprompt/modules"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            ModuleSet set = ModuleDiscovery.discover(List.of(new ModuleRoot.Classpath("systemprompt/modules", loader)));
            assertThat(set.keys()).containsExactly("core/users", "core/auth");
            DatabaseModule auth = set.get("core/auth").orElseThrow();
            assertThat(auth.version()).isEqualTo("1.2.0");
            assertThat(auth.location()).startsWith("jar:file:").endsWith("modules.jar!/systemprompt/modules/core/auth");
            assertThat(auth.migrations()).extracting(Migration::fileName).containsExactly("2_two.sql", "10_ten.sql");
            assertThat(auth.migrations().get(0).rollbackFor(EngineType.SQLITE).orElseThrow().content())
                    .isEqualTo("SELECT -2;");
            assertThat(auth.schema().generic().location()).endsWith("modules.jar!/systemprompt/modules/core/auth/database/schema.sql");
            assertThat(set.get("core/users").orElseThrow().schema().forEngine(EngineType.POSTGRES).orElseThrow()
                    .content()).contains("BIGINT");
        }
        Files.delete(jar); // the scan closed its handle on the jar
    }

    @Test
    void discoversModulesInAClasspathFolder() throws Exception {
        ModuleTree tree = new ModuleTree(dir.resolve("classes"));
        authAndUsers("sp/mods").forEach(tree::file);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {tree.root.toUri().toURL()}, null)) {
            ModuleSet set = ModuleDiscovery.discover(List.of(new ModuleRoot.Classpath("/sp/mods/", loader)));
            assertThat(set.keys()).containsExactly("core/users", "core/auth");
            assertThat(set.get("core/auth").orElseThrow().location()).startsWith("file:");
        }
    }

    @Test
    void sameKeyInTwoJarsNamesBothPlaces() throws Exception {
        Path a = jar("a.jar", authAndUsers("systemprompt/modules"));
        Path b = jar("b.jar", Map.of("systemprompt/modules/core/users/module.yaml", "name: core/users\n"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {a.toUri().toURL(), b.toUri().toURL()}, null)) {
            ModuleRoot root = new ModuleRoot.Classpath("systemprompt/modules", loader);
            assertThatThrownBy(() -> ModuleDiscovery.discover(List.of(root)))
                    .isInstanceOf(ModuleDiscoveryException.class)
                    .hasMessageContaining("'core/users'").hasMessageContaining("a.jar!/systemprompt/modules/core/users")
                    .hasMessageContaining("b.jar!/systemprompt/modules/core/users")
                    .satisfies(e -> assertThat(((ModuleDiscoveryException) e).reason()).isEqualTo(Reason.DUPLICATE_KEY));
        }
    }

    @Test
    void directoryAndJarRootsCombine() throws Exception {
        Path jar = jar("users.jar", Map.of("systemprompt/modules/core/users/database/schema.sql", "SELECT 1;"));
        new ModuleTree(dir.resolve("src/modules")).module("app/notes", "core/users");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            ModuleSet set = ModuleDiscovery.discover(List.of(new ModuleRoot.Directory(dir.resolve("src/modules")),
                    new ModuleRoot.Classpath("systemprompt/modules", loader)));
            assertThat(set.keys()).containsExactly("core/users", "app/notes");
        }
    }

    @Test
    void parsesRootSpecs() {
        assertThat(ModuleRoot.parse("classpath:systemprompt/modules"))
                .isInstanceOfSatisfying(ModuleRoot.Classpath.class, c -> {
                    assertThat(c.prefix()).isEqualTo("systemprompt/modules");
                    assertThat(c.describe()).isEqualTo("classpath:systemprompt/modules");
                });
        assertThat(ModuleRoot.parse(" src/modules ")).isEqualTo(new ModuleRoot.Directory(Path.of("src/modules")));
        assertThat(ModuleRoot.DEFAULTS).extracting(ModuleRoot::describe)
                .containsExactly(Path.of("src", "modules").toString(), "classpath:systemprompt/modules");
        assertThatThrownBy(() -> ModuleRoot.parse("  ")).hasMessageContaining("src/modules");
    }
}
