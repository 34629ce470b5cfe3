package io.systemprompt.database.lint;

/**
 * One action of an ALTER TABLE statement.
 *
 * @param kind       what it does
 * @param column     the lower-case column it touches, or null
 * @param added      the column definition of ADD COLUMN, or null
 * @param constraint for ADD CONSTRAINT: FOREIGN, CHECK, UNIQUE or PRIMARY; otherwise null
 * @param notValid   ADD CONSTRAINT … NOT VALID
 * @param usingIndex ADD CONSTRAINT … USING INDEX (builds nothing, takes the index over)
 * @param newName    the new name of a RENAME, or null
 */
record AlterAction(Kind kind, String column, ColumnSpec added, String constraint, boolean notValid,
        boolean usingIndex, String newName) {

    /** The kinds of ALTER TABLE action the rules care about. */
    enum Kind {
        ADD_COLUMN, DROP_COLUMN, RENAME_COLUMN, RENAME_TABLE, ALTER_TYPE, SET_NOT_NULL, ADD_CONSTRAINT,
        VALIDATE_CONSTRAINT, OTHER
    }

    /** Reads one action from tokens from..to (inclusive). */
    static AlterAction read(Tokens t, int from, int to) {
        int k = from;
        if (t.word(k, "ADD")) {
            k++;
            if (t.word(k, "CONSTRAINT")) {
                k += 2;
            }
            String c = t.get(k).upper();
            if (c.equals("FOREIGN") || c.equals("CHECK") || c.equals("UNIQUE") || c.equals("PRIMARY")) {
                boolean notValid = t.findWord(k, to, "VALID") > 0 && t.word(t.findWord(k, to, "VALID") - 1, "NOT");
                return new AlterAction(Kind.ADD_CONSTRAINT, null, null, c, notValid,
                        t.findWord(k, to, "USING") >= 0, null);
            }
            if (t.word(k, "COLUMN")) {
                k++;
            }
            if (t.words(k, "IF", "NOT", "EXISTS")) {
                k += 3;
            }
            ColumnSpec col = ColumnSpec.read(t, k, to);
            return new AlterAction(Kind.ADD_COLUMN, col.name(), col, null, false, false, null);
        }
        if (t.word(k, "DROP") && !t.word(k + 1, "CONSTRAINT")) {
            k += t.word(k + 1, "COLUMN") ? 2 : 1;
            k += t.words(k, "IF", "EXISTS") ? 2 : 0;
            return simple(Kind.DROP_COLUMN, t.name(k));
        }
        if (t.word(k, "RENAME")) {
            if (t.word(k + 1, "TO")) {
                return new AlterAction(Kind.RENAME_TABLE, null, null, null, false, false, t.name(k + 2));
            }
            k += t.word(k + 1, "COLUMN") ? 2 : 1;
            return new AlterAction(Kind.RENAME_COLUMN, t.name(k), null, null, false, false, t.name(k + 2));
        }
        if (t.word(k, "VALIDATE")) {
            return simple(Kind.VALIDATE_CONSTRAINT, null);
        }
        if (t.word(k, "ALTER")) {
            k += t.word(k + 1, "COLUMN") ? 2 : 1;
            String column = t.name(k);
            if (t.word(k + 1, "TYPE") || t.words(k + 1, "SET", "DATA", "TYPE")) {
                return simple(Kind.ALTER_TYPE, column);
            }
            if (t.words(k + 1, "SET", "NOT", "NULL")) {
                return simple(Kind.SET_NOT_NULL, column);
            }
            return simple(Kind.OTHER, column);
        }
        return simple(Kind.OTHER, null);
    }

    private static AlterAction simple(Kind kind, String column) {
        return new AlterAction(kind, column, null, null, false, false, null);
    }
}
