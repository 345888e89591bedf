package org.kroniek.spark;

import java.io.Serializable;

/**
 * One result of the job: a record as a JSON line, or an error row (a failure, a warning, a
 * duplicate left out, a record whose extraction failed).
 */
record Outcome(String recordLine, ErrorRow error) implements Serializable {
    static Outcome record(String line) {
        return new Outcome(line, null);
    }

    static Outcome error(ErrorRow error) {
        return new Outcome(null, error);
    }

    boolean isRecord() {
        return recordLine != null;
    }
}
