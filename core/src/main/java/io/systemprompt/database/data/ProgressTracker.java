package io.systemprompt.database.data;

/** Counts rows and bytes of one operation and reports to a {@link ProgressListener} every few rows. */
public final class ProgressTracker {
    private static final int EVERY_ROWS = 2000;

    private final String operation;
    private final ProgressListener listener;
    private final long start = System.nanoTime();
    private long totalRows = -1;
    private long rows;
    private long bytes;
    private String table;
    private java.util.function.LongSupplier bytesSource;

    public ProgressTracker(String operation, ProgressListener listener) {
        this.operation = operation;
        this.listener = listener == null ? ProgressListener.NONE : listener;
    }

    public void total(long totalRows) {
        this.totalRows = totalRows;
    }

    /** The operation's name: import, restore, copy. */
    public String operation() {
        return operation;
    }

    /** The table being worked on, or null before the first. */
    public String currentTable() {
        return table;
    }

    public void table(String name) {
        table = name;
        listener.progress(snapshot());
    }

    /** Bytes come from this counter (e.g. a stream's) until the next call; null goes back to counting. */
    public void bytesFrom(java.util.function.LongSupplier source) {
        if (bytesSource != null) {
            bytes = bytesSource.getAsLong();
        }
        bytesSource = source;
    }

    public void row(long rowBytes) {
        rows++;
        bytes += rowBytes;
        if (rows % EVERY_ROWS == 0) {
            listener.progress(snapshot());
        }
    }

    /** Replaces the byte count with an exact figure, e.g. a file's size. */
    public void bytes(long exact) {
        bytes = exact;
    }

    long rows() {
        return rows;
    }

    public long bytes() {
        return bytesSource == null ? bytes : bytesSource.getAsLong();
    }

    public java.time.Duration elapsed() {
        return java.time.Duration.ofNanos(System.nanoTime() - start);
    }

    public void finished() {
        bytesFrom(null);
        table = null;
        listener.finished(snapshot());
    }

    private Progress snapshot() {
        return new Progress(operation, table, rows, totalRows, bytes(), elapsed());
    }
}
