package io.systemprompt.database.data;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The content checksum's 256-bit sum in four words gives exactly what the sum of BigIntegers modulo 2^256
 * gave, so checksums in existing backup archives still match: seeded random digests, and the carries
 * that all-ones and near-overflow words cause.
 */
class ContentChecksumSumTest {
    private static final BigInteger MOD = BigInteger.ONE.shiftLeft(256);

    @Test
    void wordSumEqualsBigIntegerSumModulo2To256() {
        Random random = new Random(20261202L);
        long[] sum = new long[4];
        BigInteger expected = BigInteger.ZERO;
        for (int i = 0; i < 20_000; i++) {
            byte[] digest = new byte[32];
            switch (i % 4) {
                case 0 -> Arrays.fill(digest, (byte) 0xff);
                case 1 -> {
                    random.nextBytes(digest);
                    Arrays.fill(digest, 8 + random.nextInt(24), 32, (byte) 0xff); // long carry chains
                }
                default -> random.nextBytes(digest);
            }
            ContentChecksum.add(sum, digest);
            expected = expected.add(new BigInteger(1, digest)).mod(MOD);
            assertThat(hex(sum)).isEqualTo(pad(expected));
        }
    }

    private static String hex(long[] sum) {
        StringBuilder h = new StringBuilder();
        for (long w : sum) {
            h.append(HexFormat.of().toHexDigits(w));
        }
        return h.toString();
    }

    private static String pad(BigInteger v) {
        String h = v.toString(16);
        return "0".repeat(64 - h.length()) + h;
    }
}
