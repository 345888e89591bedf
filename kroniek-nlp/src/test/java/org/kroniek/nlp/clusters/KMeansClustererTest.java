package org.kroniek.nlp.clusters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KMeansClustererTest {
    @Test
    void wordsInTheSameContextsShareACluster() {
        List<List<String>> sentences = new ArrayList<>();
        for (String city : List.of("gent", "brugge", "antwerpen")) {
            for (int i = 0; i < 5; i++) {
                sentences.add(List.of("ik", "woon", "in", city, "."));
            }
        }
        for (String verb : List.of("lees", "schrijf", "koop")) {
            for (int i = 0; i < 5; i++) {
                sentences.add(List.of("ik", verb, "een", "boek", "."));
            }
        }
        Map<String, String> c = KMeansClusterer.cluster(sentences, new KMeansClusterer.Settings(4, 100, 1, 50, 10));
        assertThat(c.get("gent")).isEqualTo(c.get("brugge")).isEqualTo(c.get("antwerpen"));
        assertThat(c.get("lees")).isEqualTo(c.get("schrijf")).isEqualTo(c.get("koop")).isNotEqualTo(c.get("gent"));
        assertThat(KMeansClusterer.cluster(sentences, new KMeansClusterer.Settings(4, 100, 1, 50, 10))).isEqualTo(c);
    }

    @Test
    void rareWordsAreLeftOut() {
        Map<String, String> c = KMeansClusterer.cluster(List.of(List.of("a", "b", "a", "c", "a", "b")),
                new KMeansClusterer.Settings(2, 100, 2, 10, 5));
        assertThat(c).containsOnlyKeys("a", "b");
    }

    @Test
    void badSettingsAreRejected() {
        assertThatThrownBy(() -> new KMeansClusterer.Settings(1, 10, 1, 10, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void clusterFileRoundTripsAndNamesBadLines(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("c.tsv");
        ClusterFile.write(Map.of("kyiv", "c3"), f);
        assertThat(ClusterFile.read(f)).containsEntry("kyiv", "c3");
        Files.writeString(f, "kyiv c3\n");
        assertThatThrownBy(() -> ClusterFile.read(f)).hasMessageContaining(":1");
    }
}
