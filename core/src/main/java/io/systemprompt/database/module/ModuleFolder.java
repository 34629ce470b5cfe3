package io.systemprompt.database.module;

import io.systemprompt.database.module.RootSource.RawFile;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The files of one module folder in a {@link RootSource}: its {@code module.yaml} and the files below
 * its {@code database/} folder.
 *
 * <p>A folder is a module when it holds a {@code module.yaml}, or a {@code database/} folder that is
 * not itself a module. Only the {@code database/} folder directly inside a module folder is its SQL
 * folder, so a module may be named {@code database} ({@code core/database/database/schema.sql}), and
 * modules may sit below a folder that is itself a module. Nothing below an SQL folder is a module, and
 * the root itself is never a module.
 */
final class ModuleFolder {
    static final String SQL_FOLDER = "database";

    final String key;
    RawFile descriptor;
    /** Files below {@code database/}, by path relative to it. */
    final SortedMap<String, RawFile> database = new TreeMap<>();

    private ModuleFolder(String key) {
        this.key = key;
    }

    /** Groups a source's files into module folders, by key. */
    static SortedMap<String, ModuleFolder> group(RootSource source) {
        Set<String> yamlDirs = new TreeSet<>();
        source.files().keySet().stream().filter(p -> p.endsWith("/" + RootSource.DESCRIPTOR))
                .forEach(p -> yamlDirs.add(parent(p)));
        Shape shape = new Shape(yamlDirs, source.dirs());
        SortedMap<String, ModuleFolder> folders = new TreeMap<>();
        Set<String> candidates = new TreeSet<>(yamlDirs);
        source.dirs().stream().filter(d -> d.contains("/")).forEach(d -> candidates.add(parent(d)));
        for (String dir : candidates) {
            if (!dir.isEmpty() && shape.isModule(dir) && !shape.insideSqlFolder(dir)) {
                folders.put(dir, new ModuleFolder(dir));
            }
        }
        source.files().forEach((rel, file) -> place(folders, rel, file));
        return folders;
    }

    /** Puts a file into the module whose descriptor or SQL folder it is; other files are not module files. */
    private static void place(SortedMap<String, ModuleFolder> folders, String rel, RawFile file) {
        if (rel.endsWith("/" + RootSource.DESCRIPTOR)) {
            ModuleFolder f = folders.get(parent(rel));
            if (f != null) {
                f.descriptor = file;
                return;
            }
        }
        for (String dir = parent(rel); !dir.isEmpty(); dir = parent(dir)) {
            if (dir.endsWith("/" + SQL_FOLDER)) {
                ModuleFolder f = folders.get(parent(dir));
                if (f != null) {
                    f.database.put(rel.substring(dir.length() + 1), file);
                    return;
                }
            }
        }
    }

    /** The folder containing a path, "" at the top. */
    static String parent(String rel) {
        int slash = rel.lastIndexOf('/');
        return slash < 0 ? "" : rel.substring(0, slash);
    }

    /** Which folders are modules, decided from the {@code module.yaml} files and {@code database} folders. */
    private static final class Shape {
        private final Set<String> yamlDirs;
        private final Set<String> sqlNamedDirs;
        private final Map<String, Boolean> memo = new HashMap<>();

        Shape(Set<String> yamlDirs, Set<String> sqlNamedDirs) {
            this.yamlDirs = yamlDirs;
            this.sqlNamedDirs = sqlNamedDirs;
        }

        boolean isModule(String dir) {
            Boolean known = memo.get(dir);
            if (known == null) {
                String sql = dir + "/" + SQL_FOLDER;
                known = yamlDirs.contains(dir) || (sqlNamedDirs.contains(sql) && !isModule(sql));
                memo.put(dir, known);
            }
            return known;
        }

        /** True when an ancestor of {@code dir} is the SQL folder of a module. */
        boolean insideSqlFolder(String dir) {
            for (String d = parent(dir); !d.isEmpty(); d = parent(d)) {
                if (d.endsWith("/" + SQL_FOLDER) && isModule(parent(d)) && !isModule(d)) {
                    return true;
                }
            }
            return false;
        }
    }
}
