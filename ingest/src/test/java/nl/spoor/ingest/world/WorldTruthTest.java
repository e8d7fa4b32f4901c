package nl.spoor.ingest.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.RelationshipKind;

/** truth.json is an oracle: its ids exist, and each FIT case's planted structure is really in the files. */
class WorldTruthTest {

    @TempDir
    static Path dir;
    static GeneratedWorld world;
    static JsonNode truth;
    static final Map<String, String> kinds = new HashMap<>();

    @BeforeAll
    static void generate() {
        world = GeneratedWorld.small(dir, 99);
        truth = world.truth();
        for (EntityKind k : WorldFormat.nodeKinds()) {
            world.rows(WorldFormat.nodeFile(k), WorldContentsTest.header(k), row -> kinds.put(row.getFirst(), k.label()));
        }
    }

    List<List<String>> rels(RelationshipKind k) {
        return world.rows(WorldFormat.relationshipFile(k), WorldContentsTest.header(k));
    }

    JsonNode find(String caseId) {
        for (JsonNode c : truth.get("cases")) {
            if (c.get("caseId").asString().equals(caseId)) {
                return c;
            }
        }
        throw new AssertionError("No case " + caseId);
    }

    List<String> withRole(JsonNode c, String role) {
        List<String> ids = new ArrayList<>();
        c.get("entities").forEach(e -> {
            if (e.get("role").asString().equals(role)) {
                ids.add(e.get("id").asString());
            }
        });
        return ids;
    }

    BigDecimal indicator(JsonNode c, String name) {
        for (JsonNode i : c.get("indicators")) {
            if (i.get("name").asString().equals(name)) {
                return i.get("value").decimalValue();
            }
        }
        throw new AssertionError(c.get("caseId") + " has no indicator " + name);
    }

    BigDecimal declared2024(String person) {
        return rels(RelationshipKind.DECLARED_INCOME).stream().filter(r -> r.get(0).equals(person) && r.get(4).equals("2024"))
                .map(r -> new BigDecimal(r.get(5))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    BigDecimal catalogueValue(String vehicle) {
        return world.rows(WorldFormat.nodeFile(EntityKind.VEHICLE), WorldContentsTest.header(EntityKind.VEHICLE)).stream()
                .filter(r -> r.get(0).equals(vehicle)).map(r -> new BigDecimal(r.get(6))).findFirst().orElseThrow();
    }

    /** purchasePrice and paidInCash of the OWNS_PROPERTY of {@code realEstate}, with its owner. */
    List<String> purchase(String realEstate) {
        return rels(RelationshipKind.OWNS_PROPERTY).stream().filter(r -> r.get(1).equals(realEstate)).findFirst().orElseThrow();
    }

    String registeredOwner(String vehicle) {
        return rels(RelationshipKind.REGISTERED_OWNER).stream().filter(r -> r.get(1).equals(vehicle)).findFirst().orElseThrow().get(0);
    }

    Set<String> drivers(String vehicle) {
        Set<String> d = new HashSet<>();
        rels(RelationshipKind.OBSERVED_DRIVING).stream().filter(r -> r.get(1).equals(vehicle)).forEach(r -> d.add(r.get(0)));
        return d;
    }

    BigDecimal ratio(BigDecimal assets, BigDecimal income) {
        return assets.divide(income, 2, RoundingMode.HALF_UP);
    }

    @Test
    void everyIdInTruthExistsWithTheKindItSays() {
        assertThat(truth.get("seed").asLong()).isEqualTo(99);
        assertThat(truth.get("cases")).hasSize(PlantedCases.ALL.size());
        for (JsonNode c : truth.get("cases")) {
            for (JsonNode e : c.get("entities")) {
                assertThat(kinds.get(e.get("id").asString())).as(e.toString()).isEqualTo(e.get("kind").asString());
            }
            for (JsonNode s : c.get("subjects")) {
                assertThat(withRole(c, "subject")).contains(s.asString());
            }
            assertThat(c.get("explanation").asString()).isNotBlank();
        }
    }

    @Test
    void directCaseSubjectOwnsTheCarsAndTheHomeBoughtInCashBeyondHisIncome() {
        JsonNode c = find("fit-direct-1");
        String subject = c.get("subjects").get(0).asString();
        BigDecimal assets = BigDecimal.ZERO;
        for (String v : withRole(c, "asset")) {
            if (v.startsWith("kenteken:")) {
                assertThat(registeredOwner(v)).isEqualTo(subject);
                assertThat(drivers(v)).containsExactly(subject);
                assets = assets.add(catalogueValue(v));
            } else {
                List<String> own = purchase(v);
                assertThat(own.get(0)).isEqualTo(subject);
                assertThat(own.get(6)).isEqualTo("true");
                assertThat(new BigDecimal(own.get(5))).isEqualByComparingTo(indicator(c, "cashPurchase"));
                assets = assets.add(new BigDecimal(own.get(5)));
            }
        }
        assertThat(assets).isEqualByComparingTo(c.get("parameters").get("assets").decimalValue());
        assertThat(ratio(assets, declared2024(subject))).isEqualByComparingTo(indicator(c, "assetsToIncome"));
        assertThat(indicator(c, "assetsToIncome")).isGreaterThan(new BigDecimal("20"));
        List<String> livesAt = rels(RelationshipKind.LIVES_AT).stream().filter(r -> r.get(0).equals(subject)).map(r -> r.get(1)).toList();
        assertThat(livesAt).containsExactly(withRole(c, "residence").getFirst());
    }

    @Test
    void partnerCaseAssetsAreInThePartnersNameAtTheSameAddress() {
        JsonNode c = find("fit-partner-1");
        String subject = c.get("subjects").get(0).asString();
        String partner = withRole(c, "partner").getFirst();
        assertThat(rels(RelationshipKind.FAMILY_OF)).anySatisfy(r -> {
            assertThat(Set.of(r.get(0), r.get(1))).containsExactlyInAnyOrder(subject, partner);
            assertThat(r.get(4)).isEqualTo("partner");
        });
        Map<String, String> home = new HashMap<>();
        rels(RelationshipKind.LIVES_AT).forEach(r -> home.put(r.get(0), r.get(1)));
        assertThat(home.get(partner)).isEqualTo(home.get(subject));
        BigDecimal assets = BigDecimal.ZERO;
        for (String a : withRole(c, "asset")) {
            if (a.startsWith("kenteken:")) {
                assertThat(registeredOwner(a)).isEqualTo(partner);
                assertThat(drivers(a)).contains(subject);
                assets = assets.add(catalogueValue(a));
            } else {
                assertThat(purchase(a).get(0)).isEqualTo(partner);
                assets = assets.add(new BigDecimal(purchase(a).get(5)));
            }
        }
        BigDecimal income = declared2024(subject).add(declared2024(partner));
        assertThat(ratio(assets, income)).isEqualByComparingTo(indicator(c, "assetsToIncome"));
    }

    @Test
    void companyCaseAssetsBelongToAFirmTheSubjectDirectsAndOwnsAtLeastAQuarterOf() {
        JsonNode c = find("fit-company-1");
        String subject = c.get("subjects").get(0).asString();
        String firm = withRole(c, "company").getFirst();
        assertThat(rels(RelationshipKind.DIRECTOR_OF)).anySatisfy(r -> assertThat(List.of(r.get(0), r.get(1))).containsExactly(subject, firm));
        List<String> owns = rels(RelationshipKind.OWNS).stream().filter(r -> r.get(0).equals(subject) && r.get(1).equals(firm)).findFirst().orElseThrow();
        assertThat(Integer.parseInt(owns.get(4))).isGreaterThanOrEqualTo(25).isEqualTo(c.get("parameters").get("share").asInt());
        BigDecimal assets = BigDecimal.ZERO;
        for (String a : withRole(c, "asset")) {
            if (a.startsWith("kenteken:")) {
                assertThat(registeredOwner(a)).isEqualTo(firm);
                assertThat(drivers(a)).contains(subject);
                assets = assets.add(catalogueValue(a));
            } else {
                assertThat(purchase(a).get(0)).isEqualTo(firm);
                assets = assets.add(new BigDecimal(purchase(a).get(5)));
            }
        }
        assertThat(ratio(assets, declared2024(subject))).isEqualByComparingTo(indicator(c, "assetsToIncome"));
    }

    @Test
    void katvangerCaseVehiclesAreRegisteredToTheStrawManAndDrivenByTheSubject() {
        JsonNode c = find("fit-katvanger-1");
        String subject = c.get("subjects").get(0).asString();
        String straw = withRole(c, "strawMan").getFirst();
        List<String> vehicles = withRole(c, "asset");
        assertThat(vehicles).hasSize(indicator(c, "katvangerVehicles").intValue()).hasSizeGreaterThanOrEqualTo(4);
        BigDecimal assets = BigDecimal.ZERO;
        for (String v : vehicles) {
            assertThat(registeredOwner(v)).isEqualTo(straw);
            assertThat(drivers(v)).containsExactly(subject);
            assets = assets.add(catalogueValue(v));
        }
        assertThat(ratio(assets, declared2024(subject))).isEqualByComparingTo(indicator(c, "assetsToIncome"));
        assertThat(declared2024(straw)).isEqualByComparingTo(c.get("parameters").get("strawManIncome").decimalValue()).isLessThan(new BigDecimal("20000"));
        assertThat(rels(RelationshipKind.RECEIVES_BENEFIT)).anySatisfy(r -> assertThat(List.of(r.get(0), r.get(4))).containsExactly(straw, "bijstand"));
    }

    @Test
    void richDoctorLookAlikeHasAHighDeclaredIncomeAndAMortgageNotCash() {
        JsonNode c = find("fit-lookalike-doctor-1");
        assertThat(c.get("planted").asBoolean()).isFalse();
        String doctor = c.get("subjects").get(0).asString();
        String practice = withRole(c, "company").getFirst();
        List<String> company = world.rows(WorldFormat.nodeFile(EntityKind.COMPANY), WorldContentsTest.header(EntityKind.COMPANY)).stream()
                .filter(r -> r.get(0).equals(practice)).findFirst().orElseThrow();
        assertThat(company.get(7)).isEqualTo("86.21");
        assertThat(company.get(8)).isEqualTo("Huisartsenpraktijken");
        assertThat(declared2024(doctor)).isGreaterThan(new BigDecimal("150000"));
        BigDecimal assets = BigDecimal.ZERO;
        for (String a : withRole(c, "asset")) {
            if (a.startsWith("kenteken:")) {
                assets = assets.add(catalogueValue(a));
            } else {
                assertThat(purchase(a).get(6)).isEqualTo("false");
                assets = assets.add(new BigDecimal(purchase(a).get(5)));
            }
        }
        assertThat(ratio(assets, declared2024(doctor))).isEqualByComparingTo(indicator(c, "assetsToIncome")).isLessThan(new BigDecimal("10"));
    }
}
