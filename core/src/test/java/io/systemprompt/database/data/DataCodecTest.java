package io.systemprompt.database.data;

import io.systemprompt.database.data.format.Json;
import io.systemprompt.database.data.format.JsonlRowWriter;
import io.systemprompt.database.data.format.RawRow;
import io.systemprompt.database.data.format.RowReader;
import io.systemprompt.database.data.format.RowWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The row codecs on their own: the exact bytes spdb writes, what it reads back, and how bad text fails. */
class DataCodecTest {
    private static final TableLayout LAYOUT = new TableLayout("t", List.of("id", "note", "flag", "at"),
            List.of(ColumnKind.INTEGER, ColumnKind.TEXT, ColumnKind.BOOLEAN, ColumnKind.TIMESTAMP), List.of("id"));
    private static final String AWKWARD = "q\"b\\s/\b\f\n\r\t\u0001\u007f\u2028\u2029é😀";

    @Test
    void canonicalJsonKeepsTheEscapesOfEarlierReleases() {
        String line = new JsonlRowWriter.Canonical().line(LAYOUT,
                new Object[] {7L, AWKWARD, true, Instant.parse("2024-01-31T10:00:00Z")});
        // Content checksums of existing backups hash exactly this text.
        assertThat(line).isEqualTo("{\"id\":7,\"note\":\"q\\\"b\\\\s/\\u0008\\u000c\\n\\r\\t\\u0001\u007f\\u2028\\u2029é😀\","
                + "\"flag\":true,\"at\":\"2024-01-31T10:00:00Z\"}");
        assertThat(new JsonlRowWriter.Canonical().line(LAYOUT, new Object[] {null, null, false, null}))
                .isEqualTo("{\"id\":null,\"note\":null,\"flag\":false,\"at\":null}");
    }

    @ParameterizedTest
    @EnumSource(value = DataFormat.class, names = {"JSONL", "CSV"})
    void rowsReadBackAsWritten(DataFormat format) throws IOException {
        List<Object[]> rows = List.of(new Object[] {1L, AWKWARD, true, "x"}, new Object[] {2L, "", false, null},
                new Object[] {new BigDecimal("123456789012345678901234567890.5"), "a,b\n\"c\"", null, "y"});
        StringWriter out = new StringWriter();
        RowWriter writer = RowWriter.of(format, out, LAYOUT);
        writer.begin();
        for (Object[] row : rows) {
            writer.row(row);
        }
        RowReader reader = RowReader.of(format, new StringReader(out.toString()));
        List<List<String>> back = new ArrayList<>();
        for (RawRow r = reader.next(); r != null; r = reader.next()) {
            assertThat(r.names()).containsExactlyElementsOf(LAYOUT.columns());
            back.add(Arrays.stream(r.values()).map(v -> v == null ? null : v.toString()).toList());
        }
        assertThat(back).containsExactly(Arrays.asList("1", AWKWARD, "true", "x"), Arrays.asList("2", "", "false", null),
                Arrays.asList("123456789012345678901234567890.5", "a,b\n\"c\"", null, "y"));
    }

    @Test
    void csvRowsStartOnTheirOwnLineEvenAfterAMultiLineValue() throws IOException {
        RowReader reader = RowReader.of(DataFormat.CSV, new StringReader("\"a\",\"b\"\n1,\"x\ny\"\n2,\"z\"\n"));
        assertThat(reader.next().line()).isEqualTo(2);
        assertThat(reader.next().line()).isEqualTo(4);
        assertThat(reader.next()).isNull();
    }

    @Test
    void badTextNamesItsLine() {
        assertThatThrownBy(() -> read(DataFormat.CSV, "\"a\",\"b\"\n1,2\n3,\"open\" x\n"))
                .isInstanceOf(RowReader.Malformed.class).satisfies(e -> assertThat(((RowReader.Malformed) e).line).isEqualTo(3));
        assertThatThrownBy(() -> read(DataFormat.CSV, "\"a\",\"b\"\n1,2\n3\n"))
                .isInstanceOf(RowReader.Malformed.class).hasMessageContaining("the row has 1 fields but the header has 2");
        assertThatThrownBy(() -> read(DataFormat.JSONL, "{\"a\":1}\n\n{\"a\":[1]}\n"))
                .isInstanceOf(RowReader.Malformed.class).hasMessageContaining("\"a\" is a JSON object or array")
                .satisfies(e -> assertThat(((RowReader.Malformed) e).line).isEqualTo(3))
                .satisfies(e -> assertThat(((RowReader.Malformed) e).column).isEqualTo(6));
        assertThatThrownBy(() -> read(DataFormat.JSONL, "{\"a\":1} {\"a\":2}\n"))
                .isInstanceOf(RowReader.Malformed.class).hasMessageContaining("unexpected text after the object");
        assertThatThrownBy(() -> read(DataFormat.JSONL, "{\"a\":tru}\n"))
                .isInstanceOf(RowReader.Malformed.class).hasMessageContaining("not a JSON object per line: column ");
    }

    @ParameterizedTest
    @EnumSource(value = DataFormat.class, names = {"JSONL", "CSV"})
    void anEndlessLineFailsWithItsNumberInsteadOfFillingTheMemory(DataFormat format) {
        String endless = format == DataFormat.CSV ? "\"a\"\n\"" + "x".repeat(5000) : "{\"a\":1}\n{\"a\":\"" + "x".repeat(5000);
        assertThatThrownBy(() -> {
            RowReader reader = RowReader.of(format, new LineLimitReader(new StringReader(endless), "f", 1000));
            while (reader.next() != null) {
                // read until the limit trips
            }
        }).isInstanceOf(IOException.class).hasMessageContaining("f: line 2", "longer than 1000 characters");
    }

    @Test
    void documentsParseIntoOrderedMapsAndExactNumbers() {
        Object doc = Json.parse("{\"b\": [1, 2.50, \"x\"], \"a\": {\"n\": null, \"t\": true}}");
        assertThat(doc).isInstanceOf(Map.class);
        assertThat(List.copyOf(((Map<?, ?>) doc).keySet())).isEqualTo(List.of("b", "a"));
        assertThat(((Map<?, ?>) doc).get("b")).isEqualTo(List.of(new BigDecimal("1"), new BigDecimal("2.50"), "x"));
        assertThatThrownBy(() -> Json.parse("{\"a\": 1} x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("column ");
    }

    private static void read(DataFormat format, String text) throws IOException {
        RowReader reader = RowReader.of(format, new StringReader(text));
        while (reader.next() != null) {
            // read to the end
        }
    }
}
