package io.systemprompt.database.translate;

/** SQLite strftime formats as PostgreSQL to_char patterns. */
final class StrftimeFormat {

    private StrftimeFormat() {
    }

    /**
     * The to_char pattern for a strftime format, or null if it uses a conversion without an exact
     * equivalent. Literal letters are double-quoted so to_char does not read them as patterns.
     */
    static String toCharPattern(String format) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char ch = format.charAt(i);
            if (ch != '%') {
                out.append(Character.isLetter(ch) ? "\"" + ch + "\"" : String.valueOf(ch));
                continue;
            }
            String pattern = i + 1 < format.length() ? conversion(format.charAt(++i)) : null;
            if (pattern == null) {
                return null;
            }
            out.append(pattern);
        }
        return out.toString();
    }

    private static String conversion(char ch) {
        switch (ch) {
            case 'Y': return "YYYY";
            case 'm': return "MM";
            case 'd': return "DD";
            case 'H': return "HH24";
            case 'M': return "MI";
            case 'S': return "SS";
            case 'f': return "SS.MS";
            case 'j': return "DDD";
            case '%': return "%";
            default: return null;
        }
    }
}
