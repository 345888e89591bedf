package org.kroniek.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on a terminal: {@code [#####.....] 3/12 files 512 articles 120/s},
 * redrawn at most five times a second. {@link #clear()} before printing anything else to the
 * same terminal. Used from one thread.
 */
final class ProgressBar {
    private static final int WIDTH = 20;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream out;
    private final int totalFiles;
    private final long started = System.nanoTime();
    private long lastDraw;
    private int drawnChars;
    private int files;
    private long articles;

    ProgressBar(PrintStream out, int totalFiles) {
        this.out = out;
        this.totalFiles = totalFiles;
    }

    void update(int filesDone, long articlesDone) {
        files = filesDone;
        articles = articlesDone;
        long now = System.nanoTime();
        if (now - lastDraw >= REDRAW_NANOS) {
            lastDraw = now;
            draw(now);
        }
    }

    private void draw(long now) {
        int filled = totalFiles == 0 ? 0 : (int) ((long) WIDTH * files / totalFiles);
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        String line = String.format(Locale.ROOT, "[%s%s] %d/%d files %d articles %.0f/s",
                "#".repeat(filled), ".".repeat(WIDTH - filled), files, totalFiles, articles, articles / seconds);
        out.print("\r" + line + " ".repeat(Math.max(0, drawnChars - line.length())));
        out.flush();
        drawnChars = line.length();
    }

    /** Removes the bar so the next line prints cleanly. */
    void clear() {
        if (drawnChars > 0) {
            out.print("\r" + " ".repeat(drawnChars) + "\r");
            out.flush();
            drawnChars = 0;
            lastDraw = 0;
        }
    }

    /** Draws the final state, then ends the line. */
    void finish() {
        draw(System.nanoTime());
        out.println();
        drawnChars = 0;
    }
}
