package io.systemprompt.database.bench.jmh;

/** The row the query benchmarks map to. */
public record Item(long id, String name, int n) {
}
