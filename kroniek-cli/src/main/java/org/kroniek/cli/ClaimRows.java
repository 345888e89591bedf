package org.kroniek.cli;

import java.io.IOException;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.Claim;
import org.kroniek.record.ClaimStatus;
import org.kroniek.record.Entity;

/** The claims CSV: one row per claim, the claim ledger in a spreadsheet. */
final class ClaimRows {
    static final String[] HEADER = {"article_id", "published", "title", "claim_id", "speaker", "speaker_entity",
            "speaker_kind", "via", "cue", "status", "direct", "claim", "start", "end", "source"};

    private ClaimRows() {
    }

    static void print(CSVPrinter csv, ArticleRecord r) throws IOException {
        for (Claim c : r.claims()) {
            csv.printRecord(r.id(), r.published() == null ? "" : r.published().value(), nz(r.title()), c.id(),
                    c.speaker().text(), name(r, c.speaker().entity()), c.speaker().kind().label(), name(r, c.via()),
                    nz(c.cue()), c.status().stream().map(ClaimStatus::label).sorted().collect(Collectors.joining(";")),
                    c.direct(), c.text(), c.start(), c.end(), AcledRows.source(r));
        }
    }

    static String name(ArticleRecord r, String entityId) {
        if (entityId == null) {
            return "";
        }
        return r.entities().stream().filter(e -> e.id().equals(entityId)).map(Entity::name).findFirst().orElse(entityId);
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
