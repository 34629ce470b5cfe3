package io.systemprompt.database.data;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Opens data files as UTF-8 text, gzip-compressed when the name ends in {@code .gz}. */
public final class DataFiles {
    private DataFiles() {
    }

    /** The file name of a table's export: {@code users.jsonl}, {@code users.csv.gz}, … */
    public static String fileName(String table, DataFormat format, boolean gzip) {
        return table + "." + format.extension() + (gzip ? ".gz" : "");
    }

    /** A UTF-8 writer over {@code out}, gzip-compressing when asked. */
    public static Writer writer(OutputStream out, boolean gzip) throws IOException {
        OutputStream o = gzip ? new GZIPOutputStream(out, 1 << 16) : out;
        return new BufferedWriter(new OutputStreamWriter(o, StandardCharsets.UTF_8), 1 << 16);
    }

    /** A strict UTF-8 reader of a file: invalid bytes fail instead of turning into replacement characters. */
    public static BufferedReader reader(Path file, InputStream in) throws IOException {
        InputStream i = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz")
                ? new GZIPInputStream(in, 1 << 16) : in;
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(new LineLimitReader(new InputStreamReader(i, decoder), file.toString(),
                LineLimitReader.MAX_LINE), 1 << 16);
    }

    /** Creates the folder a file goes into, so a backup to {@code backups/x.zip} works on a fresh machine. */
    public static void createParent(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new DataException("Cannot create the folder " + parent + ": " + e.getMessage()
                    + ". Choose a folder you can write to.", e);
        }
    }

    /** Opens a file for reading with {@link #reader}. */
    static BufferedReader open(Path file) throws IOException {
        return reader(file, Files.newInputStream(file));
    }
}
