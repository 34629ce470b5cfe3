package io.systemprompt.database.data;

import io.systemprompt.database.data.format.JsonlRowWriter;

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
    private final MessageDigest sha;
    private final int[] order;
    private final TableLayout sorted;
    private final JsonlRowWriter.Canonical canonical = new JsonlRowWriter.Canonical();
    /** The sum as four 64-bit words, most significant first; a carry out of the top word is dropped (mod 2^256). */
    private final long[] sum = new long[4];
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
        add(sum, sha.digest(line));
        rows++;
        return line.length;
    }

    /** Adds a 32-byte big-endian number to the sum, modulo 2^256, without a BigInteger per row. */
    static void add(long[] sum, byte[] digest) {
        long carry = 0;
        for (int w = 3; w >= 0; w--) {
            long word = 0;
            for (int b = 0; b < 8; b++) {
                word = (word << 8) | (digest[w * 8 + b] & 0xff);
            }
            long total = sum[w] + word + carry;
            // Unsigned overflow: the result is below an addend, or equal to it when the other side was 2^64 - 1 + carry.
            carry = Long.compareUnsigned(total, sum[w]) < 0 || (carry == 1 && total == sum[w]) ? 1 : 0;
            sum[w] = total;
        }
    }

    /** Rows added. */
    public long rows() {
        return rows;
    }

    /** The checksum as 64 hex digits. */
    public String hex() {
        StringBuilder h = new StringBuilder(64);
        for (long word : sum) {
            String part = Long.toHexString(word);
            h.append("0".repeat(16 - part.length())).append(part);
        }
        return h.toString();
    }
}
