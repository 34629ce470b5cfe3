package io.systemprompt.database.module;

import io.systemprompt.database.module.RootSource.RawFile;
import java.util.Arrays;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The files of one module folder in a {@link RootSource}: its {@code module.yaml} and the files below
 * its {@code database/} folder. A folder is a module when it has either. Discovery does not look for
 * modules inside a {@code database/} folder, and the root itself is never a module.
 */
final class ModuleFolder {
    final String key;
    RawFile descriptor;
    /** Files below {@code database/}, by path relative to it. */
    final SortedMap<String, RawFile> database = new TreeMap<>();

    private ModuleFolder(String key) {
        this.key = key;
    }

    /** Groups a source's files into module folders, by key. */
    static SortedMap<String, ModuleFolder> group(RootSource source) {
        SortedMap<String, ModuleFolder> folders = new TreeMap<>();
        source.files().forEach((rel, file) -> addFile(folders, rel.split("/"), file));
        for (String dir : source.dirs()) {
            String[] segs = dir.split("/");
            if (firstDatabase(segs, segs.length) == segs.length - 1 && segs.length > 1) {
                folder(folders, join(segs, 0, segs.length - 1));
            }
        }
        return folders;
    }

    private static void addFile(SortedMap<String, ModuleFolder> folders, String[] segs, RawFile file) {
        int n = segs.length;
        int db = firstDatabase(segs, n - 1);
        if (db > 0) {
            folder(folders, join(segs, 0, db)).database.put(join(segs, db + 1, n), file);
        } else if (db < 0 && n > 1 && segs[n - 1].equals("module.yaml")) {
            folder(folders, join(segs, 0, n - 1)).descriptor = file;
        }
    }

    /** Index of the first {@code database} segment before {@code limit}, or -1. */
    private static int firstDatabase(String[] segs, int limit) {
        for (int i = 0; i < limit; i++) {
            if (segs[i].equals("database")) {
                return i;
            }
        }
        return -1;
    }

    private static ModuleFolder folder(SortedMap<String, ModuleFolder> folders, String key) {
        return folders.computeIfAbsent(key, ModuleFolder::new);
    }

    private static String join(String[] segs, int from, int to) {
        return String.join("/", Arrays.copyOfRange(segs, from, to));
    }
}
