package io.systemprompt.database.data.load;

import io.systemprompt.database.data.DataException;
import io.systemprompt.database.data.DataFormat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** Finds the data files of an import: given files as they are, folders expanded to their data files. */
final class ImportFiles {
    private ImportFiles() {
    }

    /** Files by lower-case table name. */
    static Map<String, Path> resolve(List<Path> paths) {
        Map<String, Path> files = new LinkedHashMap<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                listFolder(p).forEach(f -> add(files, f));
            } else if (Files.isRegularFile(p)) {
                requireFormat(p);
                add(files, p);
            } else {
                throw new DataException("No file or folder " + p + ". Check the path.");
            }
        }
        if (files.isEmpty()) {
            throw new DataException("No data files (.jsonl, .csv, .sql, optionally .gz) in " + paths
                    + ". Point the import at the files or the folder an export wrote.");
        }
        return files;
    }

    private static List<Path> listFolder(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(f -> DataFormat.ofFile(f.getFileName().toString())
                    .isPresent()).sorted().toList();
        } catch (IOException e) {
            throw new DataException("Cannot list " + dir + ": " + e.getMessage() + ". Check the folder.", e);
        }
    }

    static DataFormat requireFormat(Path file) {
        return DataFormat.ofFile(file.getFileName().toString()).orElseThrow(() -> new DataException(
                "Cannot tell the format of " + file + ". Name data files <table>.jsonl, .csv or .sql,"
                        + " with .gz when compressed."));
    }

    private static void add(Map<String, Path> files, Path f) {
        String table = DataFormat.tableOf(f.getFileName().toString()).toLowerCase(Locale.ROOT);
        Path before = files.put(table, f);
        if (before != null && !before.equals(f)) {
            throw new DataException("Two files hold table " + table + ": " + before + " and " + f
                    + ". Import one of them.");
        }
    }
}
