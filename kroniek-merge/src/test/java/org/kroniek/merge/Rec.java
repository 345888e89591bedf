package org.kroniek.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.Claim;
import org.kroniek.record.ClaimStatus;
import org.kroniek.record.Entity;
import org.kroniek.record.EntityType;
import org.kroniek.record.Event;
import org.kroniek.record.EventType;
import org.kroniek.record.Figure;
import org.kroniek.record.FigureKind;
import org.kroniek.record.FigureUnit;
import org.kroniek.record.Place;
import org.kroniek.record.PlaceKind;
import org.kroniek.record.Precision;
import org.kroniek.record.Published;
import org.kroniek.record.Source;
import org.kroniek.record.Speaker;
import org.kroniek.record.TextSpan;
import org.kroniek.record.TimeExpression;

/** Builds hand-made article records for tests. */
final class Rec {
    static final Place KHARKIV = new Place(49.99, 36.23, "UA", PlaceKind.CITY, 1, 706483L);
    static final Place CHUHUIV = new Place(49.84, 36.69, "UA", PlaceKind.CITY, 1, 710403L);
    static final Place KHARKIV_OBLAST = new Place(49.5, 36.5, "UA", PlaceKind.REGION, 3, 706482L);
    static final Place ODESA = new Place(46.48, 30.73, "UA", PlaceKind.CITY, 1, 698740L);
    static final Place CHERNIHIV = new Place(51.50, 31.29, "UA", PlaceKind.CITY, 1, 710735L);
    static final Place MYKOLAIV = new Place(46.97, 31.99, "UA", PlaceKind.CITY, 1, 700569L);

    private final String id;
    private String outlet;
    private String url;
    private String lang = "en";
    private boolean untitled;
    private String published;
    private String text = "";
    private final List<Entity> entities = new ArrayList<>();
    private final List<TimeExpression> times = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();

    private Rec(String id) {
        this.id = id;
    }

    static Rec of(String id) {
        return new Rec(id);
    }

    Rec outlet(String o) {
        outlet = o;
        return this;
    }

    Rec url(String u) {
        url = u;
        return this;
    }

    Rec untitled() {
        untitled = true;
        return this;
    }

    Rec lang(String l) {
        lang = l;
        return this;
    }

    Rec date(String d) {
        published = d;
        return this;
    }

    Rec text(String t) {
        text = t;
        return this;
    }

    /** An entity; its mention is appended to the text so that claim spans can hold it. */
    Rec entity(String entityId, Place place) {
        String name = entityId.substring(entityId.indexOf(':') + 1);
        EntityType type = EntityType.valueOf(entityId.substring(0, entityId.indexOf(':')));
        int start = text.indexOf(name);
        List<TextSpan> mentions = start >= 0 ? List.of(new TextSpan(start, start + name.length(), name)) : List.of();
        entities.add(new Entity(entityId, name, type, List.of(), mentions, place == null ? null : place.country(), place));
        return this;
    }

    Rec entity(String entityId) {
        return entity(entityId, null);
    }

    Rec time(String tid, String value, Precision p) {
        times.add(new TimeExpression(tid, value, 0, 0, value, p, null, false));
        return this;
    }

    Rec event(String eid, EventType type, String actor, String recipient, String location, String time,
              boolean negated, boolean hypothetical, String... claimIds) {
        events.add(new Event(eid, type, null, actor, recipient, location, time, Set.of(), negated, hypothetical,
                List.of(claimIds), new TextSpan(0, 0, "evidence of " + eid + " in " + id)));
        return this;
    }

    Rec event(String eid, EventType type, String actor, String location) {
        return event(eid, type, actor, null, location, null, false, false);
    }

    Rec claim(String cid, String speaker, String claimText, ClaimStatus... status) {
        int start = text.indexOf(claimText);
        if (start < 0) {
            throw new IllegalArgumentException("claim text not in article text: " + claimText);
        }
        claims.add(new Claim(cid, new Speaker(null, speaker, null, null), null, "said", claimText, start,
                start + claimText.length(), false, Set.of(status), null, List.of()));
        return this;
    }

    Rec figure(FigureKind kind, Long low, Long high, String location, String claim) {
        figures.add(new Figure(kind, low, high, FigureUnit.PEOPLE, null, location, claim, false,
                new TextSpan(0, 0, kind + " " + low + "-" + high + " in " + id)));
        return this;
    }

    ArticleRecord build() {
        Precision p = published == null ? null : published.length() == 7 ? Precision.MONTH : Precision.DAY;
        return new ArticleRecord(id, new Source("/corpus/" + id + ".txt", url, outlet, null), untitled ? null : "Title of " + id, lang,
                published == null ? null : new Published(published, p), text.isEmpty() ? id : text, List.of(), List.of(),
                entities, times, claims, events, figures, List.of());
    }
}
