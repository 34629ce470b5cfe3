package io.systemprompt.database.module;

import java.util.SortedMap;
import java.util.SortedSet;

/**
 * The module-relevant content of one physical place of a root: a directory, or one folder or jar
 * found for a classpath prefix. Paths are relative to the place, with {@code /} separators.
 *
 * @param place where this came from, for messages
 * @param files {@code module.yaml} files and {@code .sql} files under a {@code database/} folder, read once
 * @param dirs  folders named {@code database} (so a module with an empty one is still found)
 */
record RootSource(String place, SortedMap<String, RawFile> files, SortedSet<String> dirs) {

    /** A file's location (path or URL) and its bytes. */
    record RawFile(String location, byte[] bytes) {
    }

    /** True for files discovery reads: any {@code module.yaml} and {@code .sql} below a {@code database/}. */
    static boolean relevant(String relPath) {
        String[] segs = relPath.split("/");
        String name = segs[segs.length - 1];
        if (name.equals("module.yaml")) {
            return true;
        }
        // Any case: 001_a.SQL is read, so it is reported as a bad name instead of being skipped silently.
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".sql")) {
            return false;
        }
        for (int i = 0; i < segs.length - 1; i++) {
            if (segs[i].equals("database")) {
                return true;
            }
        }
        return false;
    }

    /** True for a folder named {@code database}. */
    static boolean relevantDir(String relPath) {
        return relPath.equals("database") || relPath.endsWith("/database");
    }
}
