package io.systemprompt.database.internal;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class TimestampsTest {

    @Test
    void parsesEveryFormSqliteAndThisLibraryWrite() {
        assertThat(Timestamps.parseInstant("2024-03-01 12:34:56")).isEqualTo(Instant.parse("2024-03-01T12:34:56Z"));
        assertThat(Timestamps.parseInstant("2024-03-01 12:34:56.5")).isEqualTo(Instant.parse("2024-03-01T12:34:56.500Z"));
        assertThat(Timestamps.parseInstant("2024-03-01 12:34:56.123456789"))
                .isEqualTo(Instant.parse("2024-03-01T12:34:56.123456789Z"));
        assertThat(Timestamps.parseInstant("2024-03-01T12:34:56+02:00")).isEqualTo(Instant.parse("2024-03-01T10:34:56Z"));
        assertThat(Timestamps.parseInstant("2024-03-01")).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
        assertThat(Timestamps.parseInstant("2024-03-01 12:34")).isEqualTo(Instant.parse("2024-03-01T12:34:00Z"));
        assertThat(Timestamps.parseCanonical("2024-13-01 00:00:00")).isNull();
        assertThat(Timestamps.parseCanonical("2024-03-01 12:34:56.")).isNull();
        assertThat(Timestamps.parseCanonical("2024-03-01T12:34:56")).isNull();
    }

    /** The fast parser and the general formatter agree on every value the library writes. */
    @Test
    void fastPathAgreesWithFormattingOnRandomInstants() {
        Random random = new Random(20261127);
        for (int i = 0; i < 5_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextInt(2_000_000_000), random.nextInt(4) == 0 ? 0
                    : random.nextInt(1_000_000_000));
            String text = Timestamps.format(instant);
            assertThat(Timestamps.parseInstant(text)).as(text).isEqualTo(instant);
            assertThat(Timestamps.parseLocal(text)).isEqualTo(LocalDateTime.ofInstant(instant, java.time.ZoneOffset.UTC));
        }
    }
}
