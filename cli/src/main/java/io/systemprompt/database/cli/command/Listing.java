package io.systemprompt.database.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Items of a result gathered in one pass twice over: as JSON objects for {@code --format json} and as
 * table rows for the other formats, so each command states only what an item shows.
 */
final class Listing {
    private final List<Object> docs = new ArrayList<>();
    private final List<List<Object>> rows = new ArrayList<>();

    /** Every item, as {@code doc} and {@code row} make it. */
    static <T> Listing of(Iterable<T> items, Function<T, Map<String, Object>> doc, Function<T, List<Object>> row) {
        Listing listing = new Listing();
        for (T item : items) {
            listing.add(doc.apply(item), row.apply(item));
        }
        return listing;
    }

    /** Adds one item. */
    void add(Map<String, Object> doc, List<Object> row) {
        docs.add(doc);
        rows.add(row);
    }

    /** The JSON objects, in order. */
    List<Object> docs() {
        return docs;
    }

    /** The table rows, in order. */
    List<List<Object>> rows() {
        return rows;
    }
}
