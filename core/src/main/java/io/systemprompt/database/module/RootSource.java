package io.systemprompt.database.module;

import io.systemprompt.database.script.SqlFile;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.function.Supplier;

/**
 * The module-relevant content of one physical place of a root: a directory, or one folder or jar
 * found for a classpath prefix. Paths are relative to the place, with {@code /} separators.
 *
 * @param place where this came from, for messages
 * @param files {@code module.yaml} files and {@code .sql} files under a {@code database/} folder, read once
 * @param dirs  folders named {@code database} (so a module with an empty one is still found)
 */
record RootSource(String place, SortedMap<String, RawFile> files, SortedSet<String> dirs) {
    /** The file name of a module descriptor. */
    static final String DESCRIPTOR = "module.yaml";

    /**
     * A file's location (path or URL) and its bytes, read already or, for a file whose checksum or
     * descriptor came from the {@link ChecksumCache}, only when its text is needed. Used by one
     * discovery thread at a time.
     */
    static final class RawFile {
        private final String location;
        private final byte[] bytes;
        private final String cachedChecksum;
        private ModuleDescriptor cachedDescriptor;
        private SqlFile sql;
        private final Supplier<byte[]> reader;

        /** A file read now. */
        RawFile(String location, byte[] bytes) {
            this(location, bytes, null, null, null);
        }

        private RawFile(String location, byte[] bytes, String cachedChecksum, ModuleDescriptor cachedDescriptor,
                Supplier<byte[]> reader) {
            this.location = location;
            this.bytes = bytes;
            this.cachedChecksum = cachedChecksum;
            this.cachedDescriptor = cachedDescriptor;
            this.reader = reader;
        }

        /** A SQL file not read yet, with its remembered checksum and how to read it. */
        static RawFile cached(String location, String checksum, Supplier<byte[]> reader) {
            return new RawFile(location, null, checksum, null, reader);
        }

        /** A {@code module.yaml} not read yet, with its remembered descriptor and how to read it. */
        static RawFile cached(String location, ModuleDescriptor descriptor, Supplier<byte[]> reader) {
            return new RawFile(location, null, null, descriptor, reader);
        }

        /** The file as a {@code module.yaml}: the remembered descriptor, else parsed (once). */
        ModuleDescriptor descriptor() {
            if (cachedDescriptor == null) {
                cachedDescriptor = ModuleDescriptor.parse(this);
            }
            return cachedDescriptor;
        }

        String location() {
            return location;
        }

        byte[] bytes() {
            return bytes != null ? bytes : reader.get();
        }

        /** The file as SQL: deferred when its checksum is remembered, else hashed (once). */
        SqlFile toSql() {
            if (sql == null) {
                sql = cachedChecksum != null ? SqlFile.deferred(location, cachedChecksum, reader)
                        : SqlFile.of(location, bytes);
            }
            return sql;
        }
    }

    /** True for files discovery reads: any {@code module.yaml} and {@code .sql} below a {@code database/}. */
    static boolean relevant(String relPath) {
        String[] segs = relPath.split("/");
        String name = segs[segs.length - 1];
        if (name.equals(DESCRIPTOR)) {
            return true;
        }
        // Any case: 001_a.SQL is read, so it is reported as a bad name instead of being skipped silently.
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".sql")) {
            return false;
        }
        for (int i = 0; i < segs.length - 1; i++) {
            if (segs[i].equals("database")) {
                return true;
            }
        }
        return false;
    }

    /** True for a folder named {@code database}. */
    static boolean relevantDir(String relPath) {
        return relPath.equals("database") || relPath.endsWith("/database");
    }
}
