package nl.spoor.ingest.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.RelationshipKind;
import nl.spoor.model.identifiers.Bsn;
import nl.spoor.model.identifiers.BtwId;
import nl.spoor.model.identifiers.DutchAddress;
import nl.spoor.model.identifiers.EmailAddress;
import nl.spoor.model.identifiers.Iban;
import nl.spoor.model.identifiers.Kenteken;
import nl.spoor.model.identifiers.KvkNummer;
import nl.spoor.model.identifiers.PhoneNumber;
import nl.spoor.model.identifiers.Postcode;
import nl.spoor.model.identifiers.Rsin;

/** A small world read back from its files: valid identifiers, consistent ids, sound relationships, manifest. */
class WorldContentsTest {

    @TempDir
    static Path dir;
    static GeneratedWorld world;
    static final Map<String, EntityKind> kinds = new HashMap<>();

    @BeforeAll
    static void generate() {
        world = GeneratedWorld.small(dir, 2024);
        for (EntityKind k : WorldFormat.nodeKinds()) {
            world.rows(WorldFormat.nodeFile(k), header(k), row -> kinds.put(row.getFirst(), k));
        }
    }

    static List<String> header(EntityKind k) {
        List<String> h = new java.util.ArrayList<>(WorldFormat.NODE_LEAD);
        h.addAll(WorldFormat.properties(k));
        return h;
    }

    static List<String> header(RelationshipKind k) {
        List<String> h = new java.util.ArrayList<>(WorldFormat.RELATIONSHIP_LEAD);
        h.addAll(WorldFormat.properties(k));
        return h;
    }

    List<Map<String, String>> nodes(EntityKind k) {
        return world.records(WorldFormat.nodeFile(k), WorldFormat.NODE_LEAD, WorldFormat.properties(k));
    }

    @Test
    void everyIdentifierPassesTheProjectsValidatorsAndMakesTheId() {
        List<Map<String, String>> persons = nodes(EntityKind.PERSON);
        assertThat(persons).hasSizeGreaterThan(1400);
        int withoutBsn = 0;
        for (Map<String, String> p : persons) {
            if (p.get("bsn").isEmpty()) {
                withoutBsn++;
                assertThat(p.get("id")).matches("person:\\d{6}");
            } else {
                assertThat(Bsn.isValid(p.get("bsn"))).as(p.get("id")).isTrue();
                assertThat(p.get("id")).isEqualTo("bsn:" + p.get("bsn"));
            }
        }
        assertThat(withoutBsn).isBetween(1, persons.size() / 20);
        for (Map<String, String> c : nodes(EntityKind.COMPANY)) {
            assertThat(c.get("id")).isEqualTo("kvk:" + KvkNummer.parse(c.get("kvkNummer")).value());
            if (!c.get("rsin").isEmpty()) {
                assertThat(Rsin.isValid(c.get("rsin"))).isTrue();
            }
            if (!c.get("btwId").isEmpty()) {
                assertThat(BtwId.parse(c.get("btwId")).value()).isEqualTo(c.get("btwId"));
            }
            assertThat(c.get("rsin").isEmpty()).as(c.get("name")).isEqualTo(c.get("legalForm").equals("Eenmanszaak"));
        }
        for (Map<String, String> a : nodes(EntityKind.BANK_ACCOUNT)) {
            Iban iban = Iban.parse(a.get("iban"));
            assertThat(a.get("id")).isEqualTo("iban:" + iban.value());
            assertThat(iban.bankCode()).isEqualTo(a.get("bankCode"));
            assertThat(iban.bic()).contains(a.get("bic"));
        }
        for (Map<String, String> v : nodes(EntityKind.VEHICLE)) {
            Kenteken k = Kenteken.parse(v.get("kenteken"));
            assertThat(v.get("id")).isEqualTo("kenteken:" + k.value());
            assertThat(Integer.parseInt(v.get("sideCode"))).isEqualTo(k.sideCode());
        }
        Set<Integer> sideCodes = new HashSet<>();
        nodes(EntityKind.VEHICLE).forEach(v -> sideCodes.add(Integer.parseInt(v.get("sideCode"))));
        assertThat(sideCodes).hasSizeGreaterThanOrEqualTo(5);
        int mobiles = 0;
        for (Map<String, String> p : nodes(EntityKind.PHONE)) {
            PhoneNumber n = PhoneNumber.parse(p.get("e164"));
            assertThat(p.get("id")).isEqualTo("phone:" + n.value());
            assertThat(PhoneNumber.parse(p.get("display")).value()).isEqualTo(n.value());
            mobiles += n.isMobile() ? 1 : 0;
        }
        assertThat(mobiles).isPositive().isLessThan(nodes(EntityKind.PHONE).size());
        for (Map<String, String> e : nodes(EntityKind.EMAIL)) {
            assertThat(e.get("id")).isEqualTo("email:" + EmailAddress.parse(e.get("address")).value());
        }
        for (Map<String, String> a : nodes(EntityKind.ADDRESS)) {
            DutchAddress address = DutchAddress.of(Postcode.parse(a.get("postcode")), Integer.parseInt(a.get("houseNumber")), a.get("suffix"));
            assertThat(a.get("id")).isEqualTo("address:" + address.value());
            assertThat(a.get("addressKey")).isEqualTo(address.value());
            assertThat(a.get("municipalityCode")).isEqualTo(NoordHolland.MUNICIPALITIES.stream()
                    .filter(m -> m.name().equals(a.get("municipality"))).findFirst().orElseThrow().cbsCode());
            assertThat(a.get("addressType")).isIn("woning", "bedrijfspand", "hotel", "airbnb");
        }
    }

    @Test
    void everyRelationshipJoinsExistingEntitiesOfTheKindsTheFormatAllows() {
        Set<String> sources = new HashSet<>();
        world.rows("world/sources.csv", WorldFormat.SOURCE_COLUMNS, r -> sources.add(r.getFirst()));
        long relationships = 0;
        for (RelationshipKind k : WorldFormat.relationshipKinds()) {
            WorldFormat.Endpoints allowed = WorldFormat.endpoints(k);
            Set<String> keys = new HashSet<>();
            for (List<String> r : world.rows(WorldFormat.relationshipFile(k), header(k))) {
                assertThat(allowed.from()).as(k + " from " + r.get(0)).contains(kinds.get(r.get(0)));
                assertThat(allowed.to()).as(k + " to " + r.get(1)).contains(kinds.get(r.get(1)));
                assertThat(sources).as(k + " source").contains(r.get(3));
                assertThat(keys.add(r.get(0) + "|" + r.get(1) + "|" + r.get(2))).as(k + " duplicate " + r).isTrue();
                relationships++;
            }
        }
        assertThat(relationships).isGreaterThan(20_000);
        for (EntityKind k : WorldFormat.nodeKinds()) {
            for (List<String> r : world.rows(WorldFormat.nodeFile(k), header(k))) {
                assertThat(sources).contains(r.get(1));
            }
        }
    }

    @Test
    void transfersHaveUniqueReferencesPositiveAmountsAndAKnownChannel() {
        Set<String> refs = new HashSet<>();
        world.rows(WorldFormat.relationshipFile(RelationshipKind.TRANSFER), header(RelationshipKind.TRANSFER), r -> {
            assertThat(refs.add(r.get(2))).as(r.get(2)).isTrue();
            assertThat(new BigDecimal(r.get(4))).isPositive().hasScaleOf(2);
            assertThat(r.get(7)).isNotBlank();
            assertThat(r.get(8)).isIn("sepa", "ideal", "incasso", "salaris", "uitkering", "pin");
        });
        assertThat(refs).hasSizeGreaterThan(15_000);
    }

    @Test
    void zaandamOostExistsInZaanstadAndLegitWindowCleanersThereHaveAPermit() {
        NoordHolland.District oost = NoordHolland.district("Zaandam-Oost");
        assertThat(NoordHolland.municipalityOf(oost).cbsCode()).isEqualTo("GM0479");
        assertThat(oost.from()).isEqualTo(1506);
        assertThat(oost.to()).isEqualTo(1507);
        assertThat(NoordHolland.MUNICIPALITIES).hasSizeGreaterThanOrEqualTo(15);
        for (Map<String, String> c : nodes(EntityKind.COMPANY)) {
            if (!c.get("permit").isEmpty()) {
                assertThat(c.get("sbiCode")).isEqualTo("81.22");
            }
        }
    }

    @Test
    void manifestListsEveryFileWithItsRowCountAndHash() throws Exception {
        var manifest = tools.jackson.databind.json.JsonMapper.builder().build().readTree(Files.readString(dir.resolve("manifest.json")));
        assertThat(manifest.get("seed").asLong()).isEqualTo(2024);
        var files = manifest.get("files");
        assertThat(files.size()).isEqualTo(WorldGenerationTest.files(dir).size() - 1);
        for (var f : files) {
            Path p = dir.resolve(f.get("path").asString());
            byte[] bytes = Files.readAllBytes(p);
            assertThat(f.get("bytes").asLong()).isEqualTo(bytes.length);
            assertThat(f.get("sha256").asString()).isEqualTo(java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(bytes)));
            if (f.has("rows")) {
                assertThat(f.get("rows").asLong()).isEqualTo(Files.readAllLines(p).size() - 1L);
            }
        }
    }
}
