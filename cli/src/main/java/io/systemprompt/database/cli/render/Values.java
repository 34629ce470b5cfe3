package io.systemprompt.database.cli.render;

import java.util.HexFormat;

/** How one database value is shown as text. */
public final class Values {

    private Values() {
    }

    /** {@code NULL} for null, {@code \x…} hex for bytes, else the value's text. */
    public static String text(Object v) {
        if (v == null) {
            return "NULL";
        }
        if (v instanceof byte[] b) {
            return "\\x" + HexFormat.of().formatHex(b);
        }
        return v.toString();
    }
}
