package org.kroniek.record;

/** Where an article came from: the input file, its URL, the outlet and the record number in the file. */
public record Source(String path, String url, String outlet, Integer record) {
    public static Source ofPath(String path) {
        return new Source(path, null, null, null);
    }

    public Source withRecord(Integer newRecord) {
        return new Source(path, url, outlet, newRecord);
    }
}
