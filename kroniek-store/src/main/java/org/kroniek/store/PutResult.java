package org.kroniek.store;

/** What {@link RecordStore#put} did with a record. */
public enum PutResult {
    /** No record with this id was stored. */
    NEW,
    /** A record with this id was stored and differed; it is replaced. */
    UPDATED,
    /** The same record was already stored; nothing was written. */
    UNCHANGED
}
