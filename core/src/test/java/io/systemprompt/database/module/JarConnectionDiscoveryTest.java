package io.systemprompt.database.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class path resources behind other URL protocols, as application servers and Spring Boot's packaged
 * jars hand them out: anything whose connection is a {@link java.net.JarURLConnection} is listed
 * through it, with the connection's entry name as the base; anything else is refused clearly.
 */
class JarConnectionDiscoveryTest {
    @TempDir
    Path dir;

    /** A jar whose modules sit below {@code BOOT-INF/classes/}, as in a Spring Boot application jar. */
    private Path bootLikeJar() throws IOException {
        Path jar = dir.resolve("app.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jos = new JarOutputStream(out)) {
            // Folder entries, as Maven and the jar tool write them: the JDK opens a jar: URL only at an entry.
            for (String folder : List.of("BOOT-INF/", "BOOT-INF/classes/", "BOOT-INF/classes/systemprompt/",
                    "BOOT-INF/classes/systemprompt/modules/")) {
                jos.putNextEntry(new JarEntry(folder));
                jos.closeEntry();
            }
            put(jos, "BOOT-INF/classes/systemprompt/modules/app/notes/module.yaml", "version: 2.0.0\n");
            put(jos, "BOOT-INF/classes/systemprompt/modules/app/notes/database/schema.sql", "CREATE TABLE notes (id INTEGER);\n");
            put(jos, "systemprompt/modules/decoy/database/schema.sql", "CREATE TABLE decoy (id INTEGER);\n");
        }
        return jar;
    }

    private static void put(JarOutputStream jos, String name, String text) throws IOException {
        jos.putNextEntry(new JarEntry(name));
        jos.write(text.getBytes(StandardCharsets.UTF_8));
        jos.closeEntry();
    }

    /** Answers the module prefix with one URL, as a container's class loader would. */
    private static ClassLoader loaderServing(URL url) {
        return new ClassLoader(null) {
            @Override
            public Enumeration<URL> getResources(String name) {
                return Collections.enumeration(name.equals("systemprompt/modules") ? List.of(url) : List.of());
            }
        };
    }

    @Test
    void aProtocolWhoseConnectionIsAJarConnectionIsListedBelowItsEntry() throws Exception {
        URL inner = new URL("jar:" + bootLikeJar().toUri() + "!/BOOT-INF/classes/systemprompt/modules");
        URL custom = new URL(null, "wsjar:app.jar/modules", new URLStreamHandler() {
            @Override
            protected URLConnection openConnection(URL u) throws IOException {
                return inner.openConnection();
            }
        });
        ModuleSet set = ModuleDiscovery.discover(List.of(new ModuleRoot.Classpath("systemprompt/modules",
                loaderServing(custom))));
        assertThat(set.keys()).containsExactly("app/notes");
        DatabaseModule notes = set.get("app/notes").orElseThrow();
        assertThat(notes.version()).isEqualTo("2.0.0");
        assertThat(notes.schema().generic().content()).contains("CREATE TABLE notes");
    }

    @Test
    void aProtocolThatCannotBeListedIsRefusedNamingTheUrl() throws Exception {
        URL opaque = new URL(null, "bundle://7/systemprompt/modules", new URLStreamHandler() {
            @Override
            protected URLConnection openConnection(URL u) {
                return new URLConnection(u) {
                    @Override
                    public void connect() {
                    }
                };
            }
        });
        assertThatThrownBy(() -> ModuleDiscovery.discover(List.of(new ModuleRoot.Classpath("systemprompt/modules",
                loaderServing(opaque))))).isInstanceOf(ModuleDiscoveryException.class)
                .hasMessageContaining("bundle://7/systemprompt/modules")
                .hasMessageContaining("unsupported protocol 'bundle'");
    }
}
