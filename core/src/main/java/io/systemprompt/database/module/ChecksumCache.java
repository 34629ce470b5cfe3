package io.systemprompt.database.module;

import io.systemprompt.database.internal.CacheDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checksums of one directory root's SQL files with the {@linkplain SchemaFacts objects they create}
 * (and its parsed {@code module.yaml} files),
 * remembered between runs and keyed by each file's relative path, size and modification time, so that
 * a warm start neither reads, hashes, lexes nor parses a file that has not changed. It trusts size and time: an edit that keeps both (rare; a tool that restores
 * time stamps) is missed by the cache and caught by {@code spdb migrate validate} and
 * {@code MigrationService.validate()}, which always hash every file and refresh the cache.
 *
 * <p>Where: one small text file per root, {@code checksums-<hash of the root's absolute path>.tsv},
 * in the {@link CacheDirectory} ({@code ~/.cache/systemprompt-database} unless configured; the value
 * {@code off} turns the cache off). A file changed
 * less than {@link #SETTLE_NANOS} before it was hashed is not remembered, since a second edit within
 * the file system's time resolution could keep its time stamp. A cache that cannot be read or written
 * is ignored: it only ever saves work.
 */
final class ChecksumCache {
    /** How old a modification must be before its checksum is remembered. */
    static final long SETTLE_NANOS = 2_000_000_000L;

    private static final Logger LOG = LoggerFactory.getLogger(ChecksumCache.class);
    /** v3: module.yaml parsing refuses repeated keys, so descriptors parsed by older versions are re-read. */
    private static final String HEADER = "# systemprompt-database checksum cache v3\t";

    /** How discovery uses the cache. */
    enum Policy {
        /** Take remembered checksums of unchanged files; remember new ones (a warm start). */
        TRUST,
        /** Hash every file; remember the results (a full check such as validate). */
        REFRESH,
        /** Hash every file; neither read nor write the cache. */
        OFF
    }

    /** {@code stamp}: the modification time in nanoseconds, or a jar entry's CRC-32. */
    private record Entry(long size, long stamp, String value) {
    }

    private final Path file;
    private final String root;
    private final boolean stampIsTime;
    private final Map<String, Entry> known;
    /** Files seen in this walk; a hash map, since a warm start fills it and then only compares its size. */
    private final Map<String, Entry> seen = new HashMap<>();
    private boolean dirty;

    private ChecksumCache(Path file, String root, boolean stampIsTime, Map<String, Entry> known) {
        this.file = file;
        this.root = root;
        this.stampIsTime = stampIsTime;
        this.known = known;
    }

    /**
     * The cache of a directory root, whose files are stamped with their modification time, or null when
     * caching is off or the policy does not use it.
     */
    static ChecksumCache open(Path rootDir, Policy policy) {
        return open(rootDir.toAbsolutePath().normalize().toString(), true, policy);
    }

    /**
     * The cache of a jar root (its URL), whose entries are stamped with the CRC-32 the jar records for
     * each: a rebuilt jar with an edited file is seen even when the build fixes entry times.
     */
    static ChecksumCache openJar(String rootUrl, Policy policy) {
        return open(rootUrl, false, policy);
    }

    private static ChecksumCache open(String root, boolean stampIsTime, Policy policy) {
        if (policy == Policy.OFF) {
            return null;
        }
        Path dir = CacheDirectory.get();
        if (dir == null) {
            return null;
        }
        CRC32 crc = new CRC32(); // not SHA-256: a warm start should not load the security providers for this
        crc.update(root.getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("checksums-" + Long.toHexString(crc.getValue()) + "-" + root.length() + ".tsv");
        Map<String, Entry> known = policy == Policy.TRUST ? load(file, root) : Map.of();
        ChecksumCache cache = new ChecksumCache(file, root, stampIsTime, known);
        cache.dirty = policy == Policy.REFRESH;
        return cache;
    }

    /**
     * The remembered value of a file with this size and stamp, or null: the checksum of a SQL file,
     * the {@linkplain DescriptorCodec encoded descriptor} of a {@code module.yaml}.
     */
    String lookup(String relPath, long size, long stamp) {
        Entry e = known.get(relPath);
        if (e == null || e.size != size || e.stamp != stamp) {
            return null;
        }
        seen.put(relPath, e);
        return e.value;
    }

    /** Remembers a freshly computed value, unless the file changed too recently to trust its time. */
    void remember(String relPath, long size, long stamp, String value) {
        dirty = true;
        boolean settled = !stampIsTime || System.currentTimeMillis() * 1_000_000L - stamp >= SETTLE_NANOS;
        if (relPath.indexOf('\t') < 0 && relPath.indexOf('\n') < 0 && settled) {
            seen.put(relPath, new Entry(size, stamp, value));
        }
    }

    /** Writes the files seen in this walk when anything changed (new, edited or removed files). */
    void save() {
        if (!dirty && seen.size() == known.size()) {
            return;
        }
        StringBuilder sb = new StringBuilder(HEADER).append(root).append('\n');
        new TreeMap<>(seen).forEach((rel, e) -> sb.append(rel).append('\t').append(e.size).append('\t').append(e.stamp)
                .append('\t').append(e.value).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "checksums", ".tmp");
            Files.writeString(tmp, sb, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Cannot write the checksum cache {}: {}", file, e.toString());
        }
    }

    private static Map<String, Entry> load(Path file, String root) {
        Map<String, Entry> out = new HashMap<>();
        try {
            if (!Files.isRegularFile(file)) {
                return out;
            }
            String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\n");
            if (lines.length == 0 || !lines[0].equals(HEADER + root)) {
                return out; // another format or (improbably) another root with the same hash prefix
            }
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split("\t");
                if (f.length == 4 && !f[3].isEmpty()) {
                    out.put(f[0], new Entry(Long.parseLong(f[1]), Long.parseLong(f[2]), f[3]));
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Ignoring the unreadable checksum cache {}: {}", file, e.toString());
            out.clear();
        }
        return out;
    }
}
