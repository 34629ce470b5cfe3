package io.systemprompt.database.translate;

import io.systemprompt.database.script.TokenType;
import java.util.Set;

/**
 * One column definition of CREATE TABLE or ALTER TABLE ADD COLUMN: its name, its type (replaced by
 * the caller once the table's primary key is known) and its constraints, translated in place.
 */
final class ColumnDefinition {
    private static final Set<String> CONSTRAINT_START = Set.of(
            "CONSTRAINT", "PRIMARY", "NOT", "NULL", "UNIQUE", "CHECK", "DEFAULT", "COLLATE", "REFERENCES",
            "GENERATED", "AS");

    final StatementTokens st;
    final String name;
    final String sqliteType;
    final String postgresType;
    final int typeFrom;
    final int typeTo;
    boolean primaryKey;
    boolean unique;

    private ColumnDefinition(StatementTokens st, int from, int typeTo, String sqliteType, String postgresType) {
        this.st = st;
        this.name = Identifiers.name(st.get(from));
        this.typeFrom = from + 1;
        this.typeTo = typeTo;
        this.sqliteType = sqliteType;
        this.postgresType = postgresType;
    }

    /** Parses and translates the definition in tokens from..to (inclusive). */
    static ColumnDefinition parse(StatementTokens st, int from, int to) {
        if (!Identifiers.isName(st.get(from))) {
            throw st.fail(from, st.get(from).text(), "expected a column name");
        }
        st.replace(from, Identifiers.definition(st.get(from)));
        int typeTo = from;
        StringBuilder type = new StringBuilder();
        while (typeTo < to && st.get(typeTo + 1).type() == TokenType.WORD
                && !CONSTRAINT_START.contains(st.get(typeTo + 1).upper())) {
            typeTo++;
            type.append(type.length() == 0 ? "" : " ").append(st.get(typeTo).upper());
        }
        if (typeTo == from) {
            throw st.fail(from, "column " + st.get(from).text() + " without a type",
                    "SQLite allows it, PostgreSQL needs a type; declare one (TEXT, INTEGER, REAL, BLOB …)");
        }
        String pg = TypeMapper.postgresType(type.toString())
                .orElseThrow(() -> st.fail(from + 1, "type " + type, "no PostgreSQL type is known for it"));
        int sizeEnd = st.isPunct(typeTo + 1, "(") ? st.closingParen(typeTo + 1) : typeTo;
        ColumnDefinition column = new ColumnDefinition(st, from, sizeEnd, type.toString(), pg);
        column.constraints(sizeEnd + 1, to);
        return column;
    }

    /** The PostgreSQL type text: NUMERIC keeps its precision, other sizes are dropped. */
    String postgresTypeText() {
        boolean sized = typeTo > typeFrom && st.isPunct(typeTo, ")") && TypeMapper.keepsSize(postgresType);
        return sized ? postgresType + st.originalOf(lastTypeWord() + 1, typeTo) : postgresType;
    }

    /** The shape recorded in the translation context. */
    ColumnShape shape() {
        return new ColumnShape(name, postgresType);
    }

    /** Writes the final type text over the SQLite type. */
    void replaceType(String text) {
        st.replaceRange(typeFrom, typeTo, text);
    }

    private int lastTypeWord() {
        int k = typeFrom;
        while (k < typeTo && !st.isPunct(k + 1, "(")) {
            k++;
        }
        return k;
    }

    private void constraints(int from, int to) {
        int k = from;
        while (k <= to) {
            k = ColumnConstraints.translate(this, k, to);
        }
    }
}
