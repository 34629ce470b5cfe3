package io.systemprompt.database.module;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed {@code module.yaml} as one line of the {@link ChecksumCache}, so that a warm start does
 * not load the YAML parser: {@code y2:<name>,<version>,<enabled 1|0>,<dependency>,...}, each field with {@code %},
 * {@code ,}, {@code ~}, tab and line breaks percent-escaped and a missing name written {@code ~}.
 */
final class DescriptorCodec {
    // The format's version is in the prefix, so a cache written by an older layout is read as unknown.
    private static final String PREFIX = "y2:";
    private static final String NO_NAME = "~";

    private DescriptorCodec() {
    }

    static String encode(ModuleDescriptor d) {
        StringBuilder sb = new StringBuilder(PREFIX).append(d.name() == null ? NO_NAME : escape(d.name()));
        sb.append(',').append(escape(d.version())).append(',').append(d.enabled() ? '1' : '0');
        d.dependencies().forEach(dep -> sb.append(',').append(escape(dep)));
        return sb.toString();
    }

    /** The descriptor, or null when the text is not an encoded descriptor. */
    static ModuleDescriptor decode(String text) {
        if (text == null || !text.startsWith(PREFIX)) {
            return null;
        }
        String[] f = text.substring(PREFIX.length()).split(",", -1);
        if (f.length < 3) {
            return null;
        }
        List<String> deps = new ArrayList<>(f.length - 3);
        for (int i = 3; i < f.length; i++) {
            deps.add(unescape(f[i]));
        }
        return new ModuleDescriptor(f[0].equals(NO_NAME) ? null : unescape(f[0]), unescape(f[1]), List.copyOf(deps),
                !"0".equals(f[2]));
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '%', ',', '~', '\t', '\n', '\r' -> sb.append('%').append(String.format("%02X", (int) c));
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static String unescape(String s) {
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
