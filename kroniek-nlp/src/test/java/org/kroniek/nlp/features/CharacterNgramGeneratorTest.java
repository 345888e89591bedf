package org.kroniek.nlp.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import opennlp.tools.util.featuregen.CharacterNgramFeatureGenerator;
import org.junit.jupiter.api.Test;

class CharacterNgramGeneratorTest {
    @Test
    void sameFeaturesInTheSameOrderAsOpenNlp() {
        Random random = new Random(7);
        String alphabet = "abAB-.éÉİßΣς1 ";
        List<String> words = new ArrayList<>(List.of("", "a", "ab", "Amsterdam", "aaaaaa", "abababab", "NAVO-lidmaatschap"));
        for (int i = 0; i < 2000; i++) {
            StringBuilder b = new StringBuilder();
            for (int j = random.nextInt(12); j > 0; j--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            words.add(b.toString());
        }
        CharacterNgramFeatureGenerator reference = new CharacterNgramFeatureGenerator(3, 5);
        CharacterNgramGenerator ours = new CharacterNgramGenerator(3, 5);
        for (String w : words) {
            List<String> expected = new ArrayList<>(List.of("x"));
            List<String> actual = new ArrayList<>(List.of("x"));
            reference.createFeatures(expected, new String[] {w}, 0, null);
            ours.createFeatures(actual, new String[] {w}, 0, null);
            assertThat(actual).as(w).isEqualTo(expected);
        }
    }

    @Test
    void rejectsBadLengths() {
        assertThatThrownBy(() -> new CharacterNgramGenerator(4, 3)).hasMessageContaining("4..3");
    }
}
