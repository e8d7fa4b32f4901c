package nl.spoor.api.visibility;

import static nl.spoor.api.visibility.PartitionedWorld.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.spoor.api.access.AccessContext;
import nl.spoor.api.access.Role;
import tools.jackson.databind.JsonNode;

/** entity, its relationships, neighbours and timeline: what partner A's, B's and both partners' purposes see; masking; BSN. */
class EntityVisibilityTest extends VisibilityTestBase {

    static final AccessContext RECHERCHEUR_A = as(Role.RECHERCHEUR, CASE_A);
    static final AccessContext RECHERCHEUR_B = as(Role.RECHERCHEUR, CASE_B);
    static final AccessContext RECHERCHEUR_AB = as(Role.RECHERCHEUR, CASE_AB);
    static final AccessContext TIF_A = as(Role.TIF, CASE_A);

    static final String ENTITY = """
            { entity(spoorId: "ID") { spoorId caption properties { name value } sources { source { sourceId } snippet asserted }
              relationships(limit: 50) { type other { spoorId caption } sources { source { sourceId } } } } }""";

    JsonNode entity(AccessContext access, String id) {
        return data(access, ENTITY.replace("ID", id)).get("entity");
    }

    static List<String> texts(JsonNode list, String field) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.at(field).asString()));
        return out;
    }

    @Test
    void anEntityIsVisibleOnlyToPurposesEntitledToOneOfItsSources() {
        assertThat(entity(RECHERCHEUR_A, JAN.spoorId()).get("caption").asString()).isEqualTo("Jan de Vries");
        assertThat(entity(RECHERCHEUR_B, JAN.spoorId()).isNull()).isTrue();
        assertThat(entity(RECHERCHEUR_B, PIET.spoorId()).get("caption").asString()).isEqualTo("Piet Bakker");
        assertThat(entity(RECHERCHEUR_A, PIET.spoorId()).isNull()).isTrue();
        assertThat(entity(RECHERCHEUR_AB, PIET.spoorId()).get("caption").asString()).isEqualTo("Piet Bakker");
    }

    @Test
    void anExpiredSourceMakesNothingVisible() {
        assertThat(entity(RECHERCHEUR_A, OUD.spoorId()).isNull()).isTrue();
        assertThat(entity(RECHERCHEUR_AB, OUD.spoorId()).isNull()).isTrue();
        assertThat(texts(entity(RECHERCHEUR_AB, FIRM.spoorId()).get("relationships"), "/other/spoorId")).doesNotContain(OUD.spoorId());
    }

    @Test
    void anEntityShowsOnlyWhatItsUsableSourcesAssert() {
        JsonNode a = entity(RECHERCHEUR_A, KEES.spoorId());
        assertThat(a.get("caption").asString()).isEqualTo("Kees de Vries");
        assertThat(texts(a.get("sources"), "/source/sourceId")).containsExactly(A);
        JsonNode b = entity(RECHERCHEUR_B, KEES.spoorId());
        assertThat(b.get("caption").asString()).isEqualTo("Cornelis de Vries");
        assertThat(texts(b.get("properties"), "/value")).containsExactly("Cornelis de Vries");
        assertThat(texts(b.get("sources"), "/source/sourceId")).containsExactly(B);
        assertThat(texts(entity(RECHERCHEUR_AB, KEES.spoorId()).get("sources"), "/source/sourceId")).containsExactly(A, B);
    }

    @Test
    void relationshipsAreThoseOfUsableSourcesOnly() {
        assertThat(texts(entity(RECHERCHEUR_A, FIRM.spoorId()).get("relationships"), "/other/spoorId")).containsExactly(JAN.spoorId());
        // The kvk extract was delivered for CASE-A: usable for it although kvk is not among its partners.
        assertThat(texts(entity(as(Role.RECHERCHEUR, CASE_B), FIRM.spoorId()).get("relationships"), "/other/spoorId"))
                .containsExactly(PIET.spoorId());
        assertThat(texts(entity(RECHERCHEUR_AB, FIRM.spoorId()).get("relationships"), "/other/spoorId"))
                .containsExactlyInAnyOrder(JAN.spoorId(), PIET.spoorId(), PIET.spoorId());
        assertThat(texts(entity(RECHERCHEUR_A, ACCOUNT_A.spoorId()).get("relationships"), "/type")).containsExactlyInAnyOrder("HOLDS_ACCOUNT", "TRANSFER");
    }

    @Test
    void aSourceDeliveredForThePurposeIsUsableWhateverItsPartner() {
        JsonNode neighbours = data(RECHERCHEUR_A, "{ entity(spoorId: \"" + FIRM.spoorId() + "\") { neighbours(types: [\"EMPLOYED_BY\"]) "
                + "{ totalCount edges { node { other { spoorId caption } sources { source { sourceId } } } } } } }").at("/entity/neighbours");
        // Piet is not visible to CASE-A (only B knows him), so his employment (from the kvk extract) is not shown either.
        assertThat(neighbours.get("totalCount").asInt()).isZero();
        JsonNode both = data(RECHERCHEUR_AB, "{ entity(spoorId: \"" + FIRM.spoorId() + "\") { neighbours(types: [\"EMPLOYED_BY\"]) "
                + "{ totalCount edges { node { other { spoorId } sources { source { sourceId } } } } } } }").at("/entity/neighbours");
        assertThat(both.get("totalCount").asInt()).isEqualTo(1);
        assertThat(texts(both.get("edges"), "/node/sources/0/source/sourceId")).containsExactly(KVK);
    }

    @Test
    void theTimelineShowsOnlyUsableTransfers() {
        String q = "{ entity(spoorId: \"" + JAN.spoorId() + "\") { timeline { totalCount edges { node { date relationship { type } } } } } }";
        assertThat(texts(data(RECHERCHEUR_A, q).at("/entity/timeline/edges"), "/node/date")).containsExactly("2024-03-04");
        assertThat(texts(data(RECHERCHEUR_AB, q).at("/entity/timeline/edges"), "/node/date")).containsExactly("2024-03-04", "2024-03-01");
    }

    @Test
    void minorsAndVictimsAreMaskedUnlessARechercheurOrAnalistWorksACase() {
        JsonNode lisa = entity(TIF_A, LISA.spoorId());
        assertThat(lisa.get("caption").asString()).isEqualTo("minderjarige");
        assertThat(lisa.get("properties")).isEmpty();
        assertThat(lisa.get("relationships").toString()).doesNotContain("LIVES_AT").doesNotContain("Dorpsstraat");
        assertThat(lisa.toString()).doesNotContain("Lisa").doesNotContain("2012");
        JsonNode neighbours = data(TIF_A, "{ entity(spoorId: \"" + LISA.spoorId() + "\") { neighbours { edges { node { type other { caption } } } } "
                + "timeline { edges { node { relationship { type } } } } } }").get("entity");
        assertThat(texts(neighbours.at("/neighbours/edges"), "/node/type")).containsExactly("FAMILY_OF");
        assertThat(neighbours.toString()).doesNotContain("LIVES_AT").doesNotContain("Dorpsstraat");
        assertThat(entity(TIF_A, EVA.spoorId()).get("caption").asString()).isEqualTo("slachtoffer");
        assertThat(entity(as(Role.ANALIST, SIGNAL_A), LISA.spoorId()).get("caption").asString()).isEqualTo("minderjarige");
        assertThat(entity(as(Role.FIT, CASE_A), EVA.spoorId()).get("caption").asString()).isEqualTo("slachtoffer");

        assertThat(entity(RECHERCHEUR_A, LISA.spoorId()).get("caption").asString()).isEqualTo("Lisa de Vries");
        assertThat(entity(as(Role.ANALIST, CASE_A), EVA.spoorId()).get("caption").asString()).isEqualTo("Eva Nowak");

        JsonNode house = entity(TIF_A, HOUSE.spoorId());
        assertThat(texts(house.get("relationships"), "/other/caption")).containsExactlyInAnyOrder("Jan de Vries", "minderjarige", "slachtoffer");
        // The id stays, so that the graph stays connected.
        assertThat(texts(house.get("relationships"), "/other/spoorId")).contains(LISA.spoorId(), EVA.spoorId());
    }

    @Test
    void theBsnHashIsShownOnlyToFitAndRechercheur() {
        assertThat(texts(entity(RECHERCHEUR_A, JAN.spoorId()).get("properties"), "/name")).contains("bsnHash");
        assertThat(texts(entity(as(Role.FIT, CASE_A), JAN.spoorId()).get("properties"), "/name")).contains("bsnHash");
        for (Role role : List.of(Role.TIF, Role.ANALIST)) {
            JsonNode jan = entity(as(role, CASE_A), JAN.spoorId());
            assertThat(texts(jan.get("properties"), "/name")).containsExactly("birthDate", "name");
            assertThat(jan.get("sources").toString()).doesNotContain("bsnHash");
        }
    }

    @Test
    void aViewWithoutBsnsGetsAnotherStableIdForAPersonKeyedByBsn() {
        JsonNode house = entity(TIF_A, HOUSE.spoorId());
        assertThat(house.toString()).doesNotContain(BSN_HASH);
        String alias = house.get("relationships").valueStream().filter(r -> r.at("/other/caption").asString().equals("Jan de Vries"))
                .findFirst().orElseThrow().at("/other/spoorId").asString();
        assertThat(alias).startsWith("persoon:").hasSize("persoon:".length() + 64);
        assertThat(entity(TIF_A, HOUSE.spoorId()).toString()).contains(alias);
        JsonNode jan = entity(TIF_A, alias);
        assertThat(jan.get("spoorId").asString()).isEqualTo(alias);
        assertThat(jan.get("caption").asString()).isEqualTo("Jan de Vries");
        assertThat(jan.toString()).doesNotContain(BSN_HASH);
        assertThat(texts(jan.get("relationships"), "/type")).contains("FAMILY_OF", "LIVES_AT", "DIRECTOR_OF");
        // A rechercheur sees the Spoor id itself.
        assertThat(texts(entity(RECHERCHEUR_A, HOUSE.spoorId()).get("relationships"), "/other/spoorId")).contains(JAN.spoorId());
    }

    @Test
    void aLookupByBsnIsRefusedToRolesThatMayNotSeeIt() {
        String q = "{ entityByIdentifier(type: BSN, value: \"" + BSN + "\") { caption } }";
        assertThat(data(as(Role.FIT, CASE_A), q).at("/entityByIdentifier/caption").asString()).isEqualTo("Jan de Vries");
        JsonNode refused = ask(TIF_A, q);
        assertThat(refused.at("/errors/0/message").asString()).startsWith("A lookup by BSN needs the role fit or rechercheur and a purpose");
        assertThat(refused.at("/errors/0/extensions/refused").asString()).isEqualTo("NOT_ALLOWED");
        assertThat(data(as(Role.FIT, CASE_B), q).get("entityByIdentifier").isNull()).isTrue();
    }
}
