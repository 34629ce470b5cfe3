package io.systemprompt.database.engine;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;

/**
 * How Java values travel to and from one engine, so that the same values bind and read back alike on
 * every engine: booleans, timestamps (UTC), UUIDs, enums, byte arrays and {@code null}.
 */
public interface ValueCodec {

    /** Binds one parameter; {@code value} may be null. */
    void bind(PreparedStatement statement, int index, Object value) throws SQLException;

    /**
     * A reader for one result column, chosen once per result set from its metadata. Readers return
     * engine-neutral values: {@code Long} for integers, {@code Boolean} for boolean columns,
     * {@code java.time.Instant} for timestamp columns, {@code LocalDate} for dates, {@code byte[]} for
     * blobs, and otherwise what the driver returns.
     */
    ColumnReader reader(ResultSetMetaData metaData, int column) throws SQLException;

    /**
     * The result's column labels, in order; the caller only reads the array. Read once per result, so
     * an engine whose driver already holds them may return its own copy instead of asking per column.
     */
    default String[] labels(ResultSet resultSet, ResultSetMetaData metaData) throws SQLException {
        String[] labels = new String[metaData.getColumnCount()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = metaData.getColumnLabel(i + 1);
        }
        return labels;
    }

    /** Reads one column of the current row. */
    @FunctionalInterface
    interface ColumnReader {
        /** Reads the column of the current row as an engine-neutral value. */
        Object read(ResultSet resultSet, int column) throws SQLException;
    }
}
