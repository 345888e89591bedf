package org.kroniek.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The fast overlap test agrees with checking every kept span, as the taggers did before. */
class DisjointSpansTest {
    @Property(tries = 200)
    void agreesWithBruteForce(@ForAll @Size(max = 60) List<@IntRange(max = 50) Integer> starts,
                              @ForAll @Size(max = 60) List<@IntRange(max = 6) Integer> lengths) {
        DisjointSpans fast = new DisjointSpans();
        List<int[]> kept = new ArrayList<>();
        for (int i = 0; i < Math.min(starts.size(), lengths.size()); i++) {
            int s = starts.get(i);
            int e = s + lengths.get(i);
            boolean brute = kept.stream().anyMatch(k -> k[0] < e && s < k[1]);
            assertThat(fast.overlaps(s, e)).as("[%d,%d) against %d kept", s, e, kept.size()).isEqualTo(brute);
            if (!brute) {
                fast.add(s, e);
                kept.add(new int[] {s, e});
            }
        }
    }
}
