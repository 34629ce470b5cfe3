package io.systemprompt.database.module;

import io.systemprompt.database.module.RootSource.RawFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.util.Enumeration;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/** Lists the module-relevant entries of a jar below a resource prefix. */
final class JarScanner {

    private JarScanner() {
    }

    /**
     * Reads the entries below the connection's entry of the jar it points into. The entry name, not the
     * requested prefix, is the base: in a nested jar (Spring Boot's {@code jar:nested:…!/BOOT-INF/classes/!/…})
     * it is relative to the innermost jar, which is what the entries are named against.
     */
    static RootSource scan(JarURLConnection conn, String prefix) {
        URL url = conn.getURL();
        TreeMap<String, RawFile> files = new TreeMap<>();
        TreeSet<String> dirs = new TreeSet<>();
        String entry = conn.getEntryName() == null ? prefix : conn.getEntryName();
        String base = entry.isEmpty() || entry.endsWith("/") ? entry : entry + "/";
        try {
            conn.setUseCaches(false); // our own handle, closed below, so the jar is not held open
            try (JarFile jar = conn.getJarFile()) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    add(jar, entries.nextElement(), url, base, files, dirs);
                }
            }
        } catch (IOException e) {
            throw RootScanner.unreadable(url.toString(), e);
        }
        return new RootSource(url.toString(), files, dirs);
    }

    private static void add(JarFile jar, JarEntry entry, URL url, String base,
            TreeMap<String, RawFile> files, TreeSet<String> dirs) throws IOException {
        String name = entry.getName();
        if (!name.startsWith(base) || name.length() == base.length()) {
            return;
        }
        String rel = name.substring(base.length());
        if (entry.isDirectory()) {
            rel = rel.substring(0, rel.length() - 1);
            if (RootSource.relevantDir(rel)) {
                dirs.add(rel);
            }
        } else if (RootSource.relevant(rel)) {
            try (InputStream in = jar.getInputStream(entry)) {
                files.put(rel, new RawFile(url + "/" + rel, in.readAllBytes()));
            }
        }
    }
}
