package io.systemprompt.database.bench.bulk;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The bulk-insert rows {@code (id, name, n)}, in memory for the batches and as a CSV file for the engines' tools. */
record BulkData(List<Object[]> rows, Path csv) {

    static BulkData generate(int count, Path dir) {
        List<Object[]> rows = new ArrayList<>(count);
        Path csv = dir.resolve("bulk-" + count + ".csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv)) {
            for (int i = 1; i <= count; i++) {
                Object[] row = {(long) i, "name " + i, i % 1000};
                rows.add(row);
                w.write(i + ",name " + i + "," + (i % 1000) + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + csv, e);
        }
        return new BulkData(rows, csv);
    }
}
