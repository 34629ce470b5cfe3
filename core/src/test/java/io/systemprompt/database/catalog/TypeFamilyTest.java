package io.systemprompt.database.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TypeFamilyTest {

    @ParameterizedTest
    @CsvSource({
        "INTEGER, integer", "bigint, integer", "INT, integer", "smallint, integer",
        "TEXT, text", "VARCHAR(255), text", "character varying(64), text", "CHAR(1), text", "JSON, text",
        "jsonb, text", "REAL, real", "double precision, real", "FLOAT, real",
        "BOOLEAN, boolean", "bool, boolean", "TIMESTAMP, timestamp", "DATETIME, timestamp",
        "TIMESTAMPTZ, timestamp", "timestamp with time zone, timestamp", "timestamp(3) without time zone, timestamp",
        "BLOB, blob", "bytea, blob", "'NUMERIC(10, 2)', numeric", "decimal, numeric", "DATE, date",
        "UUID, uuid", "'  Custom   Type (3) ', custom type"
    })
    void mapsDeclaredTypesToFamilies(String declared, String family) {
        assertThat(TypeFamily.of(declared)).isEqualTo(family);
    }

    @Test
    void untypedColumnHasNoFamily() {
        assertThat(TypeFamily.of("")).isEmpty();
        assertThat(TypeFamily.of(null)).isEmpty();
    }
}
