package org.kroniek.spark;

import java.io.Serializable;

/**
 * A file or record that could not be read or processed: one row of the job's error table.
 *
 * @param file the input file as named in records
 * @param record the record within the file (0-based), or null for the whole file
 * @param reason why, in one line
 */
public record ErrorRow(String file, Integer record, String reason) implements Serializable {
}
