package org.kroniek.store;

import java.util.List;
import java.util.Map;

/**
 * One canonical entity across all stored articles: its names in every language, how often it is
 * mentioned per day, the articles that mention it and the claims it makes.
 */
public record EntityProfile(String key, String name, String type, String country, Map<String, Object> place,
                            List<String> aliases, List<DateCount> mentions, List<SearchHit> articles,
                            List<SearchHit> claims) {
    public EntityProfile {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
        articles = List.copyOf(articles);
        claims = List.copyOf(claims);
    }

    /** Mentions on one day (or month, at the precision the articles give). */
    public record DateCount(String date, long count) {
    }
}
