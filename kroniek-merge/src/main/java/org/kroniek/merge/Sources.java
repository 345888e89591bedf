package org.kroniek.merge;

import java.util.List;

/** Counts independent sources: two articles of one outlet are one source, and so are near-identical texts (wire copies). */
final class Sources {
    private Sources() {
    }

    static int count(List<ArticleProfile> articles, StoryRules rules) {
        UnionFind uf = new UnionFind();
        for (int i = 0; i < articles.size(); i++) {
            ArticleProfile a = articles.get(i);
            uf.add(a.id());
            for (int j = i + 1; j < articles.size(); j++) {
                ArticleProfile b = articles.get(j);
                if (a.outlet().equals(b.outlet()) || rules.nearDuplicate(a, b)) {
                    uf.union(a.id(), b.id());
                }
            }
        }
        return uf.groups().size();
    }
}
