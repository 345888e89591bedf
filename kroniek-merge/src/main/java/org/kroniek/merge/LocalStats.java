package org.kroniek.merge;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How specific each entity and lead word of one article is among the articles published within
 * {@link MergeConfig#idfWindowDays()} of it: idf per entity and word, the entities rare enough to
 * anchor a story, and the article's total idf masses.
 *
 * @param n          articles in the window (the article included)
 * @param idf        {@code log(1 + n / df)} per entity of the article
 * @param anchors    entities in at most {@link StoryRules#anchorMaxDf} articles of the window
 * @param mass       the sum of {@code idf}
 * @param wordIdf    {@code log(1 + n / df)} per lead word, 0 for words in more than
 *                   {@link #COMMON_WORD_SHARE} of the window's articles ("says", "the"), and more
 *                   than {@link MergeConfig#anchorMinDf()}
 * @param wordMass   the sum of {@code wordIdf}
 */
record LocalStats(int n, Map<String, Double> idf, Set<String> anchors, double mass, Map<String, Double> wordIdf,
                  double wordMass) {
    static final double COMMON_WORD_SHARE = 0.05;

    static LocalStats of(ArticleProfile a, DayIndex entityDays, DayIndex wordDays, StoryRules rules, int windowDays) {
        long lo = a.day() - windowDays;
        long hi = a.day() + windowDays;
        int n = entityDays.n(lo, hi);
        int anchorMax = rules.anchorMaxDf(n);
        Map<String, Double> idf = new HashMap<>();
        Set<String> anchors = new HashSet<>();
        double mass = 0;
        for (String e : a.entities()) {
            int df = entityDays.df(e, lo, hi);
            double w = StoryRules.idf(df, n);
            idf.put(e, w);
            mass += w;
            if (df <= anchorMax) {
                anchors.add(e);
            }
        }
        Map<String, Double> wordIdf = new HashMap<>();
        double wordMass = 0;
        for (String word : a.words()) {
            int df = wordDays.df(word, lo, hi);
            double w = df > Math.max(rules.anchorMinDf(), COMMON_WORD_SHARE * n) ? 0 : StoryRules.idf(df, n);
            wordIdf.put(word, w);
            wordMass += w;
        }
        return new LocalStats(n, Map.copyOf(idf), Set.copyOf(anchors), mass, Map.copyOf(wordIdf), wordMass);
    }
}
