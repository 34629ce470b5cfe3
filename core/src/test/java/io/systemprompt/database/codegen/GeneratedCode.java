package io.systemprompt.database.codegen;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Compiles generated sources (and test drivers kept as resources under {@code codegen/}) with the
 * platform compiler (javac, as javax.tools would run it) against the test's class and module path, and loads them in a fresh class loader.
 */
final class GeneratedCode {
    private GeneratedCode() {
    }

    /** Writes the files under {@code dir/src}, compiles everything there into {@code dir/classes}. */
    static URLClassLoader compile(List<GeneratedFile> files, Path dir, String... driverResources) throws IOException {
        return compile(files, dir, java.util.Map.of(), driverResources);
    }

    /** Also compiles {@code sources}: top-level class name to its source text. */
    static URLClassLoader compile(List<GeneratedFile> files, Path dir, java.util.Map<String, String> sources,
            String... driverResources) throws IOException {
        Path src = dir.resolve("src");
        Files.createDirectories(src);
        for (java.util.Map.Entry<String, String> e : sources.entrySet()) {
            Files.writeString(src.resolve(e.getKey() + ".java"), e.getValue());
        }
        for (GeneratedFile f : files) {
            Path target = src.resolve(f.path());
            Files.createDirectories(target.getParent());
            Files.writeString(target, f.content());
        }
        for (String driver : driverResources) {
            try (InputStream in = GeneratedCode.class.getResourceAsStream("/codegen/" + driver + ".java")) {
                Files.writeString(src.resolve(driver + ".java"), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        Path classes = Files.createDirectories(dir.resolve("classes"));
        List<File> all;
        try (Stream<Path> walk = Files.walk(src)) {
            all = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).sorted().toList();
        }
        // The platform compiler through java.base's ToolProvider: the test module need not read java.compiler.
        ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow(() -> new AssertionError("No javac: run on a JDK"));
        List<String> args = new ArrayList<>(List.of("-classpath", classpath(), "-d", classes.toString(),
                "-encoding", "UTF-8", "-Xlint:all,-path,-processing", "-Xdoclint:all/protected", "-Werror", "--release", "17"));
        all.forEach(f -> args.add(f.toString()));
        StringWriter messages = new StringWriter();
        try (PrintWriter w = new PrintWriter(messages)) {
            int exit = javac.run(w, w, args.toArray(String[]::new));
            w.flush();
            if (exit != 0) {
                throw new AssertionError("Generated code does not compile (javac exit " + exit + "):\n" + messages);
            }
        }
        return new URLClassLoader(new URL[] {url(classes)}, GeneratedCode.class.getClassLoader());
    }

    /** The test's class path and module path together: the library and its dependencies. */
    private static String classpath() {
        List<String> parts = new ArrayList<>();
        for (String property : List.of("java.class.path", "jdk.module.path")) {
            String value = System.getProperty(property);
            if (value != null && !value.isBlank()) {
                parts.add(value);
            }
        }
        return String.join(File.pathSeparator, parts);
    }

    private static URL url(Path p) {
        try {
            return p.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }
}
