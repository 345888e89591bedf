package org.kroniek.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import org.junit.jupiter.api.Test;

class PerceptronWeightsTest {
    @Test
    void findsEveryKeyAndAddsItsWeightsEvenWhenHashesCollide() {
        Map<String, Context> parameters = new LinkedHashMap<>();
        parameters.put("Aa", new Context(new int[] {0}, new double[] {1.5}));
        parameters.put("BB", new Context(new int[] {1, 2}, new double[] {-2, 0.25}));
        for (int i = 0; i < 1000; i++) {
            parameters.put("w=" + i, new Context(new int[] {i % 3}, new double[] {i}));
        }
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        PerceptronWeights weights = new PerceptronWeights(parameters);

        double[] sums = new double[3];
        weights.add(sums, weights.id("Aa"));
        weights.add(sums, weights.id("BB"));
        weights.add(sums, weights.id("w=7"));
        assertThat(sums).containsExactly(1.5, -2 + 7, 0.25);

        assertThat(weights.id("C#")).isEqualTo(-1);
        assertThat(weights.id("w=1000")).isEqualTo(-1);
        assertThat(weights.id("")).isEqualTo(-1);
        double[] unchanged = new double[3];
        weights.add(unchanged, -1);
        assertThat(unchanged).containsExactly(0, 0, 0);
    }
}
