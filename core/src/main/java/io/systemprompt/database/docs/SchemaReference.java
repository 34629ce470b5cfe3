package io.systemprompt.database.docs;

import io.systemprompt.database.config.EngineType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A schema reference: every module with the tables it creates, read from one catalog. Render it with
 * {@link #files()} or write it with {@link #writeTo(Path)}; the output depends only on the modules and
 * the catalog (no timestamps, no paths, stable order), so it can be checked in and diffed.
 *
 * @param engine   the engine whose catalog was read
 * @param live     true when read from a configured database (migration states are shown), false for a
 *                 scratch database with every module applied
 * @param modules  modules in install order
 * @param unowned  tables that no module file creates (made by hand or by another tool)
 */
public record SchemaReference(EngineType engine, boolean live, List<ModuleReference> modules,
        List<TableReference> unowned) {

    /** Copies the lists. */
    public SchemaReference {
        modules = List.copyOf(modules);
        unowned = List.copyOf(unowned);
    }

    /** The module with this key. */
    public Optional<ModuleReference> module(String key) {
        return modules.stream().filter(m -> m.key().equals(key)).findFirst();
    }

    /** The key of the module that creates a table, or {@code ""}; compared case-insensitively. */
    public String ownerOf(String table) {
        return tables().stream().filter(t -> t.name().equalsIgnoreCase(table)).map(TableReference::module)
                .findFirst().orElse("");
    }

    /** Every table of every module, then the unowned ones. */
    public List<TableReference> tables() {
        List<TableReference> all = new ArrayList<>();
        modules.forEach(m -> all.addAll(m.tables()));
        all.addAll(unowned);
        return all;
    }

    /**
     * The reference as files: {@code index.md}, {@code modules.dot}, and per module
     * {@code <key>.md} and {@code <key>.dot} with {@code /} in the key written as {@code .}.
     *
     * @return file name to content, sorted by name
     */
    public SortedMap<String, String> files() {
        SortedMap<String, String> files = new TreeMap<>();
        files.put("index.md", new MarkdownPages(this).index());
        files.put("modules.dot", Dot.moduleGraph(modules));
        for (ModuleReference m : modules) {
            files.put(pageName(m.key()), new MarkdownPages(this).module(m));
            files.put(dotName(m.key()), Dot.tables(this, m));
        }
        return files;
    }

    /**
     * Writes {@link #files()} into a folder, creating it when missing; existing files of the same name
     * are replaced.
     *
     * @return the files written, in name order
     */
    public List<Path> writeTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (var file : files().entrySet()) {
            Path target = folder.resolve(file.getKey());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            written.add(target);
        }
        return written;
    }

    /** The page of a module: {@code core/auth} → {@code core.auth.md}. */
    public static String pageName(String key) {
        return fileStem(key) + ".md";
    }

    /** The Graphviz file of a module: {@code core/auth} → {@code core.auth.dot}. */
    public static String dotName(String key) {
        return fileStem(key) + ".dot";
    }

    private static String fileStem(String key) {
        return key.replace('/', '.').replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
