package nl.spoor.api.visibility;

import static nl.spoor.api.visibility.PartitionedWorld.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.spoor.api.access.AccessContext;
import nl.spoor.api.access.Role;
import nl.spoor.model.store.SpoorStore;
import tools.jackson.databind.JsonNode;

/** search, paths, network, money trails (both engines), flow detectors, sector and trafficking networks and the refused typologies, per purpose. */
class QueryFamiliesVisibilityTest extends VisibilityTestBase {

    static final AccessContext RECHERCHEUR_A = as(Role.RECHERCHEUR, CASE_A);
    static final AccessContext RECHERCHEUR_B = as(Role.RECHERCHEUR, CASE_B);
    static final AccessContext RECHERCHEUR_AB = as(Role.RECHERCHEUR, CASE_AB);

    @Autowired
    SpoorStore store;

    static List<String> texts(JsonNode list, String field) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.at(field).asString()));
        return out;
    }

    List<String> searched(AccessContext access, String query) {
        return texts(data(access, "{ search(query: \"" + query + "\", types: [PERSON], fuzzy: false, phonetic: false) "
                + "{ hits { edges { node { value entity { spoorId } } } } } }").at("/search/hits/edges"), "/node/value");
    }

    @Test
    void searchFindsOnlyWhatTheUsableSourcesAssert() {
        assertThat(searched(RECHERCHEUR_A, "de Vries")).containsExactlyInAnyOrder("Jan de Vries", "Kees de Vries", "Lisa de Vries");
        // Kees is Cornelis in B's source: B finds him by that name only, never by A's.
        assertThat(searched(RECHERCHEUR_B, "de Vries")).containsExactly("Cornelis de Vries");
        assertThat(searched(RECHERCHEUR_B, "Kees")).isEmpty();
        assertThat(searched(RECHERCHEUR_AB, "de Vries")).containsExactlyInAnyOrder("Jan de Vries", "Kees de Vries", "Lisa de Vries");
    }

    @Test
    void searchLeavesOutMinorsAndVictimsForRolesThatSeeThemMasked() {
        assertThat(searched(as(Role.TIF, CASE_A), "de Vries")).containsExactlyInAnyOrder("Jan de Vries", "Kees de Vries");
        assertThat(searched(as(Role.TIF, CASE_A), "Nowak")).isEmpty();
        assertThat(searched(as(Role.ANALIST, CASE_A), "Nowak")).containsExactly("Eva Nowak");
    }

    @Test
    void pathsRunOnlyOverVisibleRelationshipsAndEntities() {
        String q = "{ paths(from: \"" + KEES.spoorId() + "\", to: \"" + PIET.spoorId() + "\") { paths { totalCount edges { node { "
                + "variants entities { spoorId } sources { sourceId } } } } sources { sourceId } } }";
        JsonNode both = data(RECHERCHEUR_AB, q).get("paths");
        assertThat(both.at("/paths/totalCount").asInt()).isEqualTo(1);
        assertThat(texts(both.at("/paths/edges/0/node/entities"), "/spoorId")).containsExactly(KEES.spoorId(), JAN.spoorId(), FIRM.spoorId(),
                PIET.spoorId());
        assertThat(both.at("/paths/edges/0/node/variants").asInt()).isEqualTo(2);
        // B does not know Jan: Kees and Piet are not connected for it.
        assertThat(data(RECHERCHEUR_B, q).at("/paths/paths/totalCount").asInt()).isZero();
        // A does not know Piet at all.
        assertThat(ask(RECHERCHEUR_A, q).at("/errors/0/message").asString()).isEqualTo("to: Spoor holds no entity with Spoor id \"person:piet\"");
    }

    @Test
    void aNetworkHoldsOnlyVisibleEntitiesAndTies() {
        String q = "{ networkAround(entity: \"" + FIRM.spoorId() + "\", hops: 1) { entities ties communities { members { spoorId } } } }";
        JsonNode a = data(RECHERCHEUR_A, q).get("networkAround");
        assertThat(a.get("entities").asInt()).isEqualTo(2);
        assertThat(a.get("ties").asInt()).isEqualTo(1);
        JsonNode ab = data(RECHERCHEUR_AB, q).get("networkAround");
        assertThat(ab.get("entities").asInt()).isEqualTo(3);
        List<String> members = new ArrayList<>();
        ab.get("communities").forEach(c -> members.addAll(texts(c.get("members"), "/spoorId")));
        assertThat(members).containsExactlyInAnyOrder(FIRM.spoorId(), JAN.spoorId(), PIET.spoorId());
    }

    @Test
    void unusualWealthReadsOnlyWhatTheUsableSourcesState() {
        String kees = "{ unusualWealth(person: \"" + KEES.spoorId() + "\", since: \"2024-01-01\", until: \"2024-12-31\") "
                + "{ query edges { node { subjects { caption } score } } } }";
        // Kees is Cornelis in B's source: the household's name is the one the usable sources state.
        assertThat(texts(data(RECHERCHEUR_A, kees).at("/unusualWealth/edges/0/node/subjects"), "/caption")).containsExactly("Kees de Vries");
        JsonNode b = data(RECHERCHEUR_B, kees).get("unusualWealth");
        assertThat(texts(b.at("/edges/0/node/subjects"), "/caption")).containsExactly("Cornelis de Vries");
        assertThat(b.get("query").asString()).endsWith("; for person:kees; only facts from the 1 source your purpose may use");
        // A does not know Piet at all.
        String piet = "{ unusualWealth(person: \"" + PIET.spoorId() + "\") { edges { node { subjects { caption } } } } }";
        assertThat(ask(RECHERCHEUR_A, piet).at("/errors/0/message").asString()).isEqualTo("person person:piet is no Person Spoor holds");
        assertThat(texts(data(RECHERCHEUR_AB, piet).at("/unusualWealth/edges/0/node/subjects"), "/caption")).containsExactly("Piet Bakker");
    }

    @Test
    void moneyTrailsFollowOnlyTransfersOfUsableSources() {
        String q = "{ moneyTrail(from: \"" + JAN.spoorId() + "\", direction: FORWARD, since: \"2024-01-01\") { trails { totalCount "
                + "edges { node { hops { amount sources { source { sourceId } } } } } } } }";
        assertThat(data(RECHERCHEUR_A, q).at("/moneyTrail/trails/totalCount").asInt()).isZero();
        JsonNode ab = data(RECHERCHEUR_AB, q).at("/moneyTrail/trails");
        assertThat(ab.get("totalCount").asInt()).isEqualTo(1);
        assertThat(ab.at("/edges/0/node/hops/0/amount").asDouble()).isEqualTo(5000.0);
        assertThat(texts(ab.at("/edges/0/node/hops/0/sources"), "/source/sourceId")).containsExactly(B);
    }

    @Test
    void theTraversalProcedureSkipsTransfersOfUnusableSources() {
        String call = "CALL spoor.trailSearch('FORWARD', [$account], [], 6, 14, 0.0, 1000, date('2024-01-01'), date('2024-12-31'), 100, 0, 10, $usable) "
                + "YIELD start, total WHERE start IS NULL RETURN total";
        try (var s = store.driver().session(store.sessionConfig())) {
            java.util.function.Function<List<String>, Long> total = usable -> s.run(call, java.util.Map.of("account", ACCOUNT_A.spoorId(),
                    "usable", usable == null ? org.neo4j.driver.Values.NULL : org.neo4j.driver.Values.value(usable))).single().get("total").asLong();
            assertThat(total.apply(List.of(A))).isZero();
            assertThat(total.apply(List.of(A, B))).isEqualTo(1);
            assertThat(total.apply(null)).isEqualTo(1);
        }
    }

    @Test
    void flowDetectorsCountOnlyUsableTransfers() {
        // The cycle Jan's account → Piet's (B) → Jan's (A) exists only for a purpose that may use both sources.
        String q = "{ cycles(minFraction: 0.1) { query totalCount edges { node { accounts { spoorId } sources { sourceId } } } } }";
        JsonNode a = data(RECHERCHEUR_A, q).get("cycles");
        assertThat(a.get("query").asString()).endsWith("only transfers from the 2 sources of your purpose");
        assertThat(a.get("totalCount").asInt()).isZero();
        assertThat(data(RECHERCHEUR_B, q).at("/cycles/totalCount").asInt()).isZero();
        JsonNode ab = data(RECHERCHEUR_AB, q).get("cycles");
        assertThat(ab.get("totalCount").asInt()).isEqualTo(1);
        assertThat(texts(ab.at("/edges/0/node/accounts"), "/spoorId")).containsExactlyInAnyOrder(ACCOUNT_A.spoorId(), ACCOUNT_B.spoorId());
        assertThat(texts(ab.at("/edges/0/node/sources"), "/sourceId")).containsExactlyInAnyOrder(A, B);
    }

    @Test
    void sectorNetworksHoldOnlyFirmsAndTiesOfUsableSources() {
        String q = "{ sectorNetworks(sbi: \"81.22\") { totalCount edges { node { firms { firm { spoorId } sbiCode } keyFigures { entity { caption } } "
                + "indicators { name explanation } } } } }";
        // Only B states the firm's SBI code.
        assertThat(data(RECHERCHEUR_A, q).at("/sectorNetworks/totalCount").asInt()).isZero();
        JsonNode b = data(RECHERCHEUR_B, q).at("/sectorNetworks/edges/0/node");
        assertThat(texts(b.get("firms"), "/firm/spoorId")).containsExactly(FIRM.spoorId());
        assertThat(texts(b.get("keyFigures"), "/entity/caption")).containsExactly("Piet Bakker");
        JsonNode ab = data(RECHERCHEUR_AB, q).at("/sectorNetworks/edges/0/node");
        assertThat(texts(ab.get("keyFigures"), "/entity/caption")).containsExactly("Jan de Vries", "Piet Bakker");
        // Oud's employment rests on the expired source only: the firm has no workers for anyone.
        List<String> explanations = texts(ab.get("indicators"), "/explanation");
        assertThat(explanations).contains("0 of 0 workers rent from the network or live at an address it owns");
    }

    @Test
    void traffickingNetworksTiePersonsOnlyByUsableFactsAndMaskPossibleVictims() {
        String q = "{ traffickingNetworks(around: \"" + FIRM.spoorId() + "\") { edges { node { controller { caption } "
                + "persons { person { caption } role } explanation } } } }";
        // A knows Jan as the firm's director, not Piet; Piet's payment to Jan needs B's record that the paying account is Piet's.
        JsonNode a = data(RECHERCHEUR_A, q).get("traffickingNetworks");
        assertThat(texts(a.get("edges"), "/node/controller/caption")).containsExactly("Jan de Vries");
        assertThat(a.at("/edges/0/node/persons")).isEmpty();
        JsonNode ab = data(RECHERCHEUR_AB, q).get("traffickingNetworks");
        assertThat(texts(ab.get("edges"), "/node/controller/caption")).containsExactly("Jan de Vries", "Piet Bakker");
        assertThat(texts(ab.at("/edges/0/node/persons"), "/person/caption")).containsExactly("Piet Bakker");
        assertThat(texts(ab.at("/edges/1/node/persons"), "/person/caption")).containsExactly("Jan de Vries");
        // Each pays the other: both are possible victims, masked for a role that does not see them.
        JsonNode tif = data(as(Role.TIF, CASE_AB), q).get("traffickingNetworks");
        assertThat(texts(tif.at("/edges/0/node/persons"), "/person/caption")).containsExactly("slachtoffer");
        assertThat(tif.toString()).doesNotContain("Piet Bakker").doesNotContain("Jan de Vries");
    }

    @Test
    void everyTypologyAnswersWhileAnExpiredSourceIsNotYetPurged() {
        // The expired source is usable for no one, so even CASE-AB may not use every source; until 2026-12-06 six
        // typologies were refused for such a view (SOURCE_PARTITIONING) and so for every purpose until the purge.
        JsonNode r = ask(RECHERCHEUR_AB, "{ unusualWealth { totalCount } sectorNetworks { totalCount } traffickingNetworks { totalCount } "
                + "passThrough { totalCount } structuring { totalCount } abcTransactions { totalCount } }");
        assertThat(r.has("errors")).as(r.toString()).isFalse();
    }

    @Test
    void moneyDetectorsAnswerForAPurposeThatMayNotUseEverySource() {
        // Jan's account paid Piet's €5,000 (B's statement) and got €700 back (A's): A sees only the €700.
        String q = "{ passThrough(minFraction: 0.1, minAmount: 500) { totalCount } structuring(minDeposits: 2) { totalCount } "
                + "abcTransactions { totalCount } }";
        JsonNode a = data(RECHERCHEUR_A, q);
        assertThat(a.at("/passThrough/totalCount").asInt()).isZero();
        assertThat(a.at("/structuring/totalCount").asInt()).isZero();
        assertThat(a.at("/abcTransactions/totalCount").asInt()).isZero();
    }

    @Test
    void noResponseCarriesAnUnusableSource() {
        String q = "{ entity(spoorId: \"" + FIRM.spoorId() + "\") { sources { source { sourceId } } relationships { sources { source { sourceId } } } "
                + "neighbours { edges { node { sources { source { sourceId } } } } } } }";
        assertThat(data(RECHERCHEUR_A, q).toString()).contains(A).doesNotContain(B).doesNotContain(OLD);
        assertThat(data(RECHERCHEUR_B, q).toString()).contains(B).doesNotContain(A + "\"").doesNotContain(OLD);
    }
}
