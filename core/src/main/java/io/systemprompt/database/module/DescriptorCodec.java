package io.systemprompt.database.module;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed {@code module.yaml} as one line of the {@link ChecksumCache}, so that a warm start does
 * not load the YAML parser: {@code y:<name>,<version>,<dependency>,...}, each field with {@code %},
 * {@code ,}, {@code ~}, tab and line breaks percent-escaped and a missing name written {@code ~}.
 */
final class DescriptorCodec {
    private static final String PREFIX = "y:";
    private static final String NO_NAME = "~";

    private DescriptorCodec() {
    }

    static String encode(ModuleDescriptor d) {
        StringBuilder sb = new StringBuilder(PREFIX).append(d.name() == null ? NO_NAME : escape(d.name()));
        sb.append(',').append(escape(d.version()));
        d.dependencies().forEach(dep -> sb.append(',').append(escape(dep)));
        return sb.toString();
    }

    /** The descriptor, or null when the text is not an encoded descriptor. */
    static ModuleDescriptor decode(String text) {
        if (text == null || !text.startsWith(PREFIX)) {
            return null;
        }
        String[] f = text.substring(PREFIX.length()).split(",", -1);
        if (f.length < 2) {
            return null;
        }
        List<String> deps = new ArrayList<>(f.length - 2);
        for (int i = 2; i < f.length; i++) {
            deps.add(unescape(f[i]));
        }
        return new ModuleDescriptor(f[0].equals(NO_NAME) ? null : unescape(f[0]), unescape(f[1]), List.copyOf(deps));
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '%', ',', '~', '\t', '\n', '\r' -> sb.append('%').append(String.format("%02X", (int) c));
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String unescape(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()) {
                sb.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
