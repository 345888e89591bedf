package org.kroniek.merge;

/**
 * One reported figure in a series: who reported which number when.
 *
 * @param figure   {@code f<n>}, the figure's 1-based position in its record
 * @param date     the article's publication date as written, or null
 * @param speaker  the speaker of the figure's claim (entity name when resolved), or null
 */
public record FigurePoint(String article, String outlet, String figure, String date, Long low, Long high,
                          String speaker, String claim, String evidence) {
}
