package org.kroniek.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.EventType;
import org.kroniek.record.Precision;
import org.kroniek.record.Published;

/**
 * A random corpus for checking that incremental grouping equals batch grouping: articles spread
 * over many days naming two very common entities, some of twenty frequent ones and some of two
 * hundred rare towns, with copied texts (wire stories) and a few undated articles.
 */
final class Generated {
    private static final String[] WORDS = {"rockets", "hit", "the", "city", "overnight", "officials", "said", "shelling",
        "continued", "near", "front", "line", "aid", "arrived", "talks", "resumed", "mayor", "reported", "damage"};

    private Generated() {
    }

    static List<ArticleRecord> records(int n, int days, long seed) {
        Random r = new Random(seed);
        LocalDate start = LocalDate.of(2022, 3, 1);
        List<ArticleRecord> out = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = String.format("g%03d", i);
            StringBuilder text = new StringBuilder();
            if (!texts.isEmpty() && r.nextInt(8) == 0) {
                text.append(texts.get(r.nextInt(texts.size())));
            } else {
                for (int w = 0; w < 12 + r.nextInt(10); w++) {
                    text.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
                }
            }
            texts.add(text.toString());
            Rec rec = Rec.of(id).outlet("outlet" + r.nextInt(6)).text(text.toString());
            if (r.nextInt(25) != 0) {
                rec.date(start.plusDays(r.nextInt(days)).toString());
            }
            if (r.nextInt(10) < 8) {
                rec.entity("LOC:ukraine");
            }
            if (r.nextInt(10) < 6) {
                rec.entity("ORG:russia");
            }
            for (int k = 0; k < r.nextInt(3); k++) {
                rec.entity("PER:p" + r.nextInt(20));
            }
            String town = "LOC:town" + r.nextInt(200);
            rec.entity(town);
            if (r.nextBoolean()) {
                rec.entity("LOC:town" + r.nextInt(200));
            }
            if (r.nextBoolean()) {
                rec.event("v1", r.nextBoolean() ? EventType.ASSAULT : EventType.AID, r.nextBoolean() ? "ORG:russia" : null, town);
            }
            out.add(rec.build());
        }
        return out;
    }

    /** The same record published {@code days} later (or on 2022-03-01 when undated). */
    static ArticleRecord movedCopy(ArticleRecord a, int days) {
        LocalDate d = a.published() == null ? LocalDate.of(2022, 3, 1) : LocalDate.parse(a.published().value()).plusDays(days);
        return new ArticleRecord(a.id(), a.source(), a.title(), a.language(), new Published(d.toString(), Precision.DAY),
                a.text(), a.paragraphs(), a.sentences(), a.entities(), a.times(), a.claims(), a.events(), a.figures(),
                a.problems());
    }
}
