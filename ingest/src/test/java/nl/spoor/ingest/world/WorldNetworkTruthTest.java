package nl.spoor.ingest.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.RelationshipKind;

/**
 * The sector networks and mensenhandel cases of truth.json against the files: every recorded indicator is
 * recomputed from the CSVs as world-format.md defines it, planted cases cross the thresholds there and
 * look-alikes stay below them.
 */
class WorldNetworkTruthTest {

    @TempDir
    static Path dir;
    static JsonNode truth;
    static final Map<String, Map<String, String>> nodes = new HashMap<>();
    static final Map<RelationshipKind, List<Map<String, String>>> rels = new HashMap<>();

    @BeforeAll
    static void generate() {
        GeneratedWorld world = GeneratedWorld.small(dir, 5);
        truth = world.truth();
        for (EntityKind k : WorldFormat.nodeKinds()) {
            world.records(WorldFormat.nodeFile(k), WorldFormat.NODE_LEAD, WorldFormat.properties(k)).forEach(n -> nodes.put(n.get("id"), n));
        }
        for (RelationshipKind k : WorldFormat.relationshipKinds()) {
            rels.put(k, world.records(WorldFormat.relationshipFile(k), WorldFormat.RELATIONSHIP_LEAD, WorldFormat.properties(k)));
        }
    }

    // ---- reading ---------------------------------------------------------------------------------

    static List<JsonNode> cases(String typology) {
        List<JsonNode> list = new ArrayList<>();
        truth.get("cases").forEach(c -> {
            if (c.get("typology").asString().equals(typology)) {
                list.add(c);
            }
        });
        return list;
    }

    static JsonNode find(String caseId) {
        for (JsonNode c : truth.get("cases")) {
            if (c.get("caseId").asString().equals(caseId)) {
                return c;
            }
        }
        throw new AssertionError("No case " + caseId);
    }

    static Set<String> withRole(JsonNode c, String... roles) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        c.get("entities").forEach(e -> {
            if (List.of(roles).contains(e.get("role").asString())) {
                ids.add(e.get("id").asString());
            }
        });
        return ids;
    }

    static Map<String, BigDecimal> indicators(JsonNode c) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        c.get("indicators").forEach(i -> m.put(i.get("name").asString(), i.get("value").decimalValue()));
        return m;
    }

    static List<Map<String, String>> rel(RelationshipKind k) {
        return rels.get(k);
    }

    static Set<String> from(RelationshipKind k, String to) {
        return rel(k).stream().filter(r -> r.get("_to").equals(to)).map(r -> r.get("_from")).collect(Collectors.toCollection(HashSet::new));
    }

    static Set<String> to(RelationshipKind k, String from) {
        return rel(k).stream().filter(r -> r.get("_from").equals(from)).map(r -> r.get("_to")).collect(Collectors.toCollection(HashSet::new));
    }

    static Set<String> accountsOf(Set<String> holders) {
        return rel(RelationshipKind.HOLDS_ACCOUNT).stream().filter(r -> holders.contains(r.get("_from"))).map(r -> r.get("_to"))
                .collect(Collectors.toSet());
    }

    /** Everyone tied to {@code person} by FAMILY_OF, at any distance. */
    static Set<String> family(String person) {
        Set<String> seen = new HashSet<>(Set.of(person));
        Deque<String> todo = new ArrayDeque<>(seen);
        while (!todo.isEmpty()) {
            String p = todo.pop();
            for (Map<String, String> r : rel(RelationshipKind.FAMILY_OF)) {
                String other = r.get("_from").equals(p) ? r.get("_to") : r.get("_to").equals(p) ? r.get("_from") : null;
                if (other != null && seen.add(other)) {
                    todo.push(other);
                }
            }
        }
        return seen;
    }

    static List<String> residents(String address) {
        return rel(RelationshipKind.LIVES_AT).stream().filter(r -> r.get("_to").equals(address) && r.get("until").isEmpty()).map(r -> r.get("_from")).toList();
    }

    static <T> long maxGroup(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.groupingBy(key, Collectors.counting())).values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    static BigDecimal two(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
    }

    static long days(String a, String b) {
        return ChronoUnit.DAYS.between(LocalDate.parse(a), LocalDate.parse(b));
    }

    // ---- sectorNetwork indicators, as world-format.md defines them ---------------------------------

    static Map<String, BigDecimal> sector(JsonNode c) {
        String subject = c.get("subjects").get(0).asString();
        Set<String> people = withRole(c, "subject", "familyMember", "strawMan");
        String sbi = c.get("parameters").get("sbiCode").asString();
        Set<String> firms = new java.util.TreeSet<>();
        for (RelationshipKind k : List.of(RelationshipKind.DIRECTOR_OF, RelationshipKind.OWNS)) {
            rel(k).stream().filter(r -> people.contains(r.get("_from")) && nodes.get(r.get("_to")).get("sbiCode").equals(sbi)).forEach(r -> firms.add(r.get("_to")));
        }
        assertThat(firms).as(c.get("caseId").asString()).containsExactlyInAnyOrderElementsOf(withRole(c, "company"));
        Map<String, Set<String>> controllersOf = new HashMap<>();
        for (RelationshipKind k : List.of(RelationshipKind.DIRECTOR_OF, RelationshipKind.OWNS)) {
            rel(k).stream().filter(r -> firms.contains(r.get("_to"))).forEach(r -> controllersOf.computeIfAbsent(r.get("_to"), x -> new HashSet<>()).add(r.get("_from")));
        }
        Set<String> controllers = controllersOf.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        Set<String> family = family(subject);
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        m.put("networkFirms", BigDecimal.valueOf(firms.size()));
        m.put("activeFirms", BigDecimal.valueOf(firms.stream().filter(f -> nodes.get(f).get("endDate").isEmpty()).count()));
        m.put("familyControllers", BigDecimal.valueOf(controllers.stream().filter(family::contains).count()));
        m.put("nonFamilyControllers", BigDecimal.valueOf(controllers.stream().filter(p -> !family.contains(p)).count()));
        List<Map<String, String>> registered = rel(RelationshipKind.REGISTERED_AT).stream().filter(r -> firms.contains(r.get("_from"))).toList();
        m.put("maxFirmsPerAddress", BigDecimal.valueOf(maxGroup(registered, r -> r.get("_to"))));
        m.put("maxFirmsPerPhone", BigDecimal.valueOf(maxGroup(rel(RelationshipKind.USES_PHONE).stream().filter(r -> firms.contains(r.get("_from"))).toList(),
                r -> r.get("_to"))));
        long coHeld = firms.stream().filter(f -> accountsOf(Set.of(f)).stream()
                .anyMatch(acc -> from(RelationshipKind.HOLDS_ACCOUNT, acc).stream().anyMatch(h -> !h.equals(f) && !controllersOf.get(f).contains(h)))).count();
        m.put("firmAccountsCoHeld", BigDecimal.valueOf(coHeld));
        Map<String, String> addressOf = new HashMap<>();
        registered.forEach(r -> addressOf.put(r.get("_from"), r.get("_to")));
        long phoenix = 0;
        long maxGap = 0;
        for (Map<String, String> s : rel(RelationshipKind.SUCCEEDED_BY)) {
            String a = s.get("_from");
            String b = s.get("_to");
            if (firms.contains(a) && firms.contains(b)) {
                long gap = days(nodes.get(a).get("endDate"), nodes.get(b).get("startDate"));
                boolean samePeople = controllersOf.get(a).stream().anyMatch(controllersOf.get(b)::contains);
                if (addressOf.get(a).equals(addressOf.get(b)) && samePeople && gap >= 0 && gap <= 180) {
                    phoenix++;
                    maxGap = Math.max(maxGap, gap);
                }
            }
        }
        m.put("phoenixSuccessions", BigDecimal.valueOf(phoenix));
        m.put("maxPhoenixGapDays", BigDecimal.valueOf(maxGap));
        Set<String> side = new HashSet<>(people);
        side.addAll(firms);
        Set<String> owned = rel(RelationshipKind.OWNS_PROPERTY).stream().filter(r -> side.contains(r.get("_from")))
                .flatMap(r -> to(RelationshipKind.LOCATED_AT, r.get("_to")).stream()).collect(Collectors.toSet());
        List<Integer> counts = owned.stream().map(a -> residents(a).size()).toList();
        m.put("overcrowdedAddresses", BigDecimal.valueOf(counts.stream().filter(n -> n >= 6).count()));
        m.put("maxPersonsPerAddress", BigDecimal.valueOf(counts.stream().mapToInt(Integer::intValue).max().orElse(0)));
        Set<String> workers = rel(RelationshipKind.EMPLOYED_BY).stream().filter(r -> firms.contains(r.get("_to")) && !people.contains(r.get("_from")))
                .map(r -> r.get("_from")).collect(Collectors.toSet());
        m.put("workers", BigDecimal.valueOf(workers.size()));
        long housed = workers.stream().filter(w -> from(RelationshipKind.LANDLORD_OF, w).stream().anyMatch(side::contains)).count();
        m.put("employerLandlordShare", workers.isEmpty() ? two(0) : two((double) housed / workers.size()));
        Set<String> firmAccounts = accountsOf(firms);
        Set<String> workerAccounts = accountsOf(workers);
        Set<String> peopleAccounts = accountsOf(people);
        Map<String, List<String>> salaryDates = new HashMap<>();
        BigDecimal wages = BigDecimal.ZERO;
        for (Map<String, String> t : rel(RelationshipKind.TRANSFER)) {
            if (t.get("channel").equals("salaris") && firmAccounts.contains(t.get("_from")) && workerAccounts.contains(t.get("_to"))) {
                salaryDates.computeIfAbsent(t.get("_to"), x -> new ArrayList<>()).add(t.get("date"));
                wages = wages.add(new BigDecimal(t.get("amount")));
            }
        }
        BigDecimal forwarded = BigDecimal.ZERO;
        long maxDelay = 0;
        for (Map<String, String> t : rel(RelationshipKind.TRANSFER)) {
            if (workerAccounts.contains(t.get("_from")) && peopleAccounts.contains(t.get("_to"))) {
                long delay = salaryDates.getOrDefault(t.get("_from"), List.of()).stream().mapToLong(s -> days(s, t.get("date")))
                        .filter(d -> d >= 0 && d <= 7).min().orElse(-1);
                if (delay >= 0) {
                    forwarded = forwarded.add(new BigDecimal(t.get("amount")));
                    maxDelay = Math.max(maxDelay, delay);
                }
            }
        }
        m.put("forwardedFraction", wages.signum() == 0 ? two(0) : forwarded.divide(wages, 2, RoundingMode.HALF_UP));
        m.put("maxForwardDelayDays", BigDecimal.valueOf(maxDelay));
        m.put("firmsWithoutPermit", BigDecimal.valueOf(firms.stream().filter(f -> {
            Map<String, String> firm = nodes.get(f);
            return firm.get("sbiCode").equals("81.22") && nodes.get(addressOf.get(f)).get("municipalityCode").equals("GM0479")
                    && (firm.get("endDate").isEmpty() || firm.get("endDate").compareTo("2024-07-01") >= 0) && firm.get("permit").isEmpty();
        }).count()));
        return m;
    }

    /** Where the sector indicators fire (world-format.md). */
    static final Map<String, BigDecimal> SECTOR_THRESHOLDS = Map.of("networkFirms", BigDecimal.valueOf(3), "nonFamilyControllers", BigDecimal.ONE,
            "maxFirmsPerAddress", BigDecimal.valueOf(3), "firmAccountsCoHeld", BigDecimal.ONE, "phoenixSuccessions", BigDecimal.ONE,
            "overcrowdedAddresses", BigDecimal.ONE, "employerLandlordShare", new BigDecimal("0.5"), "forwardedFraction", new BigDecimal("0.5"),
            "firmsWithoutPermit", BigDecimal.ONE);

    @Test
    void sectorIndicatorsInTruthAreWhatTheFilesGiveAndSeparatePlantedFromLookAlikes() {
        List<JsonNode> all = cases("sectorNetwork");
        assertThat(all).extracting(c -> c.get("caseId").asString()).containsExactly("sector-glazenwassers-1", "sector-kappers-1",
                "sector-lookalike-schoonmaakbedrijf-1", "sector-lookalike-broers-1");
        for (JsonNode c : all) {
            Map<String, BigDecimal> computed = sector(c);
            Map<String, BigDecimal> recorded = indicators(c);
            assertThat(recorded).isNotEmpty();
            recorded.forEach((name, value) -> assertThat(computed.get(name)).as(c.get("caseId").asString() + " " + name).isEqualByComparingTo(value));
            SECTOR_THRESHOLDS.forEach((name, threshold) -> {
                if (recorded.containsKey(name)) {
                    if (c.get("planted").asBoolean()) {
                        assertThat(recorded.get(name)).as(c.get("caseId").asString() + " " + name).isGreaterThanOrEqualTo(threshold);
                    } else {
                        assertThat(recorded.get(name)).as(c.get("caseId").asString() + " " + name).isLessThan(threshold);
                    }
                }
            });
        }
    }

    @Test
    void glazenwasserClanLivesInZaandamOostAndHousesWorkersWithoutBsnAmongThem() {
        JsonNode c = find("sector-glazenwassers-1");
        Map<String, BigDecimal> i = indicators(c);
        assertThat(i.get("networkFirms").intValue()).isBetween(8, 10);
        assertThat(i.get("maxPersonsPerAddress").intValue()).isBetween(8, 14);
        assertThat(i.get("forwardedFraction")).isBetween(new BigDecimal("0.70"), new BigDecimal("0.85"));
        assertThat(i.get("maxForwardDelayDays").intValue()).isBetween(1, 4);
        assertThat(i.get("maxPhoenixGapDays").intValue()).isBetween(14, 120);
        for (String a : withRole(c, "registeredAddress", "workerHousing")) {
            assertThat(nodes.get(a).get("postcode")).matches("150[67][A-Z]{2}");
        }
        for (String f : withRole(c, "company")) {
            assertThat(nodes.get(f).get("sbiCode")).isEqualTo("81.22");
            assertThat(nodes.get(f).get("permit")).isEmpty();
        }
        Set<String> workers = withRole(c, "worker");
        assertThat(workers).anyMatch(w -> w.startsWith("person:")).anyMatch(w -> w.startsWith("bsn:"));
        assertThat(workers).allSatisfy(w -> assertThat(nodes.get(w).get("nationality")).isIn("Poolse", "Roemeense", "Bulgaarse"));
        // The clan and its firms: parents, sons, a cousin, an in-law; sibling, parent and cousin ties.
        Set<String> relations = rel(RelationshipKind.FAMILY_OF).stream().filter(r -> withRole(c, "subject", "familyMember").contains(r.get("_from")))
                .map(r -> r.get("relation")).collect(Collectors.toSet());
        assertThat(relations).contains("partner", "parent", "sibling", "cousin");
        assertThat(find("sector-lookalike-schoonmaakbedrijf-1").get("planted").asBoolean()).isFalse();
        assertThat(nodes.get(withRole(find("sector-lookalike-schoonmaakbedrijf-1"), "company").iterator().next()).get("permit")).startsWith("ZS-GLW-2024-");
        assertThat(nodes.get(withRole(find("sector-kappers-1"), "company").iterator().next()).get("sbiCode")).isEqualTo("96.02");
    }

    // ---- traffickingNetwork indicators ------------------------------------------------------------

    static Map<String, BigDecimal> trafficking(JsonNode c) {
        String subject = c.get("subjects").get(0).asString();
        Set<String> related = family(subject);
        Set<String> controllerAccounts = accountsOf(Set.of(subject));
        Set<String> senders = new HashSet<>();
        for (Map<String, String> t : rel(RelationshipKind.TRANSFER)) {
            if (controllerAccounts.contains(t.get("_to"))) {
                from(RelationshipKind.HOLDS_ACCOUNT, t.get("_from")).stream().filter(h -> nodes.get(h).containsKey("bsn") && !related.contains(h))
                        .forEach(senders::add);
            }
        }
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        m.put("fanInSenders", BigDecimal.valueOf(senders.size()));
        Set<String> side = new HashSet<>(Set.of(subject));
        side.addAll(to(RelationshipKind.DIRECTOR_OF, subject));
        Set<String> addresses = new HashSet<>(to(RelationshipKind.LIVES_AT, subject));
        rel(RelationshipKind.LANDLORD_OF).stream().filter(r -> side.contains(r.get("_from"))).forEach(r -> addresses.add(r.get("address")));
        long persons = 0;
        long unrelated = 0;
        for (String a : addresses) {
            List<String> here = residents(a);
            persons = Math.max(persons, here.size());
            unrelated = Math.max(unrelated, here.stream().filter(p -> rel(RelationshipKind.FAMILY_OF).stream().noneMatch(r ->
                    r.get("_from").equals(p) && here.contains(r.get("_to")) || r.get("_to").equals(p) && here.contains(r.get("_from")))).count());
        }
        m.put("personsPerAddress", BigDecimal.valueOf(persons));
        m.put("unrelatedPersonsPerAddress", BigDecimal.valueOf(unrelated));
        m.put("employerIsLandlord", BigDecimal.valueOf(rel(RelationshipKind.LANDLORD_OF).stream()
                .filter(r -> side.contains(r.get("_from")) && to(RelationshipKind.EMPLOYED_BY, r.get("_to")).contains(r.get("_from"))).count()));
        Set<String> victims = withRole(c, "victim", "victimSuspect", "recruit");
        List<Map<String, String>> stays = rel(RelationshipKind.LIVES_AT).stream().filter(r -> victims.contains(r.get("_from"))
                && List.of("hotel", "airbnb").contains(nodes.get(r.get("_to")).get("addressType"))).toList();
        m.put("hotelStays", BigDecimal.valueOf(stays.size()));
        m.put("stayCities", BigDecimal.valueOf(stays.stream().map(r -> nodes.get(r.get("_to")).get("municipalityCode")).distinct().count()));
        Set<String> offered = new HashSet<>(victims);
        offered.add(subject);
        List<Map<String, String>> ads = rel(RelationshipKind.ADVERTISES_WITH).stream().filter(r -> offered.contains(r.get("_to"))).toList();
        m.put("ads", BigDecimal.valueOf(ads.size()));
        Map<String, List<Map<String, String>>> byPhone = new HashMap<>();
        for (Map<String, String> ad : ads) {
            to(RelationshipKind.USES_PHONE, ad.get("_from")).forEach(p -> byPhone.computeIfAbsent(p, x -> new ArrayList<>()).add(ad));
        }
        m.put("adsPerPhone", BigDecimal.valueOf(byPhone.values().stream().mapToLong(List::size).max().orElse(0)));
        m.put("aliasesPerPhone", BigDecimal.valueOf(byPhone.values().stream()
                .mapToLong(l -> l.stream().map(a -> nodes.get(a.get("_from")).get("alias")).distinct().count()).max().orElse(0)));
        m.put("personsPerPhone", BigDecimal.valueOf(byPhone.values().stream().mapToLong(l -> l.stream().map(a -> a.get("_to")).distinct().count())
                .max().orElse(0)));
        List<Map<String, String>> sightings = rel(RelationshipKind.OBSERVED_DRIVING).stream().filter(r -> r.get("_from").equals(subject)).toList();
        m.put("vehicleSightingsAtStays", BigDecimal.valueOf(sightings.stream().filter(s -> stays.stream().anyMatch(st ->
                nodes.get(st.get("_to")).get("place").equals(s.get("place")) && s.get("date").compareTo(st.get("from")) >= 0
                        && s.get("date").compareTo(st.get("until")) <= 0)).count()));
        Set<String> firmVehicles = rel(RelationshipKind.REGISTERED_OWNER).stream().filter(r -> side.contains(r.get("_from")) && !r.get("_from").equals(subject))
                .map(r -> r.get("_to")).collect(Collectors.toSet());
        Set<String> housingPlaces = rel(RelationshipKind.LANDLORD_OF).stream().filter(r -> side.contains(r.get("_from")))
                .map(r -> nodes.get(r.get("address")).get("place")).collect(Collectors.toSet());
        m.put("transportSightingsAtHousing", BigDecimal.valueOf(sightings.stream()
                .filter(s -> firmVehicles.contains(s.get("_to")) && housingPlaces.contains(s.get("place"))).count()));
        // Victim and suspect: offered in ads, paid by other victims, paying the controller.
        Set<String> victimAccounts = accountsOf(victims);
        m.put("protectiveFlag", BigDecimal.valueOf(victims.stream().filter(v -> {
            Set<String> own = accountsOf(Set.of(v));
            boolean advertised = ads.stream().anyMatch(a -> a.get("_to").equals(v));
            boolean collects = rel(RelationshipKind.TRANSFER).stream().anyMatch(t -> own.contains(t.get("_to")) && victimAccounts.contains(t.get("_from"))
                    && !own.contains(t.get("_from")));
            boolean pays = rel(RelationshipKind.TRANSFER).stream().anyMatch(t -> own.contains(t.get("_from")) && controllerAccounts.contains(t.get("_to")));
            return advertised && collects && pays;
        }).count()));
        return m;
    }

    static final Map<String, BigDecimal> TRAFFICKING_THRESHOLDS = Map.of("fanInSenders", BigDecimal.valueOf(4), "unrelatedPersonsPerAddress",
            BigDecimal.valueOf(5), "hotelStays", BigDecimal.valueOf(3), "aliasesPerPhone", BigDecimal.valueOf(3), "personsPerPhone",
            BigDecimal.valueOf(2), "employerIsLandlord", BigDecimal.valueOf(3), "ads", BigDecimal.ONE);

    @Test
    void traffickingIndicatorsInTruthAreWhatTheFilesGiveAndSeparatePlantedFromLookAlikes() {
        List<JsonNode> all = cases("traffickingNetwork");
        assertThat(all).extracting(c -> c.get("caseId").asString()).containsExactly("trafficking-seksueel-1", "trafficking-arbeid-1",
                "trafficking-lookalike-groot-gezin-1", "trafficking-lookalike-massagesalon-1");
        for (JsonNode c : all) {
            Map<String, BigDecimal> computed = trafficking(c);
            Map<String, BigDecimal> recorded = indicators(c);
            assertThat(recorded).isNotEmpty();
            recorded.forEach((name, value) -> assertThat(computed.get(name)).as(c.get("caseId").asString() + " " + name).isEqualByComparingTo(value));
            TRAFFICKING_THRESHOLDS.forEach((name, threshold) -> {
                if (recorded.containsKey(name)) {
                    if (c.get("planted").asBoolean()) {
                        assertThat(recorded.get(name)).as(c.get("caseId").asString() + " " + name).isGreaterThanOrEqualTo(threshold);
                    } else if (!name.equals("ads")) {
                        assertThat(recorded.get(name)).as(c.get("caseId").asString() + " " + name).isLessThan(threshold);
                    }
                }
            });
        }
    }

    @Test
    void lookAlikesShareTheSurfaceOfTheirCase() {
        // The big family has more people at one address than the victims' house; the salon reuses one phone on several ads.
        JsonNode family = find("trafficking-lookalike-groot-gezin-1");
        assertThat(trafficking(family).get("personsPerAddress")).isEqualByComparingTo(family.get("parameters").get("personsPerAddress").decimalValue())
                .isGreaterThan(indicators(find("trafficking-seksueel-1")).get("personsPerAddress"));
        JsonNode salon = find("trafficking-lookalike-massagesalon-1");
        assertThat(trafficking(salon).get("adsPerPhone")).isEqualByComparingTo(salon.get("parameters").get("adsPerPhone").decimalValue())
                .isGreaterThanOrEqualTo(BigDecimal.valueOf(3));
        JsonNode flagged = find("trafficking-seksueel-1");
        String suspect = withRole(flagged, "victimSuspect").iterator().next();
        assertThat(flagged.get("parameters").get("protectiveFlag").get("person").asString()).isEqualTo(suspect);
        assertThat(flagged.get("parameters").get("protectiveFlag").get("reason").asString()).contains("slachtoffer en verdachte");
        assertThat(sector(find("sector-lookalike-broers-1")).get("familyControllers")).isEqualByComparingTo(BigDecimal.valueOf(2));
    }
}
