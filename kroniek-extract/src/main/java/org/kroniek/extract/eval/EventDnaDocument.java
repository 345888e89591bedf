package org.kroniek.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.kroniek.pipeline.Token;

/**
 * An EventDNA document ({@code dnaf.json}): its tokens (joined by single spaces into a text),
 * sentences as token lists, and the gold events with their character spans, type and subtype.
 */
public record EventDnaDocument(String name, String text, List<List<Token>> sentences, List<GoldEvent> events) {
    /** A gold event mention. */
    public record GoldEvent(int start, int end, String type, String subtype) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public EventDnaDocument {
        sentences = List.copyOf(sentences);
        events = List.copyOf(events);
    }

    public static EventDnaDocument read(Path file) throws IOException {
        JsonNode doc = JSON.readTree(file.toFile()).path("doc");
        if (!doc.has("token_string")) {
            throw new IOException(file + ": no doc.token_string, not an EventDNA dnaf.json");
        }
        String[] words = doc.get("token_string").asText().split(" ");
        List<Token> tokens = new ArrayList<>(words.length);
        StringBuilder text = new StringBuilder();
        for (String w : words) {
            if (text.length() > 0) {
                text.append(' ');
            }
            tokens.add(new Token(text.length(), text.length() + w.length(), w, null));
            text.append(w);
        }
        List<List<Token>> sentences = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("sentences").fields(); it.hasNext(); ) {
            List<Token> s = new ArrayList<>();
            for (JsonNode id : it.next().getValue().path("token_ids")) {
                s.add(tokens.get(id.asInt()));
            }
            if (!s.isEmpty()) {
                sentences.add(s);
            }
        }
        sentences.sort((a, b) -> Integer.compare(a.get(0).start(), b.get(0).start()));
        List<GoldEvent> events = new ArrayList<>();
        for (Iterator<JsonNode> it = doc.path("annotations").path("events").elements(); it.hasNext(); ) {
            JsonNode f = it.next().path("features");
            int lo = Integer.MAX_VALUE;
            int hi = -1;
            for (JsonNode id : f.path("span")) {
                lo = Math.min(lo, id.asInt());
                hi = Math.max(hi, id.asInt());
            }
            if (hi >= 0 && hi < tokens.size()) {
                events.add(new GoldEvent(tokens.get(lo).start(), tokens.get(hi).end(), f.path("type").asText(), f.path("subtype").asText()));
            }
        }
        return new EventDnaDocument(file.getParent().getFileName().toString(), text.toString(), sentences, events);
    }
}
