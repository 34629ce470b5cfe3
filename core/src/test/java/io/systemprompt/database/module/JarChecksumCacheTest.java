package io.systemprompt.database.module;

import io.systemprompt.database.internal.CacheDirectory;
import io.systemprompt.database.script.SqlFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checksum cache of modules shipped in a jar: on a warm start no unchanged entry is inflated or
 * hashed, and an entry rebuilt with the same size and time (a reproducible build) but other content is
 * seen through the CRC-32 the jar records for it.
 */
class JarChecksumCacheTest {
    private static final long FIXED_TIME = 1_700_000_000_000L; // what a reproducible build writes for every entry
    private static final String CREATE = "CREATE TABLE orders (id INTEGER PRIMARY KEY AUTOINCREMENT, total INTEGER);\n";
    private static final String SEED = "INSERT INTO orders (total) VALUES (10);\n";

    @TempDir
    Path dir;
    @TempDir
    Path cacheDir;

    @BeforeEach
    void useOwnCache() {
        System.setProperty(CacheDirectory.PROPERTY, cacheDir.toString());
    }

    @AfterEach
    void restoreCache() {
        System.clearProperty(CacheDirectory.PROPERTY);
    }

    @Test
    void warmStartInflatesNoUnchangedEntry() throws IOException {
        Path jar = jar(SEED);
        Map<String, SqlFile> cold = upFiles(jar);
        assertThat(cold.values()).allMatch(SqlFile::isLoaded);

        Map<String, SqlFile> warm = upFiles(jar);

        assertThat(warm.values()).noneMatch(SqlFile::isLoaded);
        assertThat(warm.keySet()).containsExactlyElementsOf(cold.keySet());
        warm.forEach((v, f) -> assertThat(f.checksum()).isEqualTo(cold.get(v).checksum()));
        assertThat(warm.get("2").content()).isEqualTo(SEED); // read from the jar when needed
    }

    @Test
    void rebuiltEntryWithSameSizeAndTimeIsSeen() throws IOException {
        Path jar = jar(SEED);
        String before = upFiles(jar).get("2").checksum();
        upFiles(jar); // warm

        String edited = SEED.replace("10", "99");
        assertThat(edited).hasSameSizeAs(SEED);
        jar(edited);
        SqlFile after = upFiles(jar).get("2");

        assertThat(after.checksum()).isNotEqualTo(before).isEqualTo(SqlFile.of("x", edited).checksum());
    }

    /** The up migrations of shop/orders by version, discovered through the cache as a warm start does. */
    private Map<String, SqlFile> upFiles(Path jar) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            ModuleSet set = ModuleDiscovery.cached(List.of(new ModuleRoot.Classpath("systemprompt/modules", loader)),
                    true, true);
            return set.get("shop/orders").orElseThrow().migrations().stream()
                    .collect(Collectors.toMap(m -> m.version().text(), m -> m.up().generic(), (a, b) -> a,
                            java.util.TreeMap::new));
        }
    }

    private Path jar(String seed) throws IOException {
        Path jar = dir.resolve("modules.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jos = new JarOutputStream(out)) {
            for (String folder : List.of("systemprompt/", "systemprompt/modules/")) {
                put(jos, folder, null);
            }
            put(jos, "systemprompt/modules/shop/orders/module.yaml", "version: 1.0.0\n");
            put(jos, "systemprompt/modules/shop/orders/database/schema.sql", "-- tables come from migrations\n");
            put(jos, "systemprompt/modules/shop/orders/database/migrations/1_create.sql", CREATE);
            put(jos, "systemprompt/modules/shop/orders/database/migrations/2_seed.sql", seed);
        }
        return jar;
    }

    private static void put(JarOutputStream jos, String name, String text) throws IOException {
        JarEntry e = new JarEntry(name);
        e.setTime(FIXED_TIME);
        jos.putNextEntry(e);
        if (text != null) {
            jos.write(text.getBytes(StandardCharsets.UTF_8));
        }
        jos.closeEntry();
    }
}
