package org.kroniek.extract.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.kroniek.extract.time.Anchor;
import org.kroniek.extract.time.NormalizedTime;
import org.kroniek.extract.time.TimeMention;
import org.kroniek.extract.time.TimeNormalizer;
import org.kroniek.extract.time.TimeRecognizer;
import org.kroniek.record.Paragraph;
import org.kroniek.record.Precision;
import org.kroniek.record.Span;
import org.kroniek.text.SentenceSplitter;

/**
 * Scores the time recognizer and normalizer on TimeML documents as TempEval-3 does: recognition
 * by strict (same span) and relaxed (overlapping span) match, and the normalized value on the
 * relaxed matches (accuracy over matches; F1 with correct values over predicted and gold), each
 * document anchored at its creation time.
 */
public final class TimexEvaluation {
    /** The scores over a corpus. */
    public record Result(int documents, Prf strict, Prf relaxed, int matched, int valueCorrect, Prf value) {
        public double valueAccuracy() {
            return matched == 0 ? 0 : (double) valueCorrect / matched;
        }

        public String report() {
            return String.format(Locale.ROOT, "documents %d%nstrict   %s%nrelaxed  %s%nvalue    accuracy %.3f (%d/%d relaxed matches); %s",
                    documents, strict, relaxed, valueAccuracy(), valueCorrect, matched, value);
        }
    }

    private final String language;

    public TimexEvaluation(String language) {
        this.language = language;
    }

    /** Scores every {@code .tml} file under {@code dir}. */
    public Result evaluate(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
        }
        List<TimeMlDocument> docs = new ArrayList<>();
        for (Path f : files) {
            docs.add(TimeMlDocument.read(f));
        }
        return evaluate(docs);
    }

    public Result evaluate(List<TimeMlDocument> docs) {
        int strictHit = 0;
        int relaxedPred = 0;
        int relaxedGold = 0;
        int predicted = 0;
        int gold = 0;
        int matched = 0;
        int valueOk = 0;
        TimeRecognizer recognizer = TimeRecognizer.of(language);
        for (TimeMlDocument doc : docs) {
            Anchor anchor = anchor(doc.creationTime());
            List<TimeMention> found = new ArrayList<>();
            for (Span s : SentenceSplitter.standard().split(doc.text(), List.of(new Paragraph(0, doc.text().length(), false)))) {
                found.addAll(recognizer.find(doc.text(), s));
            }
            predicted += found.size();
            gold += doc.timexes().size();
            boolean[] goldUsed = new boolean[doc.timexes().size()];
            for (TimeMention t : found) {
                boolean any = false;
                for (int g = 0; g < doc.timexes().size(); g++) {
                    TimeMlDocument.Timex x = doc.timexes().get(g);
                    if (x.start() < t.end() && t.start() < x.end()) {
                        any = true;
                        if (x.start() == t.start() && x.end() == t.end()) {
                            strictHit++;
                        }
                        if (!goldUsed[g]) {
                            goldUsed[g] = true;
                            matched++;
                            NormalizedTime n = TimeNormalizer.normalize(t.spec(), anchor);
                            if (n.value() != null && n.value().equals(x.value())) {
                                valueOk++;
                            }
                        }
                        break;
                    }
                }
                if (any) {
                    relaxedPred++;
                }
            }
            for (boolean used : goldUsed) {
                if (used) {
                    relaxedGold++;
                }
            }
        }
        return new Result(docs.size(), new Prf(strictHit, predicted, strictHit, gold), new Prf(relaxedPred, predicted, relaxedGold, gold),
                matched, valueOk, new Prf(valueOk, predicted, valueOk, gold));
    }

    private static Anchor anchor(String dct) {
        try {
            return new Anchor(LocalDate.parse(dct.substring(0, 10)), Precision.DAY);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
