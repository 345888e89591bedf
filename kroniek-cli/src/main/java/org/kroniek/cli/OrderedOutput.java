package org.kroniek.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.kroniek.record.ArticleRecord;

/**
 * Keeps records computed in parallel, and messages about inputs, in input order: entries are
 * emitted from the head as soon as they are ready, and the number in flight is bounded.
 * Used from one thread.
 */
final class OrderedOutput {
    private final Deque<Entry> pending = new ArrayDeque<>();
    private final int maxInFlight;
    private final Consumer<ArticleRecord> records;
    private final Consumer<String> messages;
    private int errors;

    OrderedOutput(int maxInFlight, Consumer<ArticleRecord> records, Consumer<String> messages) {
        this.maxInFlight = maxInFlight;
        this.records = records;
        this.messages = messages;
    }

    void record(Future<ArticleRecord> future, String origin) {
        pending.add(new Entry(future, origin, null));
        drain(false);
    }

    void message(String line) {
        pending.add(new Entry(null, null, line));
        drain(false);
    }

    /** Emits what is ready; waits while too many are in flight, or for all when {@code all}. */
    void drain(boolean all) {
        while (!pending.isEmpty()) {
            Entry head = pending.peek();
            boolean mustWait = all || pending.size() > maxInFlight;
            if (head.future != null && !head.future.isDone() && !mustWait) {
                return;
            }
            pending.poll();
            if (head.future == null) {
                messages.accept(head.message);
                continue;
            }
            try {
                records.accept(head.future.get());
            } catch (ExecutionException e) {
                errors++;
                messages.accept(head.origin + ": internal error: " + e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for records", e);
            }
        }
    }

    /** Records whose processing threw (bugs, not bad input). */
    int errors() {
        return errors;
    }

    private record Entry(Future<ArticleRecord> future, String origin, String message) {
    }
}
