package org.kroniek.store;

import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds the Lucene query of a {@link SearchQuery}: the text in Lucene's simple syntax (all
 * words must match; {@code "..."} for phrases, {@code -word} to exclude, {@code word*} for
 * prefixes) over titles (boosted) and text, and every filter as a non-scoring clause.
 */
final class QueryFactory {
    private final SimpleQueryParser parser;

    QueryFactory() {
        parser = new SimpleQueryParser(new KroniekAnalyzer(), Map.of(Fields.TITLE, 2f, Fields.TEXT, 1f));
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
    }

    Query build(SearchQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        if (q.text() != null && !q.text().isBlank()) {
            Query text = parser.parse(q.text());
            b.add(text == null ? new MatchNoDocsQuery() : text, BooleanClause.Occur.MUST);
            any = true;
        }
        if (q.type() != null) {
            b.add(term(Fields.TYPE, q.type().label()), BooleanClause.Occur.FILTER);
            any = true;
        }
        if (q.from() != null || q.to() != null) {
            long lo = q.from() == null ? Long.MIN_VALUE + 1 : q.from().toEpochDay();
            long hi = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
            b.add(LongPoint.newRangeQuery(Fields.DAY, lo, hi), BooleanClause.Occur.FILTER);
            any = true;
        }
        any |= filter(b, Facet.PLACE, q.place());
        any |= filter(b, Facet.ENTITY, q.entity());
        any |= filter(b, Facet.STATUS, q.status() == null ? null : q.status().toLowerCase(Locale.ROOT));
        any |= filter(b, Facet.EVENT_TYPE, q.eventType() == null ? null : q.eventType().toUpperCase(Locale.ROOT));
        return any ? b.build() : new MatchAllDocsQuery();
    }

    private static boolean filter(BooleanQuery.Builder b, Facet facet, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        b.add(term(facet.filterField(), value.strip()), BooleanClause.Occur.FILTER);
        return true;
    }

    private static TermQuery term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }
}
