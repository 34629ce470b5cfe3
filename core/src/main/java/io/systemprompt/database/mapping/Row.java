package io.systemprompt.database.mapping;

import io.systemprompt.database.MappingException;
import io.systemprompt.database.engine.ValueCodec;
import io.systemprompt.database.engine.ValueCodec.ColumnReader;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The current row of a result, read through the engine's {@link ValueCodec} so values look alike on
 * every engine. One instance serves all rows of a result; it is not valid after the result closes.
 */
public final class Row {
    private final ResultSet resultSet;
    private final ResultSetMetaData metaData;
    private final ValueCodec codec;
    private final String[] labels;
    private ColumnReader[] readers;
    private Map<String, Integer> byName;

    /** Reads the result's metadata once. */
    public Row(ResultSet resultSet, ValueCodec codec) throws SQLException {
        this.resultSet = resultSet;
        this.codec = codec;
        this.metaData = resultSet.getMetaData();
        this.labels = codec.labels(resultSet, metaData);
    }

    /** The column's reader, chosen from its type on first use and kept for the rest of the result. */
    private ColumnReader reader(int column) throws SQLException {
        if (readers == null) {
            readers = new ColumnReader[labels.length]; // not needed when every column has a typed getter
        }
        ColumnReader r = readers[column - 1];
        if (r == null) {
            r = codec.reader(metaData, column);
            readers[column - 1] = r;
        }
        return r;
    }

    /** Number of columns. */
    public int columnCount() {
        return labels.length;
    }

    /** The column's {@link java.sql.Types} code as the driver reports it for this result. */
    int sqlType(int column) throws SQLException {
        return metaData.getColumnType(column);
    }

    /** The label of a column, 1-based. */
    public String label(int column) {
        return labels[column - 1];
    }

    /** The value of a column, 1-based, in its engine-neutral form (see {@link ValueCodec#reader}). */
    public Object get(int column) throws SQLException {
        return reader(column).read(resultSet, column);
    }

    /** The value of a column converted to {@code type}. */
    public <T> T get(int column, Class<T> type) throws SQLException {
        return ValueConverter.convert(get(column), type, labels[column - 1]);
    }

    /** The value of the column with this label (case-insensitive). */
    public Object get(String label) throws SQLException {
        return get(indexOf(label));
    }

    /** The value of the column with this label converted to {@code type}. */
    public <T> T get(String label, Class<T> type) throws SQLException {
        return get(indexOf(label), type);
    }

    /** The 1-based position of a column label (case-insensitive), or a {@link MappingException}. */
    public int indexOf(String label) {
        if (byName == null) {
            byName = new LinkedHashMap<>();
            for (int i = labels.length - 1; i >= 0; i--) {
                byName.put(labels[i].toLowerCase(Locale.ROOT), i + 1);
            }
        }
        Integer i = byName.get(label.toLowerCase(Locale.ROOT));
        if (i == null) {
            throw new MappingException("No column '" + label + "' in the result; its columns are "
                    + String.join(", ", labels) + ".");
        }
        return i;
    }

    /** The row as an ordered column-to-value map. */
    public Map<String, Object> toMap() throws SQLException {
        Map<String, Object> m = new LinkedHashMap<>(labels.length * 2);
        for (int i = 0; i < labels.length; i++) {
            m.put(labels[i], reader(i + 1).read(resultSet, i + 1));
        }
        return m;
    }

    /** The underlying result, for mappers that need driver-specific access. */
    public ResultSet resultSet() {
        return resultSet;
    }
}
