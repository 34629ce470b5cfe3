package io.systemprompt.database.data;

import java.nio.file.Path;
import java.util.List;

/**
 * What to export and where.
 *
 * @param directory where to write one file per table, named {@code <table>.<format>[.gz]}; created if missing
 * @param tables    the tables to export; empty for every module table (the tracking tables are left out)
 * @param format    the file format
 * @param gzip      true to gzip-compress each file
 */
public record ExportOptions(Path directory, List<String> tables, DataFormat format, boolean gzip) {

    public ExportOptions {
        tables = tables == null ? List.of() : List.copyOf(tables);
    }
}
