package org.kroniek.merge;

/**
 * Thresholds of story clustering and event merging. Defaults are the field values of {@link #defaults()}.
 *
 * @param storyWindowDays   articles published more than this many days apart are never one story
 * @param idfWindowDays     how common an entity is gets counted among the articles published this many days either side
 * @param nearDuplicate     word-shingle Jaccard (same language) from which two texts are one text (a wire copy)
 * @param storyThreshold    score from which two articles are one story (see {@link StoryRules})
 * @param minWordOverlap    two articles of one language are one story only when their leads share at least this
 *                          idf-weighted share of words (Dice), unless near-identical
 * @param anchorShare       an entity in more than this share of the articles is too common to tie a story
 * @param anchorMinDf       ... unless it is in at most this many articles (small corpora)
 * @param mutualNeighbours a story link holds when each article is among the other's this many best-scoring links
 * @param placeRadiusKm     two places closer than this are one place for event merging
 * @param regionRadiusKm    a city is taken to lie inside a region of the same country within this distance
 * @param figureWindowDays  figures published more than this many days apart are not compared
 * @param promiseWindowDays a promised retreat is broken by an assault at most this many days after it
 */
public record MergeConfig(int storyWindowDays, int idfWindowDays, double nearDuplicate, double storyThreshold, double minWordOverlap, double anchorShare,
                          int anchorMinDf, int mutualNeighbours, double placeRadiusKm, double regionRadiusKm,
                          int figureWindowDays, int promiseWindowDays) {

    public MergeConfig {
        if (mutualNeighbours < 1) {
            throw new IllegalArgumentException("mutualNeighbours must be >= 1: " + mutualNeighbours);
        }
        if (storyWindowDays < 0 || idfWindowDays < 0 || figureWindowDays < 0 || promiseWindowDays < 0) {
            throw new IllegalArgumentException("windows must be >= 0 days: " + storyWindowDays + ", " + idfWindowDays + ", "
                    + figureWindowDays + ", " + promiseWindowDays);
        }
        if (!(nearDuplicate > 0 && nearDuplicate <= 1) || !(storyThreshold > 0) || !(minWordOverlap >= 0 && minWordOverlap <= 1) || !(anchorShare > 0 && anchorShare <= 1)) {
            throw new IllegalArgumentException("bad thresholds: nearDuplicate=" + nearDuplicate
                    + " storyThreshold=" + storyThreshold + " anchorShare=" + anchorShare);
        }
    }

    /** @return the defaults: 3 days, 7 days, 0.6, 0.4, 0.15, 0.03, 10, 2, 25 km, 300 km, 1 day, 14 days */
    public static MergeConfig defaults() {
        return new MergeConfig(3, 7, 0.6, 0.4, 0.15, 0.03, 10, 2, 25, 300, 1, 14);
    }

    /** @return this configuration with another story window */
    public MergeConfig withStoryWindowDays(int days) {
        return new MergeConfig(days, idfWindowDays, nearDuplicate, storyThreshold, minWordOverlap, anchorShare, anchorMinDf, mutualNeighbours, placeRadiusKm,
                regionRadiusKm, figureWindowDays, promiseWindowDays);
    }

    /** @return this configuration where a link needs each article among the other's {@code k} best */
    public MergeConfig withMutualNeighbours(int k) {
        return new MergeConfig(storyWindowDays, idfWindowDays, nearDuplicate, storyThreshold, minWordOverlap, anchorShare, anchorMinDf, k,
                placeRadiusKm, regionRadiusKm, figureWindowDays, promiseWindowDays);
    }
}
