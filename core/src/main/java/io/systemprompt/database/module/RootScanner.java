package io.systemprompt.database.module;

import io.systemprompt.database.module.ModuleDiscoveryException.Reason;
import io.systemprompt.database.module.RootSource.RawFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Reads the module-relevant files of a root: walks directories, and classpath folders and jars. */
final class RootScanner {

    private RootScanner() {
    }

    /** The places of one root; empty when the root is missing and not required. */
    static List<RootSource> scan(ModuleRoot root, boolean required) {
        if (root instanceof ModuleRoot.Directory d) {
            return scanDirectory(d, required);
        }
        return scanClasspath((ModuleRoot.Classpath) root, required);
    }

    private static List<RootSource> scanDirectory(ModuleRoot.Directory root, boolean required) {
        Path dir = root.path();
        if (!Files.isDirectory(dir)) {
            if (required) {
                throw missing(root, Files.exists(dir) ? "is not a directory" : "does not exist");
            }
            return List.of();
        }
        return List.of(walk(dir, dir.toString()));
    }

    private static List<RootSource> scanClasspath(ModuleRoot.Classpath root, boolean required) {
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
            sources.add(scanUrl(url, root));
        }
        return sources;
    }

    private static RootSource scanUrl(URL url, ModuleRoot.Classpath root) {
        switch (url.getProtocol()) {
            case "file":
                try {
                    return walk(Path.of(url.toURI()), url.toString());
                } catch (URISyntaxException e) {
                    throw unreadable(url.toString(), e);
                }
            case "jar":
                return JarScanner.scan(url, root.prefix());
            default:
                throw new ModuleDiscoveryException(Reason.UNREADABLE, "Module discovery: " + url
                        + " (" + root.describe() + ") uses the unsupported protocol '" + url.getProtocol()
                        + "'. Ship modules in a plain jar or folder on the class path, or use a directory root.");
        }
    }

    /** Walks a folder, reading relevant files once. */
    static RootSource walk(Path dir, String place) {
        TreeMap<String, RawFile> files = new TreeMap<>();
        TreeSet<String> dirs = new TreeSet<>();
        try (Stream<Path> paths = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) { // linked module folders count
            paths.filter(p -> !p.equals(dir)).forEach(p -> add(dir, p, files, dirs));
        } catch (IOException e) {
            throw unreadable(dir.toString(), e);
        } catch (UncheckedIOException e) {
            throw unreadable(dir.toString(), e.getCause());
        }
        return new RootSource(place, files, dirs);
    }

    private static void add(Path dir, Path p, TreeMap<String, RawFile> files, TreeSet<String> dirs) {
        String rel = relative(dir, p);
        if (Files.isDirectory(p)) {
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
            try {
                files.put(rel, new RawFile(p.toString(), Files.readAllBytes(p)));
            } catch (IOException e) {
                throw unreadable(p.toString(), e);
            }
        }
    }

    private static String relative(Path dir, Path p) {
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
