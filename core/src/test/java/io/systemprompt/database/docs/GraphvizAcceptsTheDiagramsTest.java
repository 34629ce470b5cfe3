package io.systemprompt.database.docs;

import io.systemprompt.database.testing.TestDatabases;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every DOT file of the reference renders with Graphviz's {@code dot -Tsvg}. Without Graphviz the test is
 * skipped with a notice, unless {@code SPDB_REQUIRE_GRAPHVIZ=1} (CI sets it) makes that a failure.
 */
class GraphvizAcceptsTheDiagramsTest {

    @BeforeAll
    static void requireGraphviz() {
        boolean present;
        try {
            present = new ProcessBuilder("dot", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            present = false;
        }
        if (!present) {
            String notice = "Graphviz (dot) is not installed: the DOT rendering test is SKIPPED. Install graphviz to run it.";
            System.err.println("\n!!! " + notice + "\n");
            assertThat("1".equals(System.getenv("SPDB_REQUIRE_GRAPHVIZ"))).as(notice + " (SPDB_REQUIRE_GRAPHVIZ=1)").isFalse();
            Assumptions.abort(notice);
        }
    }

    @Test
    void everyDotFileOfTheExampleModulesAndOfTheTestTreeRenders(@TempDir Path tree) throws Exception {
        render(SchemaDocs.scratch(List.of(TestDatabases.EXAMPLES)).files());
        render(SchemaDocsTest.writeTree(tree).files());
    }

    private static void render(Map<String, String> files) throws Exception {
        for (var file : files.entrySet()) {
            if (!file.getKey().endsWith(".dot")) {
                continue;
            }
            Process dot = new ProcessBuilder("dot", "-Tsvg").redirectErrorStream(false).start();
            dot.getOutputStream().write(file.getValue().getBytes(StandardCharsets.UTF_8));
            dot.getOutputStream().close();
            String svg = new String(dot.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(dot.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(dot.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(dot.exitValue()).as(file.getKey() + ": " + err).isZero();
            assertThat(err).as(file.getKey()).isEmpty();
            assertThat(svg).as(file.getKey()).contains("<svg");
        }
    }
}
