package org.kroniek.extract.claims.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.Claim;
import org.kroniek.record.ClaimStatus;
import org.kroniek.record.Entity;
import org.kroniek.record.TextSpan;

/**
 * The claims part of {@code shared/tools/score_record.py}, in Java: a gold claim is found when a
 * produced claim's text contains its key (or lies inside it, when longer than ten characters) and
 * its speaker text or speaker entity's names overlap one of the gold speakers; it is fully right
 * when the statuses include the gold ones and kind, direct and via agree where the gold gives them.
 */
public final class GoldClaimScorer {
    /** Counts over the gold claims of one or more files, and the lines explaining each miss. */
    public static final class Result {
        private int gold;
        private int found;
        private int right;
        private final List<String> misses = new ArrayList<>();

        public int gold() {
            return gold;
        }

        public int found() {
            return found;
        }

        public int right() {
            return right;
        }

        public List<String> misses() {
            return misses;
        }

        /** Adds {@code r}'s counts and misses to {@code into}. */
        public static void add(Result into, Result r) {
            into.gold += r.gold;
            into.found += r.found;
            into.right += r.right;
            into.misses.addAll(r.misses);
        }
    }

    private GoldClaimScorer() {
    }

    public static void score(JsonNode gold, ArticleRecord record, Result into) {
        Map<String, Entity> byId = new HashMap<>();
        for (Entity e : record.entities()) {
            byId.put(e.id(), e);
        }
        for (JsonNode g : gold.path("claims")) {
            into.gold++;
            String key = norm(g.path("key").asText());
            Claim hit = null;
            List<String> candidates = new ArrayList<>();
            for (Claim c : record.claims()) {
                String t = norm(c.text());
                if (!(t.contains(key) || key.contains(t) && t.length() > 10)) {
                    continue;
                }
                candidates.add(c.speaker().text());
                Set<String> names = speakerNames(c, byId);
                boolean match = false;
                for (JsonNode s : g.path("speakers")) {
                    String n = norm(s.asText());
                    for (String x : names) {
                        match |= !x.isEmpty() && (x.contains(n) || n.contains(x));
                    }
                }
                if (match) {
                    hit = c;
                    break;
                }
            }
            if (hit == null) {
                into.misses.add("missed '" + g.path("key").asText() + "' by " + g.path("speakers").path(0).asText()
                        + (candidates.isEmpty() ? "" : " (found with speakers " + candidates + ")"));
                continue;
            }
            into.found++;
            String why = wrong(g, hit, byId);
            if (why == null) {
                into.right++;
            } else {
                into.misses.add("'" + g.path("key").asText() + "': " + why);
            }
        }
    }

    private static String wrong(JsonNode g, Claim hit, Map<String, Entity> byId) {
        Set<String> have = new HashSet<>();
        for (ClaimStatus s : hit.status()) {
            have.add(s.label());
        }
        for (JsonNode s : g.path("status")) {
            if (!have.contains(s.asText())) {
                return "status " + have + " lacks " + s.asText();
            }
        }
        if (g.has("direct") && g.get("direct").asBoolean() != hit.direct()) {
            return "direct " + hit.direct();
        }
        JsonNode kinds = g.path("speaker_kind");
        if (!kinds.isMissingNode()) {
            Set<String> ok = new HashSet<>();
            if (kinds.isArray()) {
                kinds.forEach(k -> ok.add(k.asText()));
            } else {
                ok.add(kinds.asText());
            }
            if (!ok.contains(hit.speaker().kind().label())) {
                return "kind " + hit.speaker().kind().label() + " not in " + ok;
            }
        }
        JsonNode via = g.path("via");
        if (via.isArray() && via.size() > 0) {
            Set<String> names = new HashSet<>();
            if (hit.via() != null && byId.containsKey(hit.via())) {
                names.addAll(entityNames(byId.get(hit.via())));
            } else if (hit.via() != null) {
                names.add(norm(hit.via()));
            }
            boolean ok = false;
            for (JsonNode v : via) {
                ok |= names.contains(norm(v.asText()));
            }
            if (!ok) {
                return "via " + hit.via();
            }
        }
        return null;
    }

    private static Set<String> speakerNames(Claim c, Map<String, Entity> byId) {
        Set<String> out = new HashSet<>();
        out.add(norm(c.speaker().text()));
        if (c.speaker().entity() != null && byId.containsKey(c.speaker().entity())) {
            out.addAll(entityNames(byId.get(c.speaker().entity())));
        }
        out.remove("");
        return out;
    }

    private static Set<String> entityNames(Entity e) {
        Set<String> out = new HashSet<>();
        out.add(norm(e.name()));
        e.aliases().forEach(a -> out.add(norm(a)));
        for (TextSpan m : e.mentions()) {
            out.add(norm(m.text()));
        }
        return out;
    }

    /** Lowercase, accents removed, curly quotes straightened, white space collapsed: the scorer's norm(). */
    static String norm(String s) {
        if (s == null) {
            return "";
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        d = d.toLowerCase(Locale.ROOT).replace('’', '\'').replace('“', '"').replace('”', '"');
        return String.join(" ", d.trim().split("\\s+"));
    }
}
