package nl.spoor.api.sectornetworks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import nl.spoor.api.spread.SpreadReads;
import nl.spoor.api.visibility.View;
import nl.spoor.model.cypher.CypherResource;

/**
 * What the network does with people and money, measured for all networks of a query in three reads: the houses it
 * owns or lets with the persons registered there (overbewoning), its workers and whether it houses them (employer =
 * landlord), and the part of their wages that went on to its members within days. Stateless.
 */
final class NetworkMeasures {

    private static final String HOUSING = CypherResource.load(NetworkMeasures.class, "NetworkMeasures.housing.cypher");
    private static final String WORKERS = CypherResource.load(NetworkMeasures.class, "NetworkMeasures.workers.cypher");
    private static final String MONEY = CypherResource.load(NetworkMeasures.class, "NetworkMeasures.money.cypher");
    /** Evidence steps shown per path: enough to check, few enough to read. */
    static final int STEPS_SHOWN = 12;

    record Housing(String address, String owner, List<String> via, List<String> residents, List<String> residentVia) {
    }

    record Worker(String worker, String employed, String landlord, String rented, String address, String lives) {

        boolean housed() {
            return rented != null || lives != null;
        }
    }

    record Forward(String id, double amount, String member, String wage, long days) {
    }

    /** The measures of one network. */
    record Measures(List<Housing> housing, List<Worker> workers, double wagesPaid, long wageCount, List<Forward> forwards) {

        double forwarded() {
            return forwards.stream().mapToDouble(Forward::amount).sum();
        }
    }

    private NetworkMeasures() {
    }

    /**
     * The measures of every network, from the relationships and entities {@code view} may use. The networks are measured
     * in chunks on the read threads ({@link SpreadReads}): each network's measures are its own (on
     * large's SBI 81.22, 2,719 networks, the three reads took 1.2–1.3 s on one thread).
     */
    static Map<String, Measures> measure(SectorReads reads, List<NetworkStructure> networks, SectorNetworkQuery q, View view) {
        long begin = System.nanoTime();
        Map<String, NetworkStructure> byId = new LinkedHashMap<>();
        networks.forEach(s -> byId.put(s.network().id(), s));
        Map<String, Measures> out = new HashMap<>();
        reads.spread().read(List.copyOf(byId.keySet()), reads.limits().timeout().minusNanos(System.nanoTime() - begin),
                (chunk, timeout) -> List.copyOf(measureChunk(reads, chunk.stream().map(id -> byId.containsKey(id) ? byId.get(id) : placeholder(id, q)).toList(), q, view,
                        timeout).entrySet())).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** A network of one firm, for the chunk a plan warm-up plans (its ids are placeholders, no network's). */
    static NetworkStructure placeholder(String id, SectorNetworkQuery q) {
        SectorFirms.Firm firm = new SectorFirms.Firm(id, null, q.sbi(), null, null, null, List.of());
        return NetworkStructure.of(new SectorFirms.Network(id, List.of(firm), List.of()), q);
    }

    /** The measures of {@code networks} in three reads, all ending within {@code timeout}. */
    private static Map<String, Measures> measureChunk(SectorReads reads, List<NetworkStructure> networks, SectorNetworkQuery q, View view,
                                                      Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Object> params = new HashMap<>();
        params.put("since", q.since());
        params.put("until", q.until());
        params.put("forwardWindowDays", q.forwardWindowDays());
        List<Map<String, Object>> nets = new ArrayList<>();
        for (NetworkStructure s : networks) {
            Map<String, Object> net = new HashMap<>();
            net.put("id", s.network().id());
            net.put("firms", s.network().firms().stream().map(SectorFirms.Firm::id).toList());
            net.put("members", List.copyOf(s.members()));
            net.put("owners", List.copyOf(s.owners()));
            nets.add(net);
        }
        params.put("networks", nets);
        Map<String, List<Housing>> housing = new HashMap<>();
        for (Record r : reads.read(HOUSING, params, view, SpreadReads.left(deadline))) {
            housing.put(r.get("id").asString(), r.get("addresses").asList(v -> new Housing(v.get("address").asString(), v.get("owner").asString(),
                    v.get("via").asList(Value::asString), v.get("residents").asList(x -> x.get("person").asString()),
                    v.get("residents").asList(x -> x.get("via").asString()))));
        }
        nets.forEach(n -> n.put("ownedAddresses", housing.getOrDefault((String) n.get("id"), List.of()).stream().map(Housing::address).toList()));
        Map<String, List<Worker>> workers = new HashMap<>();
        for (Record r : reads.read(WORKERS, params, view, SpreadReads.left(deadline))) {
            workers.put(r.get("id").asString(), r.get("workers").asList(v -> new Worker(v.get("worker").asString(), v.get("employed").asString(),
                    text(v.get("landlord")), text(v.get("rented")), text(v.get("address")), text(v.get("lives")))));
        }
        nets.forEach(n -> n.put("workers", workers.getOrDefault((String) n.get("id"), List.of()).stream().map(Worker::worker).toList()));
        Map<String, Measures> out = new LinkedHashMap<>();
        for (Record r : reads.read(MONEY, params, view, SpreadReads.left(deadline))) {
            String id = r.get("id").asString();
            Map<String, Forward> forwards = new LinkedHashMap<>();
            r.get("forwards").asList(v -> new Forward(v.get("id").asString(), v.get("amount").asDouble(), text(v.get("member")),
                    v.get("wage").asString(), v.get("days").asLong())).forEach(f -> forwards.putIfAbsent(f.id(), f));
            out.put(id, new Measures(housing.getOrDefault(id, List.of()), workers.getOrDefault(id, List.of()),
                    r.get("wagesPaid").asDouble(), r.get("wageCount").asLong(), List.copyOf(forwards.values())));
        }
        return out;
    }

    /** maxPersonsPerAddress, employerLandlordShare and forwardedFraction of one network, with their evidence. */
    static Map<String, Finding> findings(Measures m, SectorNetworkQuery q) {
        Map<String, Finding> out = new LinkedHashMap<>();
        Housing top = m.housing().stream().max(Comparator.comparingInt(h -> h.residents().size())).orElse(null);
        int most = top == null ? 0 : top.residents().size();
        long overcrowded = m.housing().stream().filter(h -> h.residents().size() >= q.overcrowdedFrom()).count();
        Finding persons = Finding.of(most, m.housing().isEmpty() ? "the network owns or lets no address"
                : "up to " + most + " persons not of the network registered at one address it owns or lets (" + (top == null ? "" : top.address())
                + "); " + overcrowded + " of its " + m.housing().size() + " addresses have " + q.overcrowdedFrom() + " or more");
        m.housing().stream().filter(h -> h.residents().size() >= q.overcrowdedFrom()).forEach(h -> {
            List<String> ids = new ArrayList<>(h.via());
            ids.addAll(h.residentVia().stream().limit(STEPS_SHOWN).toList());
            persons.path(h.residents().size() + " persons registered at " + h.address() + ", owned or let by " + h.owner(), ids);
        });
        out.put("maxPersonsPerAddress", persons);

        long housed = m.workers().stream().filter(Worker::housed).count();
        double share = m.workers().isEmpty() ? 0 : (double) housed / m.workers().size();
        Finding landlord = Finding.of(share, housed + " of " + m.workers().size() + " workers rent from the network or live at an address it owns");
        List<String> ids = new ArrayList<>();
        m.workers().stream().filter(Worker::housed).limit(STEPS_SHOWN / 2).forEach(w -> {
            ids.add(w.employed());
            ids.add(w.rented() != null ? w.rented() : w.lives());
        });
        landlord.path("Workers employed and housed by the network (employer = landlord)", ids);
        out.put("employerLandlordShare", landlord);

        double forwarded = m.forwarded();
        double fraction = m.wagesPaid() == 0 ? 0 : forwarded / m.wagesPaid();
        long maxDays = m.forwards().stream().mapToLong(Forward::days).max().orElse(0);
        Finding money = Finding.of(fraction, m.wageCount() == 0 ? "no wages paid by the network's accounts to its workers"
                : NetworkReport.euros(forwarded) + " of " + NetworkReport.euros(m.wagesPaid()) + " in wages (" + m.wageCount() + " payments) went on to network members within "
                + q.forwardWindowDays() + " days" + (m.forwards().isEmpty() ? "" : " (at most " + maxDays + " days after the wage)"));
        m.forwards().stream().sorted(Comparator.comparingDouble(Forward::amount).reversed()).limit(STEPS_SHOWN / 4)
                .forEach(f -> money.path("Wage forwarded " + f.days() + (f.days() == 1 ? " day" : " days") + " later to " + f.member(),
                        List.of(f.wage(), f.id())));
        out.put("forwardedFraction", money);
        return out;
    }

    private static String text(Value v) {
        return v == null || v.isNull() ? null : v.asString();
    }
}
