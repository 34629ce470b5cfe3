package io.systemprompt.database.docs;

import io.systemprompt.database.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/schema is the reference of the example modules and must match them. Run this test with
 * {@code -Dspdb.docs.write=true} (or {@code ./spdb docs --out docs/schema}) to regenerate it.
 */
class CheckedInReferenceTest {
    private static final Path CHECKED_IN = Path.of("..", "docs", "schema").toAbsolutePath().normalize();

    @Test
    void docsSchemaIsTheReferenceOfTheExampleModules() throws IOException {
        Map<String, String> files = SchemaDocs.scratch(List.of(TestDatabases.EXAMPLES)).files();
        if (Boolean.getBoolean("spdb.docs.write")) {
            SchemaDocs.scratch(List.of(TestDatabases.EXAMPLES)).writeTo(CHECKED_IN);
        }
        List<String> stale = new ArrayList<>();
        for (var file : files.entrySet()) {
            Path path = CHECKED_IN.resolve(file.getKey());
            if (!Files.exists(path) || !Files.readString(path, StandardCharsets.UTF_8).equals(file.getValue())) {
                stale.add(file.getKey());
            }
        }
        try (Stream<Path> present = Files.list(CHECKED_IN)) {
            present.map(p -> p.getFileName().toString())
                    .filter(n -> (n.endsWith(".md") || n.endsWith(".dot")) && !files.containsKey(n))
                    .forEach(n -> stale.add(n + " (no longer generated)"));
        }
        assertThat(stale).as("docs/schema is stale; regenerate it with: ./spdb docs --out docs/schema --svg").isEmpty();
    }

    @Test
    void theReadmePictureIsTheExampleModuleGraph() throws IOException {
        String readme = Files.readString(CHECKED_IN.resolveSibling("..").normalize().resolve("README.md"));
        String graph = exampleModuleGraph();
        assertThat(readme).as("README's module graph; print it with: ./spdb schema graph --format mermaid").contains(graph);
    }

    private static String exampleModuleGraph() {
        return Mermaid.moduleGraph(SchemaDocs.scratch(List.of(TestDatabases.EXAMPLES)).modules());
    }
}
