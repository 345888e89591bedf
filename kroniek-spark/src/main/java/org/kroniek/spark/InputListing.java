package org.kroniek.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.kroniek.ingest.Format;

/**
 * Expands the job's input arguments into files on any Hadoop file system, the way
 * {@code Inputs.resolve} does for local paths: a directory becomes its files in a known format
 * (recursively, sorted, hidden ones skipped), a glob the files it matches (sorted), a file itself.
 * Each file keeps the name the embedded reader would give it (the argument as typed plus the
 * path below it), so records name their source the same way whichever path read them.
 */
final class InputListing {
    /** A file to read: its name in records and messages, its full Hadoop path, its place in input order. */
    record ListedFile(String name, String uri, int index) implements Serializable {
    }

    /** What the listing found: the files in input order, and arguments that named nothing readable. */
    record Listing(List<ListedFile> files, List<ErrorRow> problems) {
    }

    private InputListing() {
    }

    static Listing list(List<String> args, Configuration conf) {
        List<ListedFile> files = new ArrayList<>();
        List<ErrorRow> problems = new ArrayList<>();
        for (String arg : args) {
            try {
                listOne(arg, conf, files, problems);
            } catch (IOException | RuntimeException e) {
                problems.add(new ErrorRow(arg, null, "cannot list: " + e.getMessage()));
            }
        }
        return new Listing(List.copyOf(files), List.copyOf(problems));
    }

    private static void listOne(String arg, Configuration conf, List<ListedFile> files, List<ErrorRow> problems)
            throws IOException {
        Path path = new Path(arg);
        FileSystem fs = path.getFileSystem(conf);
        Path qualified = fs.makeQualified(path);
        int before = files.size();
        if (fs.exists(qualified)) {
            FileStatus status = fs.getFileStatus(qualified);
            if (status.isDirectory()) {
                walk(fs, status.getPath(), stripSlashes(arg), files);
                if (files.size() == before) {
                    problems.add(new ErrorRow(arg, null, "directory holds no file in a known format"));
                }
            } else {
                files.add(new ListedFile(arg, status.getPath().toString(), files.size()));
            }
            return;
        }
        FileStatus[] matches = isGlob(arg) ? fs.globStatus(qualified) : null;
        if (matches == null) {
            problems.add(new ErrorRow(arg, null, "no such file or directory"));
            return;
        }
        String base = globBase(arg);
        Path qualifiedBase = fs.makeQualified(new Path(base.isEmpty() ? "." : base));
        List<FileStatus> sorted = new ArrayList<>();
        for (FileStatus m : matches) {
            if (m.isFile()) {
                sorted.add(m);
            }
        }
        sorted.sort(Comparator.comparing(s -> s.getPath().toString()));
        for (FileStatus m : sorted) {
            String below = below(qualifiedBase, m.getPath());
            if (!isHidden(below)) {
                files.add(new ListedFile(base + below, m.getPath().toString(), files.size()));
            }
        }
        if (files.size() == before) {
            problems.add(new ErrorRow(arg, null, "no file matches"));
        }
    }

    private static void walk(FileSystem fs, Path dir, String name, List<ListedFile> files) throws IOException {
        List<LocatedFileStatus> found = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
        while (it.hasNext()) {
            found.add(it.next());
        }
        List<String[]> named = new ArrayList<>();
        for (LocatedFileStatus s : found) {
            String below = below(dir, s.getPath());
            if (!isHidden(below) && Format.ofName(s.getPath().getName()).isPresent()) {
                named.add(new String[] {name + "/" + below, s.getPath().toString()});
            }
        }
        named.sort(Comparator.comparing(n -> n[0]));
        for (String[] n : named) {
            files.add(new ListedFile(n[0], n[1], files.size()));
        }
    }

    /** The part of {@code file} below {@code dir}, without a leading slash. */
    private static String below(Path dir, Path file) {
        String d = dir.toUri().getPath();
        String f = file.toUri().getPath();
        String rest = f.startsWith(d) ? f.substring(d.length()) : f;
        return rest.startsWith("/") ? rest.substring(1) : rest;
    }

    private static boolean isHidden(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".") && !part.equals(".") && !part.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isGlob(String arg) {
        return arg.chars().anyMatch(c -> "*?[{".indexOf(c) >= 0);
    }

    /** The directory part of a glob before its first wildcard, with a trailing slash (or empty). */
    private static String globBase(String glob) {
        String[] parts = glob.split("/", -1);
        StringBuilder base = new StringBuilder(glob.startsWith("/") ? "/" : "");
        for (int i = 0; i < parts.length - 1 && !isGlob(parts[i]); i++) {
            if (!parts[i].isEmpty()) {
                base.append(parts[i]).append('/');
            }
        }
        return base.toString();
    }

    private static String stripSlashes(String arg) {
        String s = arg;
        while (s.length() > 1 && s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
