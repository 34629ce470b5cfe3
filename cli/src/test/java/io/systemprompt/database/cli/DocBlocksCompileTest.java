package io.systemprompt.database.cli;

import io.systemprompt.database.Database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code java} block of README.md and docs/*.md compiles against the library, with the imports
 * the block shows. A block's {@code import} lines go on top; the rest becomes the body of a method
 * whose parameters are the usual free variables ({@code db}, {@code id}, {@code userId}, ...) the
 * block uses without declaring.
 */
class DocBlocksCompileTest {
    private static final Pattern BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern TYPE = Pattern.compile("^(?:public\\s+)?(?:final\\s+)?(?:class|interface|enum)\\s+(\\w+)",
            Pattern.MULTILINE);
    /** Free variables a snippet may use, with their types. */
    private static final Map<String, String> FREE = new LinkedHashMap<>();

    static {
        FREE.put("db", "io.systemprompt.database.Database");
        FREE.put("id", "long");
        FREE.put("userId", "long");
        FREE.put("total", "java.math.BigDecimal");
        FREE.put("quantity", "int");
        FREE.put("itemId", "long");
    }

    @TempDir
    Path out;

    @Test
    void everyJavaBlockCompiles() throws IOException, URISyntaxException {
        Path repo = Path.of("..").toAbsolutePath().normalize();
        List<Path> docs = new ArrayList<>(List.of(repo.resolve("README.md")));
        try (Stream<Path> s = Files.list(repo.resolve("docs"))) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        List<JavaFileObject> sources = new ArrayList<>();
        for (Path doc : docs) {
            Matcher m = BLOCK.matcher(Files.readString(doc));
            int n = 0;
            while (m.find()) {
                String name = doc.getFileName().toString().replaceAll("\\W", "_") + "_" + (++n);
                if (m.group(1).contains("import io.systemprompt.modules.")) {
                    continue; // uses generated types: ReadmeGeneratedTypesTest generates and compiles it
                }
                Matcher type = TYPE.matcher(m.group(1));
                // A block that declares a class is a whole file; any other block is a method body.
                sources.add(type.find() ? source(type.group(1), m.group(1)) : source(name, wrap(name, m.group(1))));
            }
        }
        assertThat(sources).as("java blocks in README.md").hasSizeGreaterThanOrEqualTo(3);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
            List<String> options = List.of("-d", out.toString(), "-proc:none", "-classpath", classpath());
            boolean ok = javac.getTask(null, files, diagnostics, options, null, sources).call();
            List<String> errors = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() == Diagnostic.Kind.ERROR) {
                    errors.add(d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(null));
                }
            }
            assertThat(errors).as("compile errors in the documentation's java blocks").isEmpty();
            assertThat(ok).isTrue();
        }
    }

    /** Imports on top; the rest in a method taking the free variables the block uses but does not declare. */
    static String wrap(String name, String block) {
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String line : block.split("\n", -1)) {
            (line.startsWith("import ") ? imports : body).append(line).append('\n');
        }
        List<String> params = new ArrayList<>();
        String code = body.toString().replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\""); // names in SQL strings do not count
        FREE.forEach((var, type) -> {
            boolean used = Pattern.compile("\\b" + var + "\\b").matcher(code).find();
            boolean declared = Pattern.compile("[\\w>\\]]\\s+" + var + "\\s*=").matcher(code).find();
            if (used && !declared) {
                params.add(type + " " + var);
            }
        });
        return imports + "\n@SuppressWarnings(\"unused\")\nclass " + name + " {\n    static void snippet("
                + String.join(", ", params) + ") throws Exception {\n" + body + "\n    }\n}\n";
    }

    private static JavaFileObject source(String name, String code) {
        return new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return code;
            }
        };
    }

    private static String classpath() throws URISyntaxException {
        List<String> parts = new ArrayList<>();
        parts.add(Path.of(Database.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        for (String key : List.of("jdk.module.path", "java.class.path")) {
            String v = System.getProperty(key);
            if (v != null && !v.isBlank()) {
                parts.add(v);
            }
        }
        return String.join(File.pathSeparator, parts);
    }
}
