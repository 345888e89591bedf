package org.kroniek.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.Claim;
import org.kroniek.record.Entity;
import org.kroniek.record.Figure;
import org.kroniek.record.Place;

/** A figure of one article with what comparing figures needs: its place, date and speaker. */
record FigureRef(ArticleProfile article, String id, Figure figure, Place place, String locationName, String speaker) {

    static List<FigureRef> of(ArticleProfile a) {
        ArticleRecord r = a.record();
        List<FigureRef> out = new ArrayList<>();
        for (int i = 0; i < r.figures().size(); i++) {
            Figure f = r.figures().get(i);
            Optional<Entity> loc = entity(r, f.location());
            out.add(new FigureRef(a, "f" + (i + 1), f, loc.map(Entity::place).orElse(null),
                    loc.map(Entity::name).orElse(null), speaker(r, f.claim())));
        }
        return out;
    }

    private static Optional<Entity> entity(ArticleRecord r, String id) {
        return id == null ? Optional.empty() : r.entities().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    private static String speaker(ArticleRecord r, String claimId) {
        if (claimId == null) {
            return null;
        }
        for (Claim c : r.claims()) {
            if (c.id().equals(claimId)) {
                return entity(r, c.speaker().entity()).map(Entity::name).orElse(c.speaker().text());
            }
        }
        return null;
    }

    String location() {
        return figure.location();
    }

    /** Upper bound, unbounded for "at least" figures. */
    long upper() {
        return figure.high() != null ? figure.high() : figure.low() != null ? Long.MAX_VALUE : Long.MAX_VALUE;
    }

    long lower() {
        return figure.low() != null ? figure.low() : 0;
    }

    boolean hasNumber() {
        return figure.low() != null || figure.high() != null;
    }

    FigurePoint point() {
        ArticleRecord r = article.record();
        return new FigurePoint(r.id(), article.outlet(), id, r.published() == null ? null : r.published().value(),
                figure.low(), figure.high(), speaker, figure.claim(), figure.evidence().text());
    }
}
