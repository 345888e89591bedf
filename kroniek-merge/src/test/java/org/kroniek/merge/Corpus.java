package org.kroniek.merge;

import static org.kroniek.record.EventType.AID;
import static org.kroniek.record.EventType.ASSAULT;
import static org.kroniek.record.EventType.RETREAT;

import java.util.List;
import org.kroniek.record.ArticleRecord;
import org.kroniek.record.ClaimStatus;
import org.kroniek.record.FigureKind;
import org.kroniek.record.Place;
import org.kroniek.record.PlaceKind;
import org.kroniek.record.Precision;

/**
 * Hand-built records of four stories, written for Kroniek's tests: a strike on Kharkiv (two
 * outlets, a wire copy republished, a nearby strike that is another event, disagreeing death
 * tolls), a promised withdrawal from Chernihiv followed by shelling, a strike on Odesa denied by
 * the other side, and aid to Mykolaiv reported in Dutch and English.
 */
final class Corpus {
    static final Place PISOCHYN = new Place(49.96, 36.09, "UA", PlaceKind.CITY, 1, 697000L);
    static final String WIRE = "Russian rockets hit residential areas near Kharkiv on Wednesday morning, "
            + "officials said, as the assault on Ukraine's second city entered its seventh day.";

    private Corpus() {
    }

    static List<ArticleRecord> records() {
        return List.of(
                Rec.of("k1").outlet("NOS").lang("nl").date("2022-03-02")
                        .text("Russische raketten troffen Charkiv. Burgemeester Terekhov zegt dat tien mensen zijn omgekomen in kharkiv.")
                        .entity("LOC:kharkiv", Rec.KHARKIV).entity("LOC:ukraine").entity("ORG:russia")
                        .time("t1", "2022-03-02", Precision.DAY)
                        .event("v1", ASSAULT, "ORG:russia", null, "LOC:kharkiv", "t1", false, false)
                        .claim("c1", "Terekhov", "tien mensen zijn omgekomen in kharkiv")
                        .figure(FigureKind.KILLED, 10L, 10L, "LOC:kharkiv", "c1").build(),
                Rec.of("k2").outlet("BBC").date("2022-03-02")
                        .text("Russian rockets hit kharkiv on Wednesday. Between 30 and 40 people were killed, the emergency service said.")
                        .entity("LOC:kharkiv", Rec.KHARKIV).entity("LOC:ukraine").entity("ORG:russia")
                        .event("v1", ASSAULT, "ORG:russia", "LOC:kharkiv")
                        .claim("c1", "emergency service", "Between 30 and 40 people were killed")
                        .figure(FigureKind.KILLED, 30L, 40L, "LOC:kharkiv", "c1").build(),
                Rec.of("k3").outlet("Reuters").date("2022-03-02").text(WIRE)
                        .entity("LOC:kharkiv", Rec.KHARKIV).entity("LOC:pisochyn", PISOCHYN).entity("LOC:ukraine")
                        .time("t1", "2022-03", Precision.MONTH)
                        .event("v1", ASSAULT, null, null, "LOC:pisochyn", "t1", false, false).build(),
                Rec.of("k4").url("https://www.theguardian.com/world/2022/mar/02/kharkiv").date("2022-03-02").text(WIRE)
                        .entity("LOC:kharkiv", Rec.KHARKIV).entity("LOC:pisochyn", PISOCHYN).entity("LOC:ukraine")
                        .time("t1", "2022-03", Precision.MONTH)
                        .event("v1", ASSAULT, null, null, "LOC:pisochyn", "t1", false, false).build(),
                Rec.of("k5").outlet("Kyiv Independent").date("2022-03-02")
                        .text("Shelling also hit Chuhuiv, east of Kharkiv; at least eight people died.")
                        .entity("LOC:kharkiv", Rec.KHARKIV).entity("LOC:chuhuiv", Rec.CHUHUIV).entity("ORG:russia")
                        .event("v1", ASSAULT, "ORG:russia", "LOC:chuhuiv")
                        .figure(FigureKind.KILLED, 8L, null, "LOC:chuhuiv", null).build(),
                Rec.of("k6").outlet("NOS").lang("nl").date("2022-03-05")
                        .text("In kharkiv zijn volgens de regionale overheid zeker vijftig doden gevallen.")
                        .entity("LOC:kharkiv", Rec.KHARKIV).entity("LOC:ukraine")
                        .figure(FigureKind.KILLED, 50L, null, "LOC:kharkiv", null).build(),
                Rec.of("p1").outlet("NOS").lang("nl").date("2022-03-29")
                        .text("Rusland belooft zich terug te trekken rond Tsjernihiv, zegt onderminister Fomin.")
                        .entity("ORG:russia").entity("LOC:chernihiv", Rec.CHERNIHIV).entity("PER:alexander-fomin")
                        .event("v1", RETREAT, "ORG:russia", null, "LOC:chernihiv", null, false, true).build(),
                Rec.of("p2").outlet("BBC").date("2022-03-30")
                        .text("Russian forces shelled Chernihiv overnight despite the promise to scale down.")
                        .entity("ORG:russia").entity("LOC:chernihiv", Rec.CHERNIHIV).entity("LOC:ukraine")
                        .event("v1", ASSAULT, "ORG:russia", "LOC:chernihiv").build(),
                Rec.of("p3").outlet("NOS").lang("nl").date("2022-03-30")
                        .text("Tsjernihiv is vannacht opnieuw beschoten door Russische troepen.")
                        .entity("ORG:russia").entity("LOC:chernihiv", Rec.CHERNIHIV).entity("LOC:ukraine")
                        .event("v1", ASSAULT, "ORG:russia", "LOC:chernihiv").build(),
                Rec.of("o1").outlet("CNN").date("2022-04-03")
                        .text("The city council said Russian missiles hit the port of odesa on Sunday.")
                        .entity("ORG:russia").entity("LOC:odesa", Rec.ODESA).entity("LOC:ukraine")
                        .claim("c1", "the city council", "Russian missiles hit the port of odesa on Sunday")
                        .event("v1", ASSAULT, "ORG:russia", null, "LOC:odesa", null, false, false, "c1").build(),
                Rec.of("o2").outlet("RIA").date("2022-04-03")
                        .text("The defence ministry denied that any strikes on odesa were carried out.")
                        .entity("ORG:russia").entity("LOC:odesa", Rec.ODESA)
                        .claim("c1", "the defence ministry", "any strikes on odesa were carried out", ClaimStatus.DENIED)
                        .event("v1", ASSAULT, "ORG:russia", null, "LOC:odesa", null, true, false, "c1").build(),
                Rec.of("o3").outlet("NOS").lang("nl").date("2022-04-03")
                        .text("Raketten troffen zondag de haven van Odesa.")
                        .entity("ORG:russia").entity("LOC:odesa", Rec.ODESA).entity("LOC:ukraine")
                        .event("v1", ASSAULT, "ORG:russia", "LOC:odesa").build(),
                Rec.of("m1").outlet("Al Jazeera").date("2022-04-20")
                        .text("Aid convoys reached Mykolaiv, where water has been cut for weeks.")
                        .entity("LOC:mykolaiv", Rec.MYKOLAIV).entity("LOC:ukraine").entity("ORG:red-cross")
                        .event("v1", AID, "ORG:red-cross", "LOC:mykolaiv").build(),
                Rec.of("m2").outlet("Trouw").lang("nl").date("2022-04-21")
                        .text("Hulpkonvooien van het Rode Kruis bereikten Mykolajiv.")
                        .entity("LOC:mykolaiv", Rec.MYKOLAIV).entity("ORG:red-cross")
                        .event("v1", AID, "ORG:red-cross", "LOC:mykolaiv").build());
    }
}
