package org.kroniek.merge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kroniek.record.FigureKind;

/** Groups the figures of all articles by (place entity id, kind) and sorts each group by date. */
final class FigureSeriesBuilder {
    private FigureSeriesBuilder() {
    }

    static List<FigureSeries> build(Collection<ArticleProfile> articles) {
        Map<String, Map<FigureKind, List<FigureRef>>> groups = new TreeMap<>();
        for (ArticleProfile a : articles) {
            for (FigureRef f : FigureRef.of(a)) {
                if (f.location() != null && f.hasNumber()) {
                    groups.computeIfAbsent(f.location(), k -> new TreeMap<>())
                            .computeIfAbsent(f.figure().kind(), k -> new ArrayList<>()).add(f);
                }
            }
        }
        List<FigureSeries> out = new ArrayList<>();
        groups.forEach((location, byKind) -> byKind.forEach((kind, refs) -> {
            refs.sort(Comparator.comparing(FigureRef::article, ArticleProfile::chronological).thenComparing(FigureRef::id));
            String name = refs.stream().map(FigureRef::locationName).filter(java.util.Objects::nonNull).findFirst().orElse(location);
            out.add(new FigureSeries(location, name, kind, refs.stream().map(FigureRef::point).toList()));
        }));
        return out;
    }
}
