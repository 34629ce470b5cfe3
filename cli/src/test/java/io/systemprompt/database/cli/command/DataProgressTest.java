package io.systemprompt.database.cli.command;

import io.systemprompt.database.data.Progress;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The progress line drawn on a terminal. */
class DataProgressTest {

    @Test
    void knownTotalDrawsABarCountsBytesEtaAndTable() {
        Progress p = new Progress("export", "users", 2500, 10_000, 3 * 1024 * 1024, Duration.ofSeconds(5));
        assertThat(DataProgress.line(p))
                .isEqualTo("[######                  ] 2,500/10,000 rows  3.0 MB  ETA 15s  users");
    }

    @Test
    void unknownTotalShowsRowsOnly() {
        Progress p = new Progress("import", null, 42, -1, 512, Duration.ofMillis(10));
        assertThat(DataProgress.line(p)).isEqualTo("42 rows  512 B");
    }

    @Test
    void longEtasReadInMinutes() {
        assertThat(DataProgress.duration(Duration.ofSeconds(125))).isEqualTo("2m05s");
        assertThat(DataProgress.bytes(1536)).isEqualTo("1.5 KB");
    }
}
