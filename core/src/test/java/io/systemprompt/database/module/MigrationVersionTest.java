package io.systemprompt.database.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MigrationVersionTest {

    private static MigrationVersion v(String text) {
        return MigrationVersion.parse(text);
    }

    @Test
    void comparesNumericallySegmentBySegment() {
        assertThat(v("2")).isLessThan(v("10"));
        assertThat(v("1.2")).isLessThan(v("1.2.1"));
        assertThat(v("1.2.1")).isLessThan(v("1.10"));
        assertThat(v("1.9")).isLessThan(v("1.10"));
        assertThat(v("009")).isLessThan(v("10"));
        assertThat(v("1")).isEqualByComparingTo(v("001")).isEqualTo(v("001")).hasSameHashCodeAs(v("001"));
        assertThat(v("1.0")).isNotEqualTo(v("1")).isGreaterThan(v("1"));
    }

    @Test
    void keepsItsText() {
        assertThat(v("001").text()).isEqualTo("001");
        assertThat(v("1.2.1").segments()).containsExactly(1L, 2L, 1L);
        assertThat(v("0042")).hasToString("0042");
    }

    @Test
    void rejectsOtherText() {
        for (String bad : List.of("", "a", "1.", ".1", "1..2", "1_2", "-1", "99999999999999999999")) {
            assertThatThrownBy(() -> MigrationVersion.parse(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void sortingRandomVersionsMatchesNumericOrder() {
        Random random = new Random(7L);
        for (int round = 0; round < 100; round++) {
            List<MigrationVersion> versions = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                versions.add(v(randomVersion(random)));
            }
            Collections.shuffle(versions, random);
            Collections.sort(versions);
            for (int i = 1; i < versions.size(); i++) {
                assertThat(numericCompare(versions.get(i - 1), versions.get(i))).isLessThanOrEqualTo(0);
            }
        }
    }

    private static String randomVersion(Random random) {
        StringBuilder sb = new StringBuilder();
        int segments = 1 + random.nextInt(3);
        for (int s = 0; s < segments; s++) {
            sb.append(s == 0 ? "" : ".").append("0".repeat(random.nextInt(3))).append(random.nextInt(30));
        }
        return sb.toString();
    }

    /** An independent reference: pad each segment to 20 digits and compare the joined strings. */
    private static int numericCompare(MigrationVersion a, MigrationVersion b) {
        return key(a).compareTo(key(b));
    }

    private static String key(MigrationVersion v) {
        StringBuilder sb = new StringBuilder();
        for (long s : v.segments()) {
            sb.append(String.format("%020d|", s));
        }
        return sb.toString();
    }
}
