package org.kroniek.extract.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kroniek.kb.EntityFacts;
import org.kroniek.kb.KbLayers;
import org.kroniek.pipeline.AnalyzedSentence;
import org.kroniek.pipeline.Document;
import org.kroniek.pipeline.Layer;
import org.kroniek.pipeline.Layers;
import org.kroniek.pipeline.Stage;
import org.kroniek.record.Claim;
import org.kroniek.record.ClaimRelation;
import org.kroniek.record.ClaimStatus;
import org.kroniek.record.Entity;
import org.kroniek.record.Paragraph;
import org.kroniek.record.Span;
import org.kroniek.record.TimeExpression;
import org.kroniek.text.SentenceSplitter;

/**
 * Writes {@link Layers#CLAIMS}: who says what, relayed by whom, and how sure. Per sentence, in
 * text order: the {@link CueMatcher} finds cues of the language's lexicon; each cue that
 * introduces a speaker goes to the {@link AttributionFinder}, which fits it to a construction and
 * cuts out speaker and content; the {@link SpeakerResolver} names the speaker (kind, country,
 * entity, pronoun antecedent). Quotations no cue claimed are then given to a speaker introduced by
 * a colon ("Vogel: \"...\"") or, when they open a sentence, to the speaker of a claim at most two
 * sentences back; a sentence with only a reportative marker becomes a claim of that recent speaker
 * (or of an unknown one). Finally the {@link StatusAssigner} gives each claim its own status, the
 * {@link RelationLinker} links claims and spreads {@code disputed} and {@code unverified}, and a
 * time expression in the reporting clause becomes the claim's {@code time}.
 *
 * <p>Reads {@code SENTENCES} (or splits itself), and uses {@code TOKENS}, {@code MENTIONS},
 * {@code ENTITIES} and {@code TIMES} when earlier stages wrote them. Thread-safe: all state lives in
 * one call of {@link #process}.
 */
public final class ClaimStage implements Stage {
    /** Claims with the token-level spans of speaker and cue, for evaluation. */
    public static final Layer<List<Attribution>> ATTRIBUTIONS = Layer.of("attributions", List.class);

    /** One claim with where its speaker and cue stand in the text. */
    public record Attribution(Claim claim, Span speaker, Span cue, Span content) {
    }

    @Override
    public String name() {
        return "claims";
    }

    @Override
    public void process(Document doc) {
        String text = doc.text();
        String language = LanguageGuess.of(doc);
        ClaimLexicon lex = ClaimLexicon.forLanguage(language);
        List<Paragraph> paragraphs = doc.article().paragraphs();
        List<Span> sentences = doc.get(Layers.SENTENCES)
                .orElseGet(() -> SentenceSplitter.standard().split(text, paragraphs));
        List<AnalyzedSentence> analyzed = doc.list(Layers.TOKENS);
        List<List<Tok>> tokens = new ArrayList<>();
        for (Span s : sentences) {
            tokens.add(SentenceTokens.of(text, s, analyzed));
        }
        List<Entity> entities = doc.list(Layers.ENTITIES);
        List<Span> quotes = QuoteFinder.find(text, paragraphs);
        List<PersonMention> persons = PersonFinder.find(text, entities, doc.list(Layers.MENTIONS), tokens, lex);
        SpeakerResolver resolver = new SpeakerResolver(text, lex, entities, doc.get(KbLayers.FACTS).orElse(EntityFacts.EMPTY),
                persons, new PersonGender(tokens, persons, quotes, lex));
        resolver.noteInstitutions(tokens);
        resolver.noteNamedRoles(tokens);
        AttributionFinder finder = new AttributionFinder(text, lex, resolver, quotes);
        CueMatcher matcher = new CueMatcher(lex);
        StatusAssigner statuses = new StatusAssigner(lex, text);
        int[] paragraphOf = paragraphIndex(sentences, paragraphs);

        List<Draft> drafts = new ArrayList<>();
        List<Phrases> phrases = new ArrayList<>();
        List<List<CueMatch>> matches = new ArrayList<>();
        for (int si = 0; si < sentences.size(); si++) {
            Phrases p = new Phrases(tokens.get(si), lex);
            List<CueMatch> ms = p.size() == 0 ? List.of() : matcher.match(p.toks());
            phrases.add(p);
            matches.add(ms);
            if (p.size() == 0) {
                continue;
            }
            boolean[] cueTokens = new boolean[p.size()];
            for (CueMatch m : ms) {
                for (int k = m.first(); k < m.last(); k++) {
                    cueTokens[k] = true;
                }
            }
            p.markCues(cueTokens);
            List<Draft> here = new ArrayList<>();
            for (CueMatch m : ms) {
                Span at = new Span(p.tok(m.first()).start(), p.tok(m.last() - 1).end());
                if (!m.family().introducesSpeaker() || insideAny(at, quotes)) {
                    continue;
                }
                Draft d = finder.find(si, p, m, cueTokens, si > 0 && paragraphOf[si - 1] == paragraphOf[si] ? sentences.get(si - 1) : null,
                        here.isEmpty() ? null : here.get(here.size() - 1));
                if (d != null && !duplicate(d, here)) {
                    here.add(d);
                    resolver.remember(d.speakerSpan == null ? d.cue.start() : d.speakerSpan.start(), d.speaker);
                }
            }
            boolean heading = paragraphOf[si] >= 0 && paragraphs.get(paragraphOf[si]).heading();
            for (Span q : quotes) {
                if (q.end() > sentences.get(si).start() && q.end() <= sentences.get(si).end()
                        && !covered(q, here) && !covered(q, drafts)) {
                    Draft d = UncuedClaims.quoteClaim(si, q, p, sentences, drafts, here, resolver, text);
                    if (d != null) {
                        here.add(d);
                    }
                }
            }
            if (here.isEmpty()) {
                Draft d = UncuedClaims.colonClaim(si, p, resolver, quotes, lex.language());
                if (d != null) {
                    here.add(d);
                }
            }
            if (here.isEmpty() && !heading) {
                Draft d = UncuedClaims.reportativeClaim(si, p, ms, sentences.get(si), drafts, statuses, resolver);
                if (d != null) {
                    here.add(d);
                }
            }
            here.sort(Comparator.comparingInt(d -> d.content.start()));
            drafts.addAll(here);
        }
        for (Draft d : drafts) {
            statuses.assign(d, phrases.get(d.sentence), matches.get(d.sentence));
            d.direct = isDirect(d.content, quotes, text);
        }
        new RelationLinker(text).link(drafts);
        for (int si = 0; si < sentences.size(); si++) {
            if (saysUnverified(phrases.get(si), matches.get(si))) {
                RelationLinker.unverified(drafts, si, firstOfParagraph(paragraphOf, si), firstOfPrevious(paragraphOf, si));
            }
        }
        linkTimes(drafts, sentences, doc.list(Layers.TIMES));
        write(doc, drafts, text);
    }






    private static boolean saysUnverified(Phrases p, List<CueMatch> ms) {
        boolean negated = false;
        for (int i = 0; i < p.size(); i++) {
            negated |= p.is(i, "negation");
        }
        for (CueMatch m : ms) {
            boolean inherentlyNegative = m.cue().words().get(0).startsWith("on") || m.cue().words().get(0).startsWith("un");
            if (m.family() == CueFamily.UNVERIFIED && (negated || inherentlyNegative)
                    || m.family() == CueFamily.CONFIRM && negated && !m.cue().words().get(0).startsWith("bevestigt")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDirect(Span content, List<Span> quotes, String text) {
        for (Span q : quotes) {
            if (content.overlaps(q)) {
                int words = text.substring(q.start(), q.end()).split("\\s+").length;
                if (q.contains(content) || words >= 4 || q.length() * 2 >= content.length()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void linkTimes(List<Draft> drafts, List<Span> sentences, List<TimeExpression> times) {
        for (Draft d : drafts) {
            if (d.cue == null) {
                continue;
            }
            Span s = sentences.get(d.sentence);
            for (TimeExpression t : times) {
                Span ts = new Span(t.start(), t.end());
                if (s.contains(ts) && !d.content.overlaps(ts) && t.id() != null) {
                    d.time = t.id();
                    break;
                }
            }
        }
    }

    private static void write(Document doc, List<Draft> drafts, String text) {
        int n = 0;
        for (Draft d : drafts) {
            d.id = "c" + (++n);
        }
        List<Claim> claims = new ArrayList<>();
        List<Attribution> attributions = new ArrayList<>();
        for (Draft d : drafts) {
            List<ClaimRelation> relations = new ArrayList<>();
            for (Draft.Link l : d.links) {
                relations.add(new ClaimRelation(l.type(), l.target().id));
            }
            if (d.status.isEmpty()) {
                d.status.add(ClaimStatus.ASSERTED);
            }
            String cue = d.cue == null ? null : text.substring(d.cue.start(), d.cue.end());
            Claim c = new Claim(d.id, d.speaker, d.via, cue, text.substring(d.content.start(), d.content.end()),
                    d.content.start(), d.content.end(), d.direct, d.status, d.time, relations);
            claims.add(c);
            attributions.add(new Attribution(c, d.speakerSpan, d.cue, d.content));
        }
        doc.put(Layers.CLAIMS, List.copyOf(claims));
        doc.put(ATTRIBUTIONS, List.copyOf(attributions));
    }

    private static boolean insideAny(Span s, List<Span> spans) {
        for (Span q : spans) {
            if (q.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean covered(Span q, List<Draft> drafts) {
        for (Draft d : drafts) {
            if (d.content.overlaps(q)) {
                return true;
            }
        }
        return false;
    }

    private static boolean duplicate(Draft d, List<Draft> here) {
        for (Draft e : here) {
            if (e.content.equals(d.content) && e.speaker.text().equals(d.speaker.text())) {
                return true;
            }
        }
        return false;
    }

    private static int[] paragraphIndex(List<Span> sentences, List<Paragraph> paragraphs) {
        int[] out = new int[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            out[i] = -1;
            for (int k = 0; k < paragraphs.size(); k++) {
                if (paragraphs.get(k).start() <= sentences.get(i).start() && sentences.get(i).start() < paragraphs.get(k).end()) {
                    out[i] = k;
                    break;
                }
            }
        }
        return out;
    }

    private static int firstOfParagraph(int[] paragraphOf, int si) {
        int i = si;
        while (i > 0 && paragraphOf[i - 1] == paragraphOf[si]) {
            i--;
        }
        return i;
    }

    private static int firstOfPrevious(int[] paragraphOf, int si) {
        int first = firstOfParagraph(paragraphOf, si);
        return first == 0 ? 0 : firstOfParagraph(paragraphOf, first - 1);
    }
}
