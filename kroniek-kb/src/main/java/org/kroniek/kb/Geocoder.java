package org.kroniek.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kroniek.pipeline.Mention;
import org.kroniek.record.EntityType;

/**
 * Chooses the place a name stands for among the knowledge base's candidates. Countries win
 * over namesake towns; regions need a region word ("oblast", "regio") unless curated ("Krim",
 * "Donbas", "Oost-Oekraïne"); otherwise population, capitals, the document's country focus and
 * closeness to the other places of the document decide (Moscow RU, not Moscow US). Thread-safe.
 */
public final class Geocoder {
    private static final String[] REGION_WORDS = {"oblast", "region", "regio", "provincie", "province", "gebiet", "krai", "raion", "rayon"};

    private final KnowledgeBase kb;
    private final GazetteerTagger tagger;

    public Geocoder(KnowledgeBase kb, GazetteerTagger tagger) {
        this.kb = kb;
        this.tagger = tagger;
    }

    /**
     * What the rest of a document says about where it is.
     *
     * @param countries weight per ISO country code (mentions of the country, its people, its places)
     * @param anchors places of the document already resolved
     */
    public record Context(Map<String, Double> countries, List<KbEntry> anchors) {
        public static final Context EMPTY = new Context(Map.of(), List.of());

        public Context {
            countries = Map.copyOf(countries);
            anchors = List.copyOf(anchors);
        }

        double share(String country) {
            double total = 0;
            for (double w : countries.values()) {
                total += w;
            }
            return total == 0 || country == null ? 0 : countries.getOrDefault(country, 0.0) / total;
        }
    }

    /** The places among a name's candidates. */
    public static List<Candidate> places(List<Candidate> candidates) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.entry().kind().isPlace()) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * @param surface the name as written
     * @param candidates its candidates (see {@link #places})
     * @param context the document's context
     * @return the best place, or empty when no candidate is a place
     */
    public Optional<KbEntry> choose(String surface, List<Candidate> candidates, Context context) {
        String f = NameKey.fold(surface);
        KbEntry best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        boolean curated = false;
        for (Candidate c : places(candidates)) {
            double s = score(c, f, context);
            if (s > bestScore) {
                best = c.entry();
                bestScore = s;
                curated = c.curated();
            }
        }
        if (best != null && best.kind() == EntryKind.CITY && !curated) {
            KbEntry region = namedRegionElsewhere(best, context);
            if (region != null) {
                return Optional.of(region);
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The region the document names when a town's only namesakes lie outside it ("Andriivka
     * (Kyiv Oblast)" when the gazetteer knows Andriivka only near Odesa): the region is right,
     * if less precise, where the namesake would be wrong.
     */
    private static KbEntry namedRegionElsewhere(KbEntry town, Context ctx) {
        KbEntry region = null;
        for (KbEntry a : ctx.anchors()) {
            if (a.kind() != EntryKind.REGION || a.admin1().isEmpty()) {
                continue;
            }
            if (a.admin1().equals(town.admin1()) && java.util.Objects.equals(a.country(), town.country())) {
                return null;
            }
            region = region == null ? a : region;
        }
        if (region == null || !region.hasCoordinates()
                || km(region.lat(), region.lon(), town.lat(), town.lon()) < 150) {
            return null;
        }
        return region;
    }

    private static double score(Candidate c, String folded, Context ctx) {
        KbEntry e = c.entry();
        if (e.kind() == EntryKind.COUNTRY) {
            // A country's name in a major language is the country; its names in other languages rarely are.
            return c.curated() ? 1000 + (c.exact() ? 1 : 0) : -10;
        }
        double s = Math.log10(e.population() + 1.0);
        if (c.curated()) {
            s += 3;
        }
        if (!c.exact()) {
            s -= 2;
        }
        if (e.kind() == EntryKind.REGION && !c.curated() && !hasRegionWord(folded)) {
            s -= 4;
        }
        if (e.kind() == EntryKind.REGION && hasRegionWord(folded)) {
            s += 6;
        }
        if (e.isCapital()) {
            s += 1.5;
        } else if ("PPLA".equals(e.feature())) {
            s += 0.5;
        }
        double share = ctx.share(e.country());
        s += 3 * share;
        if (!c.exact() && share == 0 && !ctx.countries().isEmpty()) {
            s -= 3;
        }
        double near = Double.MAX_VALUE;
        boolean sameRegion = false;
        for (KbEntry a : ctx.anchors()) {
            if (a.id().equals(e.id()) || a.kind() == EntryKind.COUNTRY || a.name().equals(e.name())) {
                continue; // a namesake is the same name read another way, not evidence of a nearby place
            }
            if (a.kind() == EntryKind.REGION && a.country() != null && a.country().equals(e.country())
                    && !a.admin1().isEmpty() && a.admin1().equals(e.admin1())) {
                sameRegion = true;
            }
            if (a.hasCoordinates() && e.hasCoordinates()) {
                near = Math.min(near, km(a.lat(), a.lon(), e.lat(), e.lon()));
            }
        }
        if (sameRegion) {
            s += 6;
        }
        if (near <= 60) {
            s += 2.5;
        } else if (near <= 250) {
            s += 1.2;
        }
        return s;
    }

    private static boolean hasRegionWord(String folded) {
        for (String w : REGION_WORDS) {
            if (folded.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Great-circle distance in kilometres. */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 6371 * 2 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /**
     * Builds the context of a text from the names the gazetteer finds in it: countries and
     * demonyms weigh for their country; places resolved without context become anchors.
     *
     * @param text the document text (or any context of a mention)
     * @param lang its language
     * @param ignore a folded name to leave out (the mention being resolved), or null
     */
    public Context contextOf(String text, String lang, String ignore) {
        List<Mention> mentions = tagger.tag(text, List.of());
        Map<String, Double> countries = new HashMap<>();
        List<KbEntry> anchors = new ArrayList<>();
        for (Mention m : mentions) {
            if (ignore != null && NameKey.fold(m.text()).equals(ignore)) {
                continue;
            }
            List<Candidate> cs = kb.lookup(m.text(), lang);
            if (cs.isEmpty()) {
                continue;
            }
            KbEntry top = cs.get(0).entry();
            if (m.type() == EntityType.LOC) {
                choose(m.text(), cs, Context.EMPTY).ifPresent(p -> {
                    anchors.add(p);
                    if (p.country() != null) {
                        countries.merge(p.country(), 1.0, Double::sum);
                    }
                });
            } else if (top.country() != null && (top.kind() == EntryKind.DEMONYM || top.kind().speakerKind() != null)) {
                countries.merge(top.country(), top.kind() == EntryKind.DEMONYM ? 1.0 : 0.5, Double::sum);
            }
        }
        return new Context(countries, anchors);
    }

    /**
     * Geocodes one name in a context text, as the {@code eval geo} command does.
     *
     * @return the place, or empty when the knowledge base knows no place of that name
     */
    public Optional<KbEntry> geocode(String mention, String contextText, String lang) {
        Context ctx = contextOf(contextText, lang, NameKey.fold(mention));
        return choose(mention, kb.lookup(mention, lang), ctx);
    }
}
