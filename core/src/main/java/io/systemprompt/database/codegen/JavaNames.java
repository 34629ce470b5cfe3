package io.systemprompt.database.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Java names from SQL names: {@code config_settings} gives the record {@code ConfigSetting} (singular)
 * and the accessor {@code ConfigSettings}, column {@code created_at} the component {@code createdAt}.
 * A name that would be a Java keyword or clash with an {@code Object} method gets a trailing
 * {@code _} ({@code order} becomes {@code order_}); one that would start with a digit gets a leading
 * {@code _}. The row mapping ignores underscores, so {@code order_} still reads column {@code order}.
 */
final class JavaNames {
    static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case", "catch",
            "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
            "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface",
            "long", "native", "new", "package", "private", "protected", "public", "return", "short", "static",
            "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
            "volatile", "while", "true", "false", "null", "var", "yield", "record", "sealed", "permits", "_");
    /** Record components become accessors; these would clash with (or override) {@code Object}'s methods. */
    private static final Set<String> OBJECT_METHODS = Set.of("getClass", "hashCode", "toString", "notify",
            "notifyAll", "wait", "clone", "finalize", "equals");

    private JavaNames() {
    }

    /** {@code core/config} with base {@code io.systemprompt.modules}: {@code io.systemprompt.modules.core.config}. */
    static String packageName(String base, String moduleKey) {
        List<String> segments = new ArrayList<>();
        for (String s : moduleKey.split("/")) {
            String lower = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
            segments.add(safe(lower.isEmpty() ? "_" : lower));
        }
        return base.isEmpty() ? String.join(".", segments) : base + "." + String.join(".", segments);
    }

    /** {@code created_at}: {@code createdAt}; {@code order}: {@code order_}. */
    static String member(String sqlName) {
        String pascal = pascal(sqlName);
        String camel = Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
        if (pascal.startsWith("_")) {
            camel = pascal;
        }
        return OBJECT_METHODS.contains(camel) ? camel + "_" : safe(camel);
    }

    /** {@code auth_user_roles}: {@code AuthUserRoles}; a leading digit gets a leading {@code _}. */
    static String pascal(String sqlName) {
        StringBuilder out = new StringBuilder();
        for (String word : words(sqlName)) {
            out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        String s = out.length() == 0 ? "Unnamed" : out.toString();
        return Character.isJavaIdentifierStart(s.charAt(0)) ? s : "_" + s;
    }

    /** {@code created_at}: {@code CREATED_AT}; for constants, which never clash with keywords. */
    static String constant(String text) {
        String s = String.join("_", words(text)).toUpperCase(Locale.ROOT);
        if (s.isEmpty()) {
            return "EMPTY";
        }
        return Character.isJavaIdentifierStart(s.charAt(0)) ? s : "_" + s;
    }

    /** The record name: the table name's last word made singular. */
    static String singular(String pascalName) {
        int last = lastWordStart(pascalName);
        return pascalName.substring(0, last) + Inflection.singular(pascalName.substring(last));
    }

    /** The accessor name: the table name itself when it is plural, else the record name made plural. */
    static String accessor(String tableName, String recordName) {
        String pascal = pascal(tableName);
        if (!pascal.equals(recordName)) {
            return pascal;
        }
        int last = lastWordStart(recordName);
        return recordName.substring(0, last) + Inflection.plural(recordName.substring(last));
    }

    private static int lastWordStart(String pascal) {
        for (int i = pascal.length() - 1; i > 0; i--) {
            if (Character.isUpperCase(pascal.charAt(i))) {
                return i;
            }
        }
        return 0;
    }

    /** Letters and digits runs, lower-cased; anything else separates words. */
    private static List<String> words(String sqlName) {
        List<String> words = new ArrayList<>();
        for (String w : sqlName.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    private static String safe(String name) {
        if (KEYWORDS.contains(name)) {
            return name + "_";
        }
        return Character.isJavaIdentifierStart(name.charAt(0)) ? name : "_" + name;
    }
}
