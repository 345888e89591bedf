package org.kroniek.extract.claims.eval;

import java.util.List;
import org.kroniek.record.Span;

/** One gold attribution of PolNeAR: source, cue and content, each a list of fragments (empty when absent). */
public record BratAttribution(List<Span> source, List<Span> cue, List<Span> content) {
    public BratAttribution {
        source = List.copyOf(source);
        cue = List.copyOf(cue);
        content = List.copyOf(content);
    }
}
