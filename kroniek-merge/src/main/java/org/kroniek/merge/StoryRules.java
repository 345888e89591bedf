package org.kroniek.merge;

import java.util.HashSet;
import java.util.Set;
import org.kroniek.record.EventType;

/**
 * Whether two articles tell the same story. Articles published more than the story window apart
 * never do; near-identical texts of one language always do (a wire story republished);
 * otherwise the two must share an anchor (an entity that is not in most articles; across
 * languages, where no lead words are compared, not a country either: "Russia" would tie every
 * Dutch war report to every English one in a small corpus) and the score
 * <pre>0.5 * weighted entity overlap + 0.5 * anchor rarity + 0.2 * event-type Jaccard + 0.4 * shingle Jaccard (same language)</pre>
 * must reach the threshold. Weighted entity overlap is the idf mass of shared entity ids over the
 * mean idf mass of the two articles, so a shared town counts for more than a shared "Ukraine"; anchor
 * rarity is the idf of the rarest shared anchor over the idf of an entity seen once. Entity ids
 * are canonical, so Dutch and English articles match on them; names the knowledge base does not
 * unify across languages (transliterations) only lower the overlap.
 */
final class StoryRules {
    private final MergeConfig config;

    StoryRules(MergeConfig config) {
        this.config = config;
    }

    /** @return the largest document frequency at which an entity still ties a story, for a corpus of n articles */
    int anchorMaxDf(int n) {
        return Math.max(config.anchorMinDf(), (int) Math.floor(config.anchorShare() * n));
    }

    int anchorMinDf() {
        return config.anchorMinDf();
    }

    static double idf(int df, int n) {
        return Math.log(1.0 + (double) n / Math.max(1, df));
    }

    boolean nearDuplicate(ArticleProfile a, ArticleProfile b) {
        return a.id().equals(b.id())
                || a.sameLanguage(b) && Shingles.jaccard(a.shingles(), b.shingles()) >= config.nearDuplicate();
    }

    /** Both dated and at most the story window apart by publication day, or both undated. */
    boolean withinWindow(ArticleProfile a, ArticleProfile b) {
        if (a.dated() != b.dated()) {
            return false;
        }
        return Math.abs(a.day() - b.day()) <= config.storyWindowDays();
    }

    /** Score of a near duplicate: above any other. */
    static final double DUPLICATE = 10;

    /**
     * The same-story score of {@code b} as seen from {@code a}: entity weights are those of
     * {@code a}'s window ({@code sa}), {@code b}'s idf mass that of its own window.
     *
     * @return {@link #DUPLICATE} for near-identical texts, 0 when outside the window or without a
     *         shared anchor, else the weighted sum of the class comment
     */
    double score(ArticleProfile a, LocalStats sa, ArticleProfile b, LocalStats sb) {
        if (!withinWindow(a, b)) {
            return 0;
        }
        double text = a.sameLanguage(b) ? Shingles.jaccard(a.shingles(), b.shingles()) : 0;
        if (a.id().equals(b.id()) || text >= config.nearDuplicate()) {
            return DUPLICATE;
        }
        double best = 0;
        double shared = 0;
        boolean crossLanguage = !a.sameLanguage(b);
        for (String e : a.entities()) {
            if (b.entities().contains(e)) {
                double w = sa.idf().get(e);
                shared += w;
                if (sa.anchors().contains(e) && !(crossLanguage && a.countries().contains(e))
                        && !(a.speakersOnly().contains(e) && b.speakersOnly().contains(e))) {
                    best = Math.max(best, w);
                }
            }
        }
        if (best == 0) {
            return 0;
        }
        double words = 0;
        if (a.sameLanguage(b)) {
            words = wordOverlap(a, sa, b, sb);
            if (words < config.minWordOverlap()) {
                return 0;
            }
        }
        // Dice over idf mass: an article naming one or two entities does not overlap everything that names them
        double mass = (sa.mass() + sb.mass()) / 2;
        double overlap = mass == 0 ? 0 : shared / mass;
        double anchor = best / idf(1, sa.n());
        return 0.5 * overlap + 0.5 * anchor + 0.2 * typeJaccard(a.eventTypes(), b.eventTypes()) + 0.4 * text + 0.5 * words;
    }

    /** Dice over the idf mass of the lead words: how much the two leads say the same thing. */
    static double wordOverlap(ArticleProfile a, LocalStats sa, ArticleProfile b, LocalStats sb) {
        double shared = 0;
        for (String w : a.words()) {
            if (b.words().contains(w)) {
                shared += sa.wordIdf().get(w);
            }
        }
        double mass = (sa.wordMass() + sb.wordMass()) / 2;
        return mass == 0 ? 0 : shared / mass;
    }

    private static double typeJaccard(Set<EventType> a, Set<EventType> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<EventType> union = new HashSet<>(a);
        union.addAll(b);
        long common = a.stream().filter(b::contains).count();
        return (double) common / union.size();
    }
}
