package org.kroniek.store;

import java.util.Map;
import org.apache.lucene.document.Document;
import org.kroniek.record.RecordJson;

/** Search hits made from stored index documents. */
final class Hits {
    private Hits() {
    }

    static SearchHit of(Document d, String text) {
        DocType type = DocType.parse(d.get(Fields.TYPE));
        Map<String, Object> data = d.get(Fields.DATA) == null ? Map.of() : Json.read(d.get(Fields.DATA));
        String id = type == DocType.ENTITY ? String.valueOf(data.get("key")) : d.get(Fields.ID);
        String snippet = switch (type) {
            case CLAIM -> (String) data.get("text");
            case EVENT -> (String) data.get("evidence");
            case ENTITY -> (String) data.get("name");
            case ARTICLE -> Snippets.of(RecordJson.parse(d.get(Fields.SOURCE)).text(), text);
        };
        return new SearchHit(id, type, d.get(Fields.ARTICLE), d.get(Fields.ARTICLE_TITLE), d.get(Fields.DATE), snippet, data);
    }
}
