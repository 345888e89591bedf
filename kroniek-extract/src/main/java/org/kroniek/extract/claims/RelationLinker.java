package org.kroniek.extract.claims;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.kroniek.record.ClaimStatus;
import org.kroniek.record.RelationType;

/**
 * Links claims of one article. A confirming, disputing or denying claim that points back ("die
 * informatie", "Die verklaring wordt door experts betwist", "ontkent ze dat") relates to the nearest
 * earlier claim of another speaker; a claim that follows it in the same sentence by the same speaker
 * ("...: zij vertellen dat ...") shares the relation. A disputed or denied claim gets {@code disputed},
 * a claim confirmed without hedging {@code confirmed}. Without an anaphor, such a claim relates to an
 * earlier claim of another speaker that shares enough content words; a claim of the same speaker
 * that says much the same again {@code repeats} it. A sentence saying that something could not be
 * verified makes the claims it refers to {@code unverified}: those of its own sentence when it has
 * some, else those of the nearest earlier sentence with claims in the paragraph (or the previous
 * paragraph when it opens one).
 */
final class RelationLinker {
    private static final int MAX_SENTENCES_BACK = 6;
    private static final double OVERLAP = 0.35;
    private static final double REPEAT_OVERLAP = 0.6;

    private final String text;

    RelationLinker(String text) {
        this.text = text;
    }

    void link(List<Draft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            RelationType type = type(d.family());
            if (type == null) {
                continue;
            }
            Draft target = null;
            if (d.anaphoric) {
                target = previousOther(drafts, i);
            } else if (type != RelationType.REPEATS) {
                target = similarOther(drafts, i, OVERLAP);
            } else {
                target = similarSame(drafts, i, 0.2);
            }
            if (target == null) {
                continue;
            }
            relate(d, type, target);
            for (int j = i + 1; j < drafts.size() && drafts.get(j).sentence == d.sentence; j++) {
                if (sameSpeaker(drafts.get(j), d) && type != RelationType.REPEATS) {
                    relate(drafts.get(j), type, target);
                }
            }
        }
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (d.links.isEmpty() && d.family() != CueFamily.REPEAT) {
                Draft same = similarSame(drafts, i, REPEAT_OVERLAP);
                if (same != null) {
                    d.links.add(new Draft.Link(RelationType.REPEATS, same));
                }
            }
        }
    }

    private static void relate(Draft d, RelationType type, Draft target) {
        d.links.add(new Draft.Link(type, target));
        if (type == RelationType.DISPUTES || type == RelationType.DENIES) {
            target.status.add(ClaimStatus.DISPUTED);
        } else if (type == RelationType.CONFIRMS && !d.status.contains(ClaimStatus.HEDGED)) {
            target.status.add(ClaimStatus.CONFIRMED);
        }
    }

    /** Marks unverified the claims a "could not be verified" sentence refers to. */
    static void unverified(List<Draft> drafts, int sentence, int firstSentenceOfParagraph, int firstSentenceOfPrevious) {
        int from = sentence == firstSentenceOfParagraph ? firstSentenceOfPrevious : firstSentenceOfParagraph;
        for (int s = sentence; s >= Math.max(from, sentence - 3); s--) {
            boolean found = false;
            for (Draft d : drafts) {
                if (d.sentence == s) {
                    d.status.add(ClaimStatus.UNVERIFIED);
                    found = true;
                }
            }
            if (found) {
                return;
            }
        }
    }

    private static RelationType type(CueFamily f) {
        if (f == null) {
            return null;
        }
        return switch (f) {
            case CONFIRM -> RelationType.CONFIRMS;
            case DISPUTE -> RelationType.DISPUTES;
            case DENY -> RelationType.DENIES;
            case REPEAT -> RelationType.REPEATS;
            default -> null;
        };
    }

    private static Draft previousOther(List<Draft> drafts, int i) {
        Draft d = drafts.get(i);
        for (int j = i - 1; j >= 0; j--) {
            Draft e = drafts.get(j);
            if (d.sentence - e.sentence > MAX_SENTENCES_BACK) {
                return null;
            }
            if (!sameSpeaker(d, e) && !e.anaphoric) {
                return e;
            }
        }
        return null;
    }

    private Draft similarOther(List<Draft> drafts, int i, double min) {
        Draft d = drafts.get(i);
        for (int j = i - 1; j >= 0; j--) {
            Draft e = drafts.get(j);
            if (!sameSpeaker(d, e) && overlap(d, e) >= min) {
                return e;
            }
        }
        return null;
    }

    private Draft similarSame(List<Draft> drafts, int i, double min) {
        Draft d = drafts.get(i);
        for (int j = i - 1; j >= 0; j--) {
            Draft e = drafts.get(j);
            if (e.sentence != d.sentence && sameSpeaker(d, e) && overlap(d, e) >= min) {
                return e;
            }
        }
        return null;
    }

    static boolean sameSpeaker(Draft a, Draft b) {
        if (a.speaker.entity() != null && Objects.equals(a.speaker.entity(), b.speaker.entity())) {
            return true;
        }
        return !a.speaker.text().isEmpty() && a.speaker.text().equalsIgnoreCase(b.speaker.text());
    }

    private double overlap(Draft a, Draft b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return (double) both.size() / Math.min(x.size(), y.size());
    }

    private Set<String> words(Draft d) {
        Set<String> out = new HashSet<>();
        for (String w : text.substring(d.content.start(), d.content.end()).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 5) {
                out.add(w);
            }
        }
        return out;
    }
}
