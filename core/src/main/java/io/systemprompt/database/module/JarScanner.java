package io.systemprompt.database.module;

import io.systemprompt.database.module.RootSource.RawFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.util.Enumeration;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Lists the module-relevant entries of a jar below a resource prefix. With the checksum cache, an entry
 * whose size and CRC-32 (both in the jar's directory, so known without inflating it) match is not read.
 */
final class JarScanner {

    private JarScanner() {
    }

    /**
     * Reads the entries below the connection's entry of the jar it points into. The entry name, not the
     * requested prefix, is the base: in a nested jar (Spring Boot's {@code jar:nested:…!/BOOT-INF/classes/!/…})
     * it is relative to the innermost jar, which is what the entries are named against.
     */
    static RootSource scan(JarURLConnection conn, String prefix, ChecksumCache.Policy policy) {
        URL url = conn.getURL();
        TreeMap<String, RawFile> files = new TreeMap<>();
        TreeSet<String> dirs = new TreeSet<>();
        String entry = conn.getEntryName() == null ? prefix : conn.getEntryName();
        String base = entry.isEmpty() || entry.endsWith("/") ? entry : entry + "/";
        ChecksumCache cache = ChecksumCache.openJar(url.toString(), policy);
        try {
            conn.setUseCaches(false); // our own handle, closed below, so the jar is not held open
            try (JarFile jar = conn.getJarFile()) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    add(jar, entries.nextElement(), url, base, files, dirs, cache);
                }
            }
        } catch (IOException e) {
            throw RootScanner.unreadable(url.toString(), e);
        }
        if (cache != null) {
            cache.save();
        }
        return new RootSource(url.toString(), files, dirs);
    }

    private static void add(JarFile jar, JarEntry entry, URL url, String base,
            TreeMap<String, RawFile> files, TreeSet<String> dirs, ChecksumCache cache) throws IOException {
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
            String location = url + "/" + rel;
            // Size and CRC are known up front in a jar's central directory; -1 means unknown, never cached.
            boolean stamped = entry.getSize() >= 0 && entry.getCrc() >= 0;
            files.put(rel, CachedRead.read(stamped ? cache : null, location, rel, entry.getSize(), entry.getCrc(),
                    () -> readEntry(jar, entry), () -> readLater(location)));
        }
    }

    private static byte[] readEntry(JarFile jar, JarEntry entry) throws IOException {
        try (InputStream in = jar.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }

    /** Reads an entry after the scan closed the jar: only the text of a remembered file that is needed. */
    private static byte[] readLater(String location) {
        try {
            URLConnection conn = new URL(location).openConnection();
            conn.setUseCaches(false);
            try (InputStream in = conn.getInputStream()) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw RootScanner.unreadable(location, e);
        }
    }
}
