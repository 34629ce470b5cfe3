package io.systemprompt.database.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package rules of docs/architecture.md, checked on the main sources of core and cli: no class
 * refers to a layer above its own, and only {@code engine.*} (plus {@code translate}, which exists to
 * translate, and {@code config}, which chooses the engine) knows which engine it runs on.
 */
class ImportRulesTest {
    private static final Path CORE = Path.of("src/main/java");
    private static final Path CLI = Path.of("../cli/src/main/java");
    private static final Pattern REFERENCE = Pattern.compile("io\\.systemprompt\\.database((?:\\.[a-z][a-z0-9_]*)*)\\.([A-Z]\\w*)");
    private static final Pattern ENGINE_CHECK = Pattern.compile(
            "EngineType\\s*\\.\\s*(SQLITE|POSTGRES)\\b|\\bcase\\s+(SQLITE|POSTGRES)\\b");
    /** An engine told apart by its name, e.g. {@code type().id().equals("postgres")}. */
    private static final Pattern ENGINE_NAME_CHECK = Pattern.compile(
            "equals(?:IgnoreCase)?\\(\\s*\"(?:sqlite|postgres|postgresql)\"\\s*\\)"
                    + "|\"(?:sqlite|postgres|postgresql)\"\\s*\\.\\s*equals");
    private static final Pattern ENGINE_SQL = Pattern.compile(
            "\"[^\"\\n]*(PRAGMA|sqlite_master|sqlite_sequence|TRUNCATE|BEGIN IMMEDIATE|pg_catalog"
                    + "|pg_get_serial_sequence|setval\\(|REPEATABLE READ)[^\"\\n]*\"");

    @Test
    void noClassRefersToALayerAboveItsOwn() {
        List<String> backEdges = new ArrayList<>();
        for (Path file : sources()) {
            String from = className(file);
            int own = Layers.of(from);
            Matcher m = REFERENCE.matcher(code(file));
            while (m.find()) {
                String to = "io.systemprompt.database" + m.group(1) + "." + m.group(2);
                if (Layers.of(to) > own) {
                    backEdges.add(from + " -> " + to + " (" + Layers.name(own) + " may not use "
                            + Layers.name(Layers.of(to)) + ")");
                }
            }
        }
        assertThat(backEdges.stream().distinct().toList()).as("references to a higher layer").isEmpty();
    }

    @Test
    void onlyTheEnginePackagesKnowWhichEngineRuns() {
        Map<String, List<String>> found = new TreeMap<>();
        for (Path file : sources()) {
            String cls = className(file);
            if (Layers.mayKnowEngines(cls)) {
                continue;
            }
            String code = code(file);
            for (Pattern p : List.of(ENGINE_CHECK, ENGINE_NAME_CHECK, ENGINE_SQL)) {
                Matcher m = p.matcher(p == ENGINE_CHECK ? code : withoutComments(read(file)));
                while (m.find()) {
                    found.computeIfAbsent(cls, k -> new ArrayList<>()).add(m.group());
                }
            }
        }
        assertThat(found).as("engine checks or engine-specific SQL outside engine.* and translate").isEmpty();
    }

    @Test
    void theScannerSeesTheSources() {
        // Guards the rules above against passing on an empty or misplaced source tree.
        List<Path> all = sources();
        assertThat(all).hasSizeGreaterThan(100);
        assertThat(all).anyMatch(p -> p.endsWith(Path.of("io/systemprompt/database/Database.java")));
        assertThat(Layers.of("io.systemprompt.database.data.Loader"))
                .isGreaterThan(Layers.of("io.systemprompt.database.migrate.MigrationService"));
        assertThat(ENGINE_CHECK.matcher("if (e == EngineType.SQLITE) {").find()).isTrue();
        assertThat(ENGINE_NAME_CHECK.matcher("type().id().equals(\"postgres\") ? a : b").find()).isTrue();
        assertThat(ENGINE_NAME_CHECK.matcher("\"sqlite\".equals(engine)").find()).isTrue();
        assertThat(ENGINE_SQL.matcher("tx.execute(\"PRAGMA foreign_keys = OFF\");").find()).isTrue();
    }

    private static List<Path> sources() {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(CORE, CLI)) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(p -> p.toString().endsWith(".java")).filter(p -> !p.endsWith("module-info.java"))
                        .filter(p -> !p.endsWith("package-info.java")).map(p -> root.relativize(p))
                        .map(p -> root.resolve(p)).forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static String className(Path file) {
        Path root = file.startsWith(CLI) ? CLI : CORE;
        String rel = root.relativize(file).toString().replace('\\', '/');
        return rel.substring(0, rel.length() - ".java".length()).replace('/', '.');
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The code without comments and string literals, so prose and messages do not count. */
    private static String code(Path file) {
        return withoutComments(read(file)).replaceAll("\"(?:\\\\.|[^\"\\\\\\n])*\"", "\"\"");
    }

    private static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
    }
}
