package io.systemprompt.database.data.format;

import java.util.List;

/**
 * One row as read from a data file, before decoding: values are {@code null}, Boolean, BigDecimal,
 * String or byte[].
 *
 * @param names   column names as the file gives them
 * @param values  raw values, index for index
 * @param line    the 1-based line where the row starts
 * @param columns the 1-based column where each value starts
 */
public record RawRow(List<String> names, Object[] values, int line, int[] columns) {
}
