package io.systemprompt.database.codegen;

import io.systemprompt.database.Database;
import io.systemprompt.database.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's "Generated types" Java block, compiled against the types generated from the example
 * modules and run on a SQLite file: its imports stay imports, its statements become a method body, and
 * {@code Database.get()} is replaced by a database opened for the test.
 */
class ReadmeGeneratedTypesTest {
    @TempDir
    Path dir;

    static String block() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        String section = readme.substring(readme.indexOf("## Generated types"));
        int start = section.indexOf("```java\n") + "```java\n".length();
        return section.substring(start, section.indexOf("```", start));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theReadmeExampleCompilesAndRuns() throws Exception {
        List<String> imports = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (String line : block().split("\n")) {
            if (line.startsWith("import ")) {
                imports.add(line);
            } else {
                body.append("        ").append(line.replace("Database.get()", "given")).append('\n');
            }
        }
        assertThat(body).contains("settings.create(new CreateConfigSetting(\"test.key\", \"test value\")");
        String source = String.join("\n", imports) + "\n\n/** The README block. */\npublic class ReadmeBlock implements"
                + " java.util.function.Consumer<Database> {\n    /** The block. */\n    public ReadmeBlock() {\n"
                + "        // Stateless.\n    }\n\n    @Override\n    public void accept(Database given) {\n" + body
                + "    }\n}\n";
        List<GeneratedFile> files = CodeGenerator.generate(GenerateOptions.of(List.of(TestDatabases.EXAMPLES), dir));
        try (URLClassLoader loader = GeneratedCode.compile(files, dir.resolve("compiled"), Map.of("ReadmeBlock", source));
                Database db = Database.open(TestDatabases.sqlite(dir).moduleRoots(List.of(TestDatabases.EXAMPLES)).build())) {
            db.migrationService().migrate().orThrow();
            Consumer<Database> block = (Consumer<Database>) loader.loadClass("ReadmeBlock").getConstructor().newInstance();
            block.accept(db);
            assertThat(db.queryValue("SELECT count(*) FROM config_settings WHERE key = 'test.key'", Long.class))
                    .contains(0L);
            assertThat(db.queryValue("SELECT count(*) FROM config_settings", Long.class)).contains(3L);
        }
    }
}
