package io.systemprompt.database.data;

import io.systemprompt.database.data.format.JsonlRowWriter;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * A checksum of a table's content that does not depend on row order, column order or engine: the sum,
 * modulo 2^256, of the SHA-256 of each row's canonical JSON (keys lower-cased and sorted). PostgreSQL
 * and SQLite sort text differently, so an order-free sum is what lets a copy be verified across engines;
 * a sum (unlike XOR) still tells duplicate rows apart.
 */
public final class ContentChecksum {
    private static final BigInteger MOD = BigInteger.ONE.shiftLeft(256);

    private final MessageDigest sha;
    private final int[] order;
    private final TableLayout sorted;
    private final JsonlRowWriter.Canonical canonical = new JsonlRowWriter.Canonical();
    private BigInteger sum = BigInteger.ZERO;
    private long rows;

    /** A checksum over rows of this layout. */
    public ContentChecksum(TableLayout layout) {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        List<String> lower = layout.columns().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        order = IntStream.range(0, lower.size()).boxed().sorted(Comparator.comparing(lower::get))
                .mapToInt(Integer::intValue).toArray();
        sorted = new TableLayout(layout.table(), IntStream.of(order).mapToObj(lower::get).toList(),
                IntStream.of(order).mapToObj(layout.kinds()::get).toList(), List.of());
    }

    /** Adds one row, values in the layout's column order; returns the size of its canonical form in bytes. */
    public int add(Object[] values) {
        Object[] v = new Object[order.length];
        for (int i = 0; i < order.length; i++) {
            v[i] = values[order[i]];
        }
        byte[] line = canonical.line(sorted, v).getBytes(StandardCharsets.UTF_8);
        sum = sum.add(new BigInteger(1, sha.digest(line))).mod(MOD);
        rows++;
        return line.length;
    }

    /** Rows added. */
    public long rows() {
        return rows;
    }

    /** The checksum as 64 hex digits. */
    public String hex() {
        String h = sum.toString(16);
        return "0".repeat(64 - h.length()) + h;
    }
}
