package io.systemprompt.database.module;

import io.systemprompt.database.module.ModuleDiscoveryException.Reason;
import io.systemprompt.database.module.RootSource.RawFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the module-relevant files of a root: walks directories, and classpath folders and jars. */
final class RootScanner {
    private static final Logger LOG = LoggerFactory.getLogger(RootScanner.class);

    private RootScanner() {
    }

    /** The places of one root; empty when the root is missing and not required. */
    static List<RootSource> scan(ModuleRoot root, boolean required, List<String> warnings,
            ChecksumCache.Policy policy) {
        if (root instanceof ModuleRoot.Directory d) {
            return scanDirectory(d, required, warnings, policy);
        }
        return scanClasspath((ModuleRoot.Classpath) root, required, policy);
    }

    private static List<RootSource> scanDirectory(ModuleRoot.Directory root, boolean required, List<String> warnings,
            ChecksumCache.Policy policy) {
        Path dir = root.path();
        if (!Files.isDirectory(dir)) {
            if (required) {
                throw missing(root, Files.exists(dir) ? "is not a directory" : "does not exist");
            }
            warnings.add(WarnOnce.warn(LOG, "The default module root " + dir.toAbsolutePath().normalize() + " does not exist "
                    + "(relative to the working directory " + Path.of("").toAbsolutePath() + "), so no modules are "
                    + "read from it. Start the process in the folder that holds src/modules, or set DB_MODULE_ROOTS "
                    + "to your module folders (comma-separated, e.g. DB_MODULE_ROOTS=/srv/app/src/modules)."));
            return List.of();
        }
        return List.of(walk(dir, dir.toString(), policy));
    }

    private static List<RootSource> scanClasspath(ModuleRoot.Classpath root, boolean required,
            ChecksumCache.Policy policy) {
        List<URL> urls;
        try {
            urls = Collections.list(root.loader().getResources(root.prefix()));
        } catch (IOException e) {
            throw new ModuleDiscoveryException(Reason.UNREADABLE, "Module discovery: cannot list "
                    + root.describe() + ": " + e.getMessage() + ". Check the class path.", e);
        }
        if (urls.isEmpty() && required) {
            throw missing(root, "is on no class path entry");
        }
        List<RootSource> sources = new ArrayList<>();
        for (URL url : urls) {
            sources.add(scanUrl(url, root, policy));
        }
        return sources;
    }

    private static RootSource scanUrl(URL url, ModuleRoot.Classpath root, ChecksumCache.Policy policy) {
        switch (url.getProtocol()) {
            case "file":
                try {
                    return walk(Path.of(url.toURI()), url.toString(), policy);
                } catch (URISyntaxException e) {
                    throw unreadable(url.toString(), e);
                }
            default:
                // jar:file:, Spring Boot's jar:nested: (BOOT-INF/classes and BOOT-INF/lib), and any other
                // protocol whose connection is a JarURLConnection (e.g. wsjar:) list through the jar API.
                return JarScanner.scan(jarConnection(url, root), root.prefix(), policy);
        }
    }

    private static JarURLConnection jarConnection(URL url, ModuleRoot.Classpath root) {
        URLConnection conn;
        try {
            conn = url.openConnection();
        } catch (IOException e) {
            throw unreadable(url.toString(), e);
        }
        if (conn instanceof JarURLConnection jar) {
            return jar;
        }
        throw new ModuleDiscoveryException(Reason.UNREADABLE, "Module discovery: " + url
                + " (" + root.describe() + ") uses the unsupported protocol '" + url.getProtocol()
                + "', which cannot be listed. Ship modules in a jar or folder on the class path, or use a directory root.");
    }

    /**
     * Walks a folder. Relevant files are read once, except SQL files whose checksum the cache remembers
     * for their size and time: those are read only if their text is needed. Each entry is looked up
     * once: the walk's own attributes (links followed) give the size and time the cache is keyed by.
     */
    static RootSource walk(Path dir, String place, ChecksumCache.Policy policy) {
        TreeMap<String, RawFile> files = new TreeMap<>();
        TreeSet<String> dirs = new TreeSet<>();
        ChecksumCache cache = ChecksumCache.open(dir, policy);
        String prefix = dir.toString();
        int cut = prefix.length() + (prefix.endsWith(dir.getFileSystem().getSeparator()) ? 0 : 1);
        try {
            // Linked module folders count, as they did with Files.walk; a link loop fails the walk.
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path p, BasicFileAttributes attrs) {
                            if (!p.equals(dir)) {
                                add(p, relative(dir, p, prefix, cut), attrs, files, dirs, cache);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
                            // Only a dangling link comes with its own attributes: reading through it fails
                            // here as it always did.
                            BasicFileAttributes target = attrs;
                            if (attrs.isSymbolicLink()) {
                                try {
                                    target = Files.readAttributes(p, BasicFileAttributes.class);
                                } catch (IOException e) {
                                    throw unreadable(p.toString(), e);
                                }
                            }
                            add(p, relative(dir, p, prefix, cut), target, files, dirs, cache);
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path p, IOException e) throws IOException {
                            throw e;
                        }

                        @Override
                        public FileVisitResult postVisitDirectory(Path p, IOException e) throws IOException {
                            if (e != null) {
                                throw e;
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            throw unreadable(dir.toString(), e);
        } catch (UncheckedIOException e) {
            throw unreadable(dir.toString(), e.getCause());
        }
        if (cache != null) {
            cache.save();
        }
        return new RootSource(place, files, dirs);
    }

    private static void add(Path p, String rel, BasicFileAttributes attrs, TreeMap<String, RawFile> files,
            TreeSet<String> dirs, ChecksumCache cache) {
        try {
            if (attrs.isDirectory()) {
                if (RootSource.relevant(rel)) {
                    throw new ModuleDiscoveryException(Reason.UNREADABLE, "Module discovery: " + p + " is a folder,"
                            + " but a module file named like that must be a file. Rename or remove the folder.");
                }
                if (RootSource.relevantDir(rel)) {
                    dirs.add(rel);
                }
            } else if (rel.endsWith("/database/migrations") || rel.equals("database/migrations")) {
                throw new ModuleDiscoveryException(Reason.UNREADABLE, "Module discovery: " + p + " is a file, but"
                        + " migrations must be a folder of <version>_<description>.sql files. Rename or remove it.");
            } else if (RootSource.relevant(rel)) {
                files.put(rel, read(p, rel, attrs, cache));
            }
        } catch (IOException e) {
            throw unreadable(p.toString(), e);
        }
    }

    private static RawFile read(Path p, String rel, BasicFileAttributes attrs, ChecksumCache cache)
            throws IOException {
        return CachedRead.read(cache, p.toString(), rel, attrs.size(), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                () -> Files.readAllBytes(p), () -> readLater(p));
    }

    private static byte[] readLater(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw unreadable(p.toString(), e);
        }
    }

    /** {@code p} relative to {@code dir} with {@code /} between names; a slice of its text when it can be. */
    private static String relative(Path dir, Path p, String prefix, int cut) {
        String s = p.toString();
        if (s.length() > cut && s.startsWith(prefix)) {
            String rel = s.substring(cut);
            char sep = dir.getFileSystem().getSeparator().charAt(0);
            return sep == '/' ? rel : rel.replace(sep, '/');
        }
        StringBuilder sb = new StringBuilder();
        for (Path part : dir.relativize(p)) {
            sb.append(sb.length() == 0 ? "" : "/").append(part);
        }
        return sb.toString();
    }

    private static ModuleDiscoveryException missing(ModuleRoot root, String problem) {
        return new ModuleDiscoveryException(Reason.MISSING_ROOT, "Module discovery: the module root "
                + root.describe() + " " + problem + ". Create it, fix the path, or remove it from the module roots.");
    }

    static ModuleDiscoveryException unreadable(String what, Exception e) {
        return new ModuleDiscoveryException(Reason.UNREADABLE, "Module discovery: cannot read " + what
                + ": " + e + ". Check that it exists and is readable.", e);
    }
}
