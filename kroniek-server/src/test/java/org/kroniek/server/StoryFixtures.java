package org.kroniek.server;

import static org.kroniek.store.fixtures.RecordBuilder.city;
import static org.kroniek.store.fixtures.RecordBuilder.country;

import java.util.List;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.ClaimStatus;
import org.kroniek.record.EntityType;
import org.kroniek.record.EventType;
import org.kroniek.record.FigureKind;
import org.kroniek.record.Precision;
import org.kroniek.record.SpeakerKind;
import org.kroniek.store.fixtures.RecordBuilder;

/**
 * Three hand-made reports of one story, written for Kroniek's tests (not real news): a strike on
 * Izium reported by two outlets in English and one in Dutch, with death tolls that disagree, and
 * a title carrying a script payload.
 */
final class StoryFixtures {
    static final String HOSTILE_TITLE = "<img src=x onerror=\"window.__kroniekXss = 9\">Izium toll rises";

    private StoryFixtures() {
    }

    static List<ArticleRecord> all() {
        return List.of(first(), second(), third());
    }

    static ArticleRecord first() {
        String text = "Russian artillery struck the centre of Izium on Monday, the regional governor said. "
                + "Eight people were killed in Izium, according to the governor.";
        return RecordBuilder.article("izium-herald/strike.txt", "Artillery strikes Izium", "2022-04-04", "en", text)
                .entity("LOC:izium", "Izium", EntityType.LOC, city(49.2128, 37.2569, "UA"), "Izium")
                .entity("ORG:russian-armed-forces", "Russian Armed Forces", EntityType.ORG, null, "Russian artillery")
                .entity("PER:oleh-synyehubov", "Oleh Synyehubov", EntityType.PER, null, "the regional governor")
                .time("t1", "Monday", "2022-04-04", Precision.DAY)
                .claim("c1", "PER:oleh-synyehubov", "the governor", SpeakerKind.LOCAL_AUTHORITY, null, "according to",
                        "Eight people were killed in Izium", false, ClaimStatus.ASSERTED)
                .event("v1", EventType.ASSAULT, "artillery", "ORG:russian-armed-forces", null, "LOC:izium", "t1",
                        "Russian artillery struck the centre of Izium", List.of())
                .figure(FigureKind.KILLED, 8L, 8L, "LOC:izium", "c1", "Eight people were killed in Izium")
                .build();
    }

    static ArticleRecord second() {
        String text = "Shelling by Russian artillery hit Izium on Monday. Between 20 and 25 people died in Izium, "
                + "the emergency service said.";
        return RecordBuilder.article("izium-times/toll.txt", HOSTILE_TITLE, "2022-04-04", "en", text)
                .entity("LOC:izium", "Izium", EntityType.LOC, city(49.2128, 37.2569, "UA"), "Izium")
                .entity("ORG:russian-armed-forces", "Russian Armed Forces", EntityType.ORG, null, "Russian artillery")
                .time("t1", "Monday", "2022-04-04", Precision.DAY)
                .claim("c1", null, "the emergency service", SpeakerKind.GOVERNMENT, null, "said",
                        "Between 20 and 25 people died in Izium", false, ClaimStatus.ASSERTED)
                .event("v1", EventType.ASSAULT, "artillery", "ORG:russian-armed-forces", null, "LOC:izium", "t1",
                        "Shelling by Russian artillery hit Izium", List.of())
                .figure(FigureKind.KILLED, 20L, 25L, "LOC:izium", "c1", "Between 20 and 25 people died in Izium")
                .build();
    }

    static ArticleRecord third() {
        String text = "Russische artillerie heeft maandag het centrum van Izium beschoten, meldt de gouverneur van Oekraïne.";
        return RecordBuilder.article("voorbeeldkrant/izium.txt", "Izium beschoten", "2022-04-05", "nl", text)
                .entity("LOC:izium", "Izium", EntityType.LOC, city(49.2128, 37.2569, "UA"), "Izium")
                .entity("ORG:russian-armed-forces", "Russian Armed Forces", EntityType.ORG, null, "Russische artillerie")
                .entity("LOC:ukraine", "Ukraine", EntityType.LOC, country(49.0, 32.0, "UA"), "Oekraïne")
                .time("t1", "maandag", "2022-04-04", Precision.DAY)
                .event("v1", EventType.ASSAULT, "artillery", "ORG:russian-armed-forces", null, "LOC:izium", "t1",
                        "Russische artillerie heeft maandag het centrum van Izium beschoten", List.of())
                .build();
    }
}
