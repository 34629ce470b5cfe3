package io.systemprompt.database.module;

import io.systemprompt.database.module.RootSource.RawFile;
import io.systemprompt.database.script.SqlFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Reads one module file through the {@link ChecksumCache}, for folder and jar roots alike: a file whose
 * size and stamp match the cache is not read (its checksum, the objects it creates, or its parsed
 * {@code module.yaml} come from the cache, and its text is read only if needed); any other file is read
 * now and remembered.
 */
final class CachedRead {

    /** Reads a file's bytes. */
    interface Bytes {
        byte[] read() throws IOException;
    }

    private CachedRead() {
    }

    /**
     * @param rel    the path relative to the root, the cache key
     * @param stamp  the modification time in nanoseconds (folders) or the entry's CRC-32 (jars)
     * @param now    reads the bytes now
     * @param later  reads them when the text of a remembered file is needed
     */
    static RawFile read(ChecksumCache cache, String location, String rel, long size, long stamp, Bytes now,
            Supplier<byte[]> later) throws IOException {
        if (cache == null) {
            return new RawFile(location, now.read());
        }
        // Any case, as RootSource.relevant reads them: 001_a.SQL is SQL to report, not a module.yaml.
        boolean sql = rel.toLowerCase(Locale.ROOT).endsWith(".sql");
        String known = cache.lookup(rel, size, stamp);
        if (known != null) {
            if (sql) {
                int slash = known.indexOf('/');
                String checksum = slash < 0 ? known : known.substring(0, slash);
                if (slash >= 0) {
                    SchemaFacts.remember(checksum, known.substring(slash + 1));
                }
                return RawFile.cached(location, checksum, later);
            }
            ModuleDescriptor d = DescriptorCodec.decode(known);
            if (d != null) {
                return RawFile.cached(location, d, later);
            }
        }
        byte[] bytes = now.read();
        RawFile raw = new RawFile(location, bytes);
        // A file that changed while being read is not remembered, nor a module.yaml whose values expand
        // ${VAR:-default}: its meaning depends on the environment, not only on the file.
        boolean expands = !sql && new String(bytes, StandardCharsets.UTF_8).contains("${");
        if (bytes.length == size && !expands) {
            cache.remember(rel, size, stamp, sql ? sqlEntry(raw.toSql()) : DescriptorCodec.encode(raw.descriptor()));
        }
        return raw;
    }

    /** A SQL file's cache value: its checksum and, after a slash, what it creates and references. */
    private static String sqlEntry(SqlFile file) {
        return file.checksum() + "/" + SchemaFacts.encode(file);
    }
}
