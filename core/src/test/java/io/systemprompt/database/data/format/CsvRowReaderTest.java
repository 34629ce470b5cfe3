package io.systemprompt.database.data.format;

import io.systemprompt.database.data.DataFormat;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The CSV reader takes fields as runs of its own buffer: fields across block ends keep text and positions. */
class CsvRowReaderTest {

    private static List<RawRow> read(String csv) throws IOException {
        RowReader r = RowReader.of(DataFormat.CSV, new StringReader(csv));
        List<RawRow> rows = new ArrayList<>();
        for (RawRow row = r.next(); row != null; row = r.next()) {
            rows.add(row);
        }
        return rows;
    }

    @Test
    void readsQuotedBareEmptyAndEscapedFields() throws IOException {
        List<RawRow> rows = read("id,name,note\r\n1,\"a, \"\"b\"\"\nc\",\n2,,\"\"\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).values()).containsExactly("1", "a, \"b\"\nc", null);
        assertThat(rows.get(1).line()).isEqualTo(4);
        assertThat(rows.get(1).values()).containsExactly("2", null, "");
    }

    @Test
    void fieldsLongerThanTheReadBlockArriveWhole() throws IOException {
        StringBuilder csv = new StringBuilder("a,b\n");
        List<String> expected = new ArrayList<>();
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 40; i++) {
            String bare = "x".repeat(random.nextInt(40_000));
            String quoted = "q\"" + "y".repeat(random.nextInt(40_000)) + "\n";
            csv.append(bare).append(",\"").append(quoted.replace("\"", "\"\"")).append("\"\n");
            expected.add((bare.isEmpty() ? null : bare) + "|" + quoted);
        }
        assertThat(read(csv.toString())).extracting(r -> r.values()[0] + "|" + r.values()[1])
                .containsExactlyElementsOf(expected);
    }

    @Test
    void errorsNameTheLineOfTheRow() {
        assertThatThrownBy(() -> read("a,b\n1,2\n3\n")).isInstanceOfSatisfying(RowReader.Malformed.class, e -> {
            assertThat(e.getMessage()).contains("1 fields but the header has 2");
            assertThat(e.line).isEqualTo(3);
        });
        assertThatThrownBy(() -> read("a\n1\n\"open\n")).isInstanceOfSatisfying(RowReader.Malformed.class,
                e -> assertThat(e.line).isEqualTo(3));
        assertThatThrownBy(() -> read("a\n\"x\"y\n")).isInstanceOf(RowReader.Malformed.class);
    }
}
