package org.kroniek.extract.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kroniek.pipeline.Document;
import org.kroniek.pipeline.Layers;
import org.kroniek.pipeline.SentenceStage;
import org.kroniek.record.Claim;
import org.kroniek.record.ClaimStatus;
import org.kroniek.record.Entity;
import org.kroniek.record.EntityType;
import org.kroniek.record.Place;
import org.kroniek.record.PlaceKind;
import org.kroniek.record.Precision;
import org.kroniek.record.Published;
import org.kroniek.record.Source;
import org.kroniek.record.Speaker;
import org.kroniek.record.SpeakerKind;
import org.kroniek.record.TextSpan;
import org.kroniek.text.Article;
import org.kroniek.text.Block;
import org.kroniek.text.SentenceSplitter;

/** Builds documents with hand-made layers, as the upstream stages would leave them. */
public final class Docs {
    private Docs() {
    }

    /** A one-paragraph document, split into sentences, published on {@code published} (day or month). */
    public static Document of(String language, String published, String text) {
        Published p = published == null ? null
                : new Published(published, published.length() == 7 ? Precision.MONTH : Precision.DAY);
        Document d = new Document(Article.of(Source.ofPath("test.txt"), null, p, language, List.of(Block.paragraph(text))));
        new SentenceStage(SentenceSplitter.standard()).process(d);
        return d;
    }

    /** Adds entities whose mentions are every occurrence of the given names: {@code "e1:Mariupol:LOC:city"}. */
    public static void entities(Document d, String... specs) {
        List<Entity> out = new ArrayList<>();
        for (String spec : specs) {
            String[] f = spec.split(":");
            List<TextSpan> mentions = new ArrayList<>();
            for (int i = d.text().indexOf(f[1]); i >= 0; i = d.text().indexOf(f[1], i + 1)) {
                mentions.add(TextSpan.of(d.text(), i, i + f[1].length()));
            }
            Place place = f.length > 3 ? new Place(50, 30, "UA", PlaceKind.valueOf(f[3].toUpperCase()), 1, null) : null;
            out.add(new Entity(f[0], f[1], EntityType.valueOf(f[2]), List.of(), mentions, null, place));
        }
        d.put(Layers.ENTITIES, List.copyOf(out));
    }

    /** Adds one claim covering the first occurrence of {@code text}. */
    public static void claim(Document d, String id, String text, ClaimStatus... status) {
        int start = d.text().indexOf(text);
        List<Claim> claims = new ArrayList<>(d.list(Layers.CLAIMS));
        claims.add(new Claim(id, new Speaker(null, "autoriteiten", SpeakerKind.GOVERNMENT, null), null, "claimen", text,
                start, start + text.length(), false, Set.of(status), null, List.of()));
        d.put(Layers.CLAIMS, List.copyOf(claims));
    }
}
