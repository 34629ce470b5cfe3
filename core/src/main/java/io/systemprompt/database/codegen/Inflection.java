package io.systemprompt.database.codegen;

import java.util.Locale;

/** English singular and plural of one lower-case-tailed word, for the common table-name shapes only. */
final class Inflection {
    private Inflection() {
    }

    /** {@code Settings}: {@code Setting}; {@code Categories}: {@code Category}; {@code Status} stays. */
    static String singular(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("ies") && w.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")) {
            return word.substring(0, word.length() - 2);
        }
        if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") || !w.endsWith("s") || w.length() < 3) {
            return word;
        }
        return word.substring(0, word.length() - 1);
    }

    /** {@code Group}: {@code Groups}; {@code Category}: {@code Categories}; {@code Status}: {@code Statuses}. */
    static String plural(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("y") && w.length() > 1 && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        if (w.endsWith("s") || w.endsWith("x") || w.endsWith("ch") || w.endsWith("sh")) {
            return word + "es";
        }
        return word + "s";
    }
}
