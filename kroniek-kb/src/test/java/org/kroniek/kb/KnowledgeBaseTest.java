package org.kroniek.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kroniek.record.EntityType;

class KnowledgeBaseTest {
    private final KnowledgeBase kb = KnowledgeBase.standard();

    private KbEntry first(String surface) {
        List<Candidate> cs = kb.lookup(surface, "nl");
        assertThat(cs).as(surface).isNotEmpty();
        return cs.get(0).entry();
    }

    @Test
    void personsHaveOneCanonicalEnglishName() {
        for (String s : new String[] {"Poetin", "Vladimir Poetin", "Putin", "Poutine", "Wladimir Putin"}) {
            assertThat(first(s).name()).as(s).isEqualTo("Vladimir Putin");
        }
        assertThat(first("Zelenskyy").name()).isEqualTo("Volodymyr Zelensky");
        assertThat(first("Peskow").id()).isEqualTo("PER:dmitry-peskov");
        assertThat(first("Peskov").country()).isEqualTo("RU");
    }

    @Test
    void exonymsMeet() {
        String kyiv = first("Kyiv").id();
        assertThat(List.of("Kiev", "Kiew", "Київ", "Киев").stream().map(s -> first(s).id())).containsOnly(kyiv);
        assertThat(first("Moskou").name()).isEqualTo("Moscow");
        assertThat(first("Moskau").name()).isEqualTo("Moscow");
        assertThat(first("Den Haag").name()).isEqualTo("The Hague");
        assertThat(first("Charkiv").name()).isEqualTo("Kharkiv");
        assertThat(first("Tsjernihiv").name()).isEqualTo("Chernihiv");
    }

    @Test
    void countriesByTheirNamesInManyLanguages() {
        for (String s : new String[] {"Rusland", "Russia", "Russland", "Russie", "Россия"}) {
            KbEntry e = first(s);
            assertThat(e.kind()).as(s).isEqualTo(EntryKind.COUNTRY);
            assertThat(e.country()).isEqualTo("RU");
        }
        assertThat(first("Verenigde Staten").country()).isEqualTo("US");
        assertThat(first("Oekraïne").place().precision()).isEqualTo(3);
    }

    @Test
    void organisationsAcrossLanguages() {
        assertThat(first("NAVO").id()).isEqualTo(first("NATO").id()).isEqualTo(first("OTAN").id());
        assertThat(first("Rode Kruis").name()).isEqualTo("International Committee of the Red Cross");
        KbEntry kremlin = first("Kremlin");
        assertThat(kremlin.type()).isEqualTo(EntityType.ORG);
        assertThat(kremlin.country()).isEqualTo("RU");
        assertThat(kremlin.standsFor()).isEqualTo(kb.governmentOf("RU").id());
        KbEntry ria = first("Ria Novosti");
        assertThat(ria.kind()).isEqualTo(EntryKind.MEDIA);
        assertThat(ria.country()).isEqualTo("RU");
    }

    @Test
    void stateBodiesNamedThroughTheirCountry() {
        assertThat(first("Oekraïense ministerie van Defensie").name()).isEqualTo("Ministry of Defence of Ukraine");
        assertThat(first("het Russische ministerie van Defensie").name()).isEqualTo("Ministry of Defence of Russia");
        assertThat(first("Russian Defence Ministry").name()).isEqualTo("Ministry of Defence of Russia");
        assertThat(first("ministerie van Defensie van Rusland").name()).isEqualTo("Ministry of Defence of Russia");
        KbEntry authorities = first("Oekraïense autoriteiten");
        assertThat(authorities.id()).isEqualTo(kb.governmentOf("UA").id());
        assertThat(authorities.kind()).isEqualTo(EntryKind.GOVERNMENT);
        assertThat(first("Amerikaanse inlichtingendiensten").kind()).isEqualTo(EntryKind.INTELLIGENCE);
        assertThat(kb.lookup("ministerie van Defensie", "nl")).isEmpty();
        assertThat(kb.stateBody("Russische troepen")).get().extracting(KbEntry::name).isEqualTo("Armed Forces of Russia");
        assertThat(kb.stateBody("Ukrainian forces")).get().extracting(KbEntry::kind).isEqualTo(EntryKind.MILITARY);
    }

    @Test
    void governments() {
        assertThat(kb.governmentOf("RU").name()).isEqualTo("Government of Russia");
        assertThat(kb.governmentOf("RU").id()).isEqualTo(EntityIds.of(EntityType.ORG, "Government of Russia"));
        assertThatThrownBy(() -> kb.governmentOf("XX")).hasMessageContaining("XX");
    }

    @Test
    void homonymousPlacesGetDistinctStableIds() {
        List<Candidate> moscows = kb.lookup("Moscow", "en");
        assertThat(moscows.stream().map(c -> c.entry().id()).distinct()).hasSize(moscows.size());
        assertThat(kb.entry("LOC:moscow")).get().extracting(KbEntry::country).isEqualTo("RU");
    }

    @Test
    void unknownNamesHaveNoCandidates() {
        assertThat(kb.lookup("Qwzxv Plorbt", "nl")).isEmpty();
        assertThat(kb.lookup("", "nl")).isEmpty();
    }
}
