package org.kroniek.kb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kroniek.kb.internal.WordList;
import org.kroniek.pipeline.Mention;
import org.kroniek.record.EntityType;
import org.kroniek.record.Span;

/**
 * Finds the names the knowledge base knows in running text: places, countries, demonyms,
 * organisations, well-known people and state bodies ("het Oekraïense ministerie van Defensie"),
 * also inside hyphenated compounds ("Kremlin-woordvoerder", "NAVO-lidmaatschap") and as whole
 * compounds ("Oost-Oekraïne"). Longest match wins, left to right. Mentions have origin
 * {@value #ORIGIN}. Immutable and thread-safe.
 */
public final class GazetteerTagger {
    /** The origin of the mentions this tagger writes. */
    public static final String ORIGIN = "gazetteer";
    private static final int MAX_TOKENS = 7;
    /** Words, with inner dots and apostrophes ("NU.nl", "Mar'inka"), but without a possessive 's ("Russia's"). */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[.&][\\p{L}\\p{N}]+|['’](?![sS](?![\\p{L}\\p{N}]))[\\p{L}\\p{N}]+)*");
    private static final long SMALL_PLACE = 100_000;

    private final KnowledgeBase kb;
    private final Set<String> stopwords;
    private final Map<String, List<String>> headsByFirstWord = new HashMap<>();

    public GazetteerTagger(KnowledgeBase kb) {
        this.kb = kb;
        this.stopwords = WordList.read("stopwords.txt");
        for (StateBody b : kb.stateBodies()) {
            if (!b.tagged()) {
                continue;
            }
            String first = NameKey.fold(b.head().split("[ -]")[0]);
            headsByFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(b.head());
        }
    }

    /**
     * @param text the text
     * @param sentences sentence spans (may be empty): one-word matches of small places at a sentence
     *                  start are doubtful and dropped
     * @return mentions in text order, not overlapping
     */
    public List<Mention> tag(String text, List<Span> sentences) {
        List<int[]> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(new int[] {m.start(), m.end()});
        }
        List<Mention> found = new ArrayList<>(stateBodies(text, tokens));
        int i = 0;
        while (i < tokens.size()) {
            Mention best = null;
            int bestEnd = i;
            boolean capital = Character.isUpperCase(text.codePointAt(tokens.get(i)[0])) || Character.isDigit(text.charAt(tokens.get(i)[0]));
            // A lower-case word may open a longer name: "oblast Donetsk", "oosten van Oekraïne".
            boolean opener = !capital && startsLongerName(text.substring(tokens.get(i)[0], tokens.get(i)[1]));
            if (capital || opener) {
                for (int j = opener ? i + 1 : i; j < Math.min(tokens.size(), i + MAX_TOKENS); j++) {
                    if (j > i && !joined(text, tokens, j - 1, j)) {
                        break;
                    }
                    String f = NameKey.fold(text.substring(tokens.get(i)[0], tokens.get(j)[1]));
                    Mention hit = match(text, tokens, i, j, sentences);
                    if (hit != null) {
                        best = hit;
                        bestEnd = j;
                    }
                    if (!kb.mayExtend(f, NameKey.keyOfFolded(f))) {
                        break;
                    }
                }
            }
            if (best != null) {
                found.add(best);
                i = bestEnd + 1;
            } else {
                i++;
            }
        }
        return nonOverlapping(found);
    }

    private static boolean joined(String text, List<int[]> tokens, int i, int j) {
        for (int k = i; k < j; k++) {
            int gapStart = tokens.get(k)[1];
            int gapEnd = tokens.get(k + 1)[0];
            if (gapEnd - gapStart != 1 || (text.charAt(gapStart) != ' ' && text.charAt(gapStart) != '-')) {
                return false;
            }
        }
        return true;
    }

    private boolean startsLongerName(String word) {
        return kb.opensName(NameKey.fold(word));
    }

    private Mention match(String text, List<int[]> tokens, int i, int j, List<Span> sentences) {
        int start = tokens.get(i)[0];
        int end = tokens.get(j)[1];
        String surface = text.substring(start, end);
        if (Character.isLowerCase(surface.codePointAt(0))) {
            return lowerCaseOpened(surface, start);
        }
        String f = NameKey.fold(surface);
        if (i == j && stopwords.contains(f) && !isAcronym(surface)) {
            return null;
        }
        List<Candidate> cs = kb.lookupTaggable(f, NameKey.keyOfFolded(f));
        if (cs.isEmpty() && i == j && surface.length() > 4 && surface.endsWith("s")) {
            Mention genitive = dutchGenitive(surface, start);
            if (genitive != null) {
                return genitive;
            }
        }
        boolean sentenceStart = i == j && startsSentence(text, start, sentences);
        boolean nameNeighbour = i == j && (nameLike(text, tokens, i - 1, -1) || nameLike(text, tokens, j + 1, 1));
        List<Candidate> ok = new ArrayList<>();
        boolean acronym = isAcronym(surface.replace(".", "")) || surface.chars().filter(Character::isUpperCase).count() > 1 && i == j;
        for (Candidate c : cs) {
            KbEntry e = c.entry();
            boolean bulkPlace = !c.curated() && e.kind() != EntryKind.COUNTRY;
            if (bulkPlace && acronym) {
                continue;
            }
            if (i == j && !c.exact() && (e.type() == EntityType.ORG || e.kind() == EntryKind.DEMONYM)) {
                continue;
            }
            if (i == j && e.type() == EntityType.ORG && surface.length() <= 3 && !acronym) {
                continue;
            }
            if (bulkPlace && !c.exact() && (e.population() < SMALL_PLACE || e.kind() == EntryKind.REGION)) {
                continue;
            }
            if (bulkPlace && (sentenceStart || nameNeighbour) && e.population() < SMALL_PLACE) {
                continue;
            }
            if (bulkPlace && nameNeighbour) {
                continue;
            }
            ok.add(c);
        }
        if (ok.isEmpty()) {
            return null;
        }
        ok.sort(Comparator.comparing((Candidate c) -> !c.curated()).thenComparing(c -> !c.exact())
                .thenComparing(c -> c.entry().kind() != EntryKind.COUNTRY).thenComparing(c -> -c.entry().population()));
        Candidate top = ok.get(0);
        double p = top.curated() && top.exact() ? 1.0 : top.exact() ? 0.9 : 0.7;
        return new Mention(start, end, surface, top.entry().type(), p, ORIGIN);
    }

    /** A name that opens with a lower-case word must match exactly and be a region, a site or a curated name. */
    private Mention lowerCaseOpened(String surface, int start) {
        String f = NameKey.fold(surface);
        for (Candidate c : kb.lookupTaggable(f, NameKey.keyOfFolded(f))) {
            EntryKind k = c.entry().kind();
            if (c.exact() && (c.curated() || k == EntryKind.REGION || k == EntryKind.SITE)
                    && Character.isUpperCase(surface.codePointAt(surface.lastIndexOf(' ') + 1))) {
                return new Mention(start, start + surface.length(), surface, c.entry().type(), 1.0, ORIGIN);
            }
        }
        return null;
    }

    /** "Poetins woordvoerder", "Ruslands leger": a curated person or place with the Dutch genitive s. */
    private Mention dutchGenitive(String surface, int start) {
        String stem = surface.substring(0, surface.length() - 1);
        String f = NameKey.fold(stem);
        for (Candidate c : kb.lookupTaggable(f, NameKey.keyOfFolded(f))) {
            if (c.curated() && c.exact() && (c.entry().type() == EntityType.PER || c.entry().type() == EntityType.LOC)) {
                return new Mention(start, start + stem.length(), stem, c.entry().type(), 0.9, ORIGIN);
            }
        }
        return null;
    }

    private static boolean isAcronym(String s) {
        return s.length() >= 2 && s.codePoints().anyMatch(Character::isLetter)
                && s.codePoints().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    private static boolean startsSentence(String text, int start, List<Span> sentences) {
        for (Span s : sentences) {
            if (s.start() <= start && start < s.end()) {
                return text.substring(s.start(), start).isBlank() || text.substring(s.start(), start).matches("\\P{L}*");
            }
        }
        int k = start - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k < 0 || ".!?\n\"“".indexOf(text.charAt(k)) >= 0;
    }

    /** A capitalized word right beside a token that is not a common word: the token may be part of a longer name. */
    private boolean nameLike(String text, List<int[]> tokens, int k, int dir) {
        if (!capitalizedNeighbour(text, tokens, k, dir)) {
            return false;
        }
        return !stopwords.contains(NameKey.fold(text.substring(tokens.get(k)[0], tokens.get(k)[1])));
    }

    private static boolean capitalizedNeighbour(String text, List<int[]> tokens, int k, int dir) {
        if (k < 0 || k >= tokens.size()) {
            return false;
        }
        int[] t = tokens.get(k);
        int gapStart = dir > 0 ? tokens.get(k - 1)[1] : t[1];
        int gapEnd = dir > 0 ? t[0] : tokens.get(k + 1)[0];
        return gapEnd - gapStart == 1 && text.charAt(gapStart) == ' ' && Character.isUpperCase(text.codePointAt(t[0]));
    }

    /** "Russische ministerie van Defensie", "ministerie van Defensie van Rusland", "Ukrainian authorities". */
    private List<Mention> stateBodies(String text, List<int[]> tokens) {
        List<Mention> out = new ArrayList<>();
        for (int ti = 0; ti < tokens.size(); ti++) {
            int[] t = tokens.get(ti);
            List<String> heads = headsByFirstWord.get(NameKey.fold(text.substring(t[0], t[1])));
            if (heads == null) {
                continue;
            }
            for (String head : heads) {
                int end = t[0] + head.length();
                if (text.regionMatches(true, t[0], head, 0, head.length())
                        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                    Mention m = stateBody(text, tokens, ti, end);
                    if (m != null) {
                        out.add(m);
                        break;
                    }
                }
            }
        }
        return out;
    }

    private Mention stateBody(String text, List<int[]> tokens, int ti, int headEnd) {
        int headStart = tokens.get(ti)[0];
        if (ti > 0 && tokens.get(ti - 1)[1] == headStart - 1 && text.charAt(headStart - 1) == ' ') {
            int s = tokens.get(ti - 1)[0];
            if (kb.countryOfAdjective(text.substring(s, tokens.get(ti - 1)[1])).isPresent()) {
                String surface = text.substring(s, headEnd);
                if (kb.stateBody(surface).isPresent()) {
                    return new Mention(s, headEnd, surface, EntityType.ORG, 1.0, ORIGIN);
                }
            }
        }
        int te = tokenAt(tokens, headEnd - 1);
        for (int j = Math.min(tokens.size() - 1, te + 5); j > te + 1; j--) {
            String surface = text.substring(headStart, tokens.get(j)[1]);
            if (kb.stateBody(surface).isPresent()) {
                return new Mention(headStart, tokens.get(j)[1], surface, EntityType.ORG, 1.0, ORIGIN);
            }
        }
        return null;
    }

    private static int tokenAt(List<int[]> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int[] t = tokens.get(mid);
            if (offset < t[0]) {
                hi = mid - 1;
            } else if (offset >= t[1]) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return lo;
    }

    /** Keeps the longest of overlapping mentions, earlier first on ties; returns them in text order. */
    static List<Mention> nonOverlapping(List<Mention> mentions) {
        List<Mention> bySize = new ArrayList<>(mentions);
        bySize.sort(Comparator.comparingInt((Mention x) -> -(x.end() - x.start())).thenComparingInt(Mention::start));
        List<Mention> kept = new ArrayList<>();
        DisjointSpans taken = new DisjointSpans();
        for (Mention x : bySize) {
            if (!taken.overlaps(x.start(), x.end())) {
                taken.add(x.start(), x.end());
                kept.add(x);
            }
        }
        kept.sort(Comparator.comparingInt(Mention::start));
        return kept;
    }
}
