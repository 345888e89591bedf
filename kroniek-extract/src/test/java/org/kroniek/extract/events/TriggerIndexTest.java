package org.kroniek.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TriggerIndexTest {
    /** What the index promises: an entry is a candidate exactly when its first part ends the word (whole word) or occurs in it (prefix). */
    private static boolean fits(TriggerLexicon.Entry e, String word) {
        TriggerLexicon.Part first = e.parts().get(0);
        return first.prefix() ? word.contains(first.text()) : word.endsWith(first.text());
    }

    @Test
    void candidatesAreTheEntriesWhoseFirstPartFitsTheWord() {
        for (String language : List.of("nl", "en")) {
            TriggerLexicon lexicon = TriggerLexicon.of(language);
            List<TriggerLexicon.Entry> entries = lexicon.entries();
            StringBuilder alphabet = new StringBuilder("-'é");
            List<String> words = new ArrayList<>(List.of("", "-", "a"));
            for (TriggerLexicon.Entry e : entries) {
                String t = e.parts().get(0).text();
                alphabet.append(t);
                words.addAll(List.of(t, "raket" + t, t + "en", "x-" + t, t.substring(0, t.length() / 2)));
            }
            Random random = new Random(20261129L);
            for (int i = 0; i < 3000; i++) {
                StringBuilder w = new StringBuilder();
                for (int n = 1 + random.nextInt(14); n > 0; n--) {
                    w.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                words.add(w.toString());
            }
            for (String w : words) {
                int[] expected = IntStream.range(0, entries.size()).filter(k -> fits(entries.get(k), w)).toArray();
                assertThat(lexicon.candidates(w)).as(language + " " + w).containsExactly(expected);
            }
        }
    }
}
