package org.kroniek.cli.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import org.kroniek.ingest.ReadItem;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.RecordJson;

/** What every record and failure must satisfy, whatever the input was. */
final class RecordChecks {
    private RecordChecks() {
    }

    static void failure(ReadItem.Failure failure) {
        assertThat(failure.describe()).doesNotContain("\n").isNotBlank();
    }

    /** Every span of the record lies inside its text, covers the text it quotes, and the record survives JSON. */
    static void record(ArticleRecord record) {
        String json = RecordJson.toLine(record);
        assertThat(RecordJson.parse(json)).isEqualTo(record);
        spans(RecordJson.mapper().valueToTree(record), record.text(), "$");
    }

    private static void spans(JsonNode node, String text, String path) {
        if (node.isObject()) {
            JsonNode start = node.get("start");
            JsonNode end = node.get("end");
            if (start != null && end != null && start.isInt() && end.isInt()) {
                assertThat(start.intValue()).as(path + ".start").isBetween(0, end.intValue());
                assertThat(end.intValue()).as(path + ".end").isLessThanOrEqualTo(text.length());
                JsonNode quoted = node.get("text");
                if (quoted != null && quoted.isTextual()) {
                    assertThat(quoted.textValue()).as(path + ".text")
                            .isEqualTo(text.substring(start.intValue(), end.intValue()));
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                spans(e.getValue(), text, path + "." + e.getKey());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                spans(node.get(i), text, path + "[" + i + "]");
            }
        }
    }
}
