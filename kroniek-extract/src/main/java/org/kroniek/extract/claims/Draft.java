package org.kroniek.extract.claims;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.kroniek.record.ClaimStatus;
import org.kroniek.record.RelationType;
import org.kroniek.record.Span;
import org.kroniek.record.Speaker;

/**
 * A claim while the stage is still working on it: spans of speaker, cue and content, and what the
 * later steps (status, relations) add. Belongs to one document run; never shared.
 */
final class Draft {
    /** A relation waiting for the claim ids. */
    record Link(RelationType type, Draft target) {
    }

    final int sentence;
    final Span cue;
    final Cue cueEntry;
    final Span content;
    Speaker speaker;
    Span speakerSpan;
    String via;
    boolean direct;
    boolean anaphoric;
    final Set<ClaimStatus> status = EnumSet.noneOf(ClaimStatus.class);
    final List<Link> links = new ArrayList<>();
    String time;
    String id;

    Draft(int sentence, Span cue, Cue cueEntry, Span content, Speaker speaker, Span speakerSpan) {
        this.sentence = sentence;
        this.cue = cue;
        this.cueEntry = cueEntry;
        this.content = content;
        this.speaker = speaker;
        this.speakerSpan = speakerSpan;
    }

    CueFamily family() {
        return cueEntry == null ? null : cueEntry.family();
    }
}
