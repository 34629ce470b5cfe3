package io.systemprompt.database.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bad input of the corpus {@code bad-inputs.yaml} (options, module trees, file names, SQL, YAML,
 * archives, data files, read-only bypasses) ends with its exit code and a message that names the
 * problem, never a stack trace. The command line runs in this process, so the corpus stays fast.
 */
class BadInputCorpusTest {
    @TempDir
    Path dir;

    static Stream<Map<String, Object>> cases() throws IOException {
        try (InputStream in = BadInputCorpusTest.class.getResourceAsStream("/bad-inputs.yaml")) {
            List<Map<String, Object>> all = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            assertThat(all).as("corpus size").hasSizeGreaterThanOrEqualTo(60);
            return all.stream();
        }
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void badInputGivesItsExitCodeAndMessage(Map<String, Object> c) throws IOException {
        if (!Boolean.TRUE.equals(c.get("bare"))) {
            TestModules.write(dir);
        }
        Map<String, String> files = (Map<String, String>) c.getOrDefault("files", Map.of());
        List<List<String>> setup = (List<List<String>>) c.getOrDefault("setup", List.of());
        for (List<String> args : setup) {
            Result r = run(c, args);
            assertThat(r.exit()).as("setup " + args + "\n" + r).isZero();
        }
        for (Map.Entry<String, String> f : files.entrySet()) {
            write(dir.resolve(f.getKey()), f.getValue());
        }
        Result r = run(c, (List<String>) c.get("args"));
        assertThat(r.exit()).as(r.toString()).isEqualTo(((Number) c.get("exit")).intValue());
        assertThat(r.out() + r.err()).as(r.toString()).contains((String) c.get("expect"))
                .doesNotContain("\tat ").doesNotContain("Exception:");
    }

    private Result run(Map<String, Object> c, List<String> given) {
        List<String> args = new ArrayList<>();
        for (String a : given) {
            args.add(a.replace("$DIR", dir.toString()));
        }
        if (!Boolean.FALSE.equals(c.get("db"))) {
            args.addAll(List.of("--engine", "sqlite", "--db-file", dir.resolve("test.db").toString()));
        }
        if (!given.contains("--modules")) {
            args.addAll(List.of("--modules", dir.resolve("modules").toString()));
        }
        CommandLine cl = SpdbCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args.toArray(String[]::new));
        return new Result(exit, out.toString(), err.toString());
    }

    private static void write(Path file, String content) throws IOException {
        if (content.startsWith("dir:")) {
            Files.createDirectories(file);
            return;
        }
        Files.createDirectories(file.getParent());
        byte[] bytes;
        if (content.startsWith("hex:")) {
            bytes = HexFormat.of().parseHex(content.substring(4));
        } else if (content.startsWith("base64:")) {
            bytes = Base64.getDecoder().decode(content.substring(7));
        } else if (content.startsWith("repeat:")) {
            String[] parts = content.split(":", 3);
            bytes = parts[2].repeat(Integer.parseInt(parts[1])).getBytes(StandardCharsets.UTF_8);
        } else {
            bytes = content.getBytes(StandardCharsets.UTF_8);
        }
        if (Files.isDirectory(file)) {
            // A case that turns a folder of the good module into a file.
            try (var walk = Files.walk(file)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.write(file, bytes);
    }

    record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }
}
