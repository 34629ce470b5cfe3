package io.systemprompt.database.data.archive;

import io.systemprompt.database.data.DataException;
import io.systemprompt.database.data.DataFiles;
import io.systemprompt.database.data.Manifest;
import io.systemprompt.database.data.ProgressTracker;
import io.systemprompt.database.data.TableSummary;
import io.systemprompt.database.data.format.CountingInputStream;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A backup archive opened for restore. {@link #open} verifies it whole first: the manifest parses,
 * every table file is present and its SHA-256 and line count match the manifest, and the zip's own
 * CRCs hold. Nothing is restored from an archive that fails any check.
 */
final class Archive implements AutoCloseable {
    /** A manifest lists the tables and the history keys: a few KB; this bound only stops a zip bomb. */
    private static final int MANIFEST_LIMIT = 16 << 20;

    private final Path path;
    private final ZipFile zip;
    private final Manifest manifest;

    private Archive(Path path, ZipFile zip, Manifest manifest) {
        this.path = path;
        this.zip = zip;
        this.manifest = manifest;
    }

    /** Opens and verifies; throws {@link DataException} naming what is wrong. */
    static Archive open(Path path) {
        ZipFile zip = null;
        try {
            zip = new ZipFile(path.toFile());
            Archive a = new Archive(path, zip, readManifest(path, zip));
            a.verify();
            return a;
        } catch (IOException | RuntimeException e) {
            close(zip, e);
            if (e instanceof DataException d) {
                throw d;
            }
            throw damaged(path, e.getMessage(), e);
        }
    }

    Manifest manifest() {
        return manifest;
    }

    Path path() {
        return path;
    }

    /** A reader of a table's JSON Lines. */
    BufferedReader reader(String table) throws IOException {
        return reader(table, null);
    }

    /** A reader of a table's JSON Lines that reports the bytes read to {@code progress}. */
    BufferedReader reader(String table, ProgressTracker progress) throws IOException {
        CountingInputStream in = new CountingInputStream(zip.getInputStream(entry(Manifest.entry(table))));
        if (progress != null) {
            long before = progress.bytes();
            progress.bytesFrom(() -> before + in.count());
        }
        return DataFiles.reader(Path.of(Manifest.entry(table)), in);
    }

    private static Manifest readManifest(Path path, ZipFile zip) throws IOException {
        ZipEntry e = zip.getEntry(Manifest.FILE);
        if (e == null) {
            throw damaged(path, "it has no " + Manifest.FILE, null);
        }
        try (InputStream in = zip.getInputStream(e)) {
            // Read at most one byte past the bound: the declared size of a zip entry can lie.
            byte[] text = in.readNBytes(MANIFEST_LIMIT + 1);
            if (text.length > MANIFEST_LIMIT) {
                throw damaged(path, Manifest.FILE + " unpacks to more than " + (MANIFEST_LIMIT >> 20)
                        + " MiB, far more than any manifest spdb writes", null);
            }
            return Manifest.parse(new String(text, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | java.time.DateTimeException | ClassCastException bad) {
            throw damaged(path, Manifest.FILE + " is invalid: " + bad.getMessage(), bad);
        }
    }

    private void verify() throws IOException {
        for (TableSummary t : manifest.tables()) {
            MessageDigest sha = ArchiveWriter.sha256();
            long lines = 0;
            try (InputStream in = zip.getInputStream(entry(Manifest.entry(t.table())))) {
                byte[] buf = new byte[1 << 16];
                for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                    sha.update(buf, 0, n);
                    for (int i = 0; i < n; i++) {
                        lines += buf[i] == '\n' ? 1 : 0;
                    }
                }
            } catch (ZipException e) {
                throw damaged(path, Manifest.entry(t.table()) + " is corrupt (" + e.getMessage() + ")", e);
            }
            String actual = HexFormat.of().formatHex(sha.digest());
            if (!actual.equals(t.sha256()) || lines != t.rows()) {
                throw damaged(path, Manifest.entry(t.table()) + " does not match the manifest (SHA-256 " + actual
                        + " and " + lines + " rows; expected " + t.sha256() + " and " + t.rows() + " rows)", null);
            }
        }
    }

    private ZipEntry entry(String name) {
        ZipEntry e = zip.getEntry(name);
        if (e == null) {
            throw damaged(path, "the manifest lists " + name + " but the archive lacks it", null);
        }
        return e;
    }

    private static DataException damaged(Path path, String what, Throwable cause) {
        return new DataException("The backup archive " + path + " is damaged or not an spdb backup: " + what
                + ". Nothing was changed; restore from another backup.", cause);
    }

    private static void close(ZipFile zip, Exception primary) {
        if (zip != null) {
            try {
                zip.close();
            } catch (IOException e) {
                primary.addSuppressed(e);
            }
        }
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            throw new DataException("Cannot close " + path + ": " + e.getMessage(), e);
        }
    }
}
