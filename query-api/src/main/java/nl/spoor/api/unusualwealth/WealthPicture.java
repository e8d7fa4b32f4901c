package nl.spoor.api.unusualwealth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * What the graph holds on one person's household for the period, as {@code UnusualWealth.picture.cypher}
 * returns it: members, holdings with how they are held, and the income of each member. Relationship
 * element ids are kept for the evidence paths.
 */
record WealthPicture(String person, String name, List<Member> household, List<Holding> holdings, List<Earner> earners) {

    /** How an asset reaches the household. */
    enum Via {
        /** Registered to a person of the household. */
        DIRECT,
        /** Registered to a company a person of the household directs or owns. */
        COMPANY,
        /** Registered to a straw man; a person of the household is seen driving it. */
        STRAW_MAN
    }

    /** A partner or minor child living at the same address; {@code rels} = FAMILY_OF and both LIVES_AT. */
    record Member(String person, String name, String relation, List<String> rels) {
    }

    record Sighting(String rel, String driver, LocalDate date, String place) {
    }

    /**
     * One asset as held. {@code route}: the DIRECTOR_OF/OWNS relationships to the company (COMPANY), or the straw man's
     * DECLARED_INCOME relationships (STRAW_MAN). {@code othersDriving}: persons outside the household seen driving a vehicle.
     */
    record Holding(String asset, String kind, String caption, String holder, String holderKind, String holderName, Via via,
                   List<String> route, String holdingRel, Double strawIncome, Double catalogueValue, LocalDate firstRegistration,
                   Double purchasePrice, Double wozValue, Double amount, Double share, LocalDate acquired, Boolean paidInCash,
                   String address, List<String> othersDriving, Long holderVehicles, Double holderIncome, List<Sighting> sightings) {

        /** What it is worth and on what basis: catalogue value, purchase price, WOZ value or stated amount, times the share held. */
        double value() {
            double v = switch (kind) {
                case "Vehicle" -> orZero(catalogueValue);
                case "RealEstate" -> purchasePrice != null ? purchasePrice : orZero(wozValue);
                default -> orZero(amount);
            };
            return share == null ? v : v * share / 100.0;
        }

        String valueBasis() {
            String basis = switch (kind) {
                case "Vehicle" -> catalogueValue == null ? "no value known" : "catalogue value (RDW)";
                case "RealEstate" -> purchasePrice != null ? "purchase price (Kadaster)" : wozValue != null ? "WOZ value" : "no value known";
                default -> amount == null ? "no value known" : "stated amount";
            };
            return share == null ? basis : basis + " × share " + Money.number(share) + " %";
        }

        boolean acquiredIn(LocalDate since, LocalDate until) {
            return acquired != null && !acquired.isBefore(since) && !acquired.isAfter(until);
        }

        /** CASH, FINANCED (bought, not in cash) or UNKNOWN. */
        String paidWith() {
            return paidInCash == null ? "UNKNOWN" : paidInCash ? "CASH" : "FINANCED";
        }
    }

    record Declared(String rel, int year, double amount) {
    }

    /** A wage (gross a month) or a benefit (paid a month) over its period. */
    record Periodic(String rel, String payer, String what, double monthly, LocalDate from, LocalDate until) {
    }

    record Payment(String rel, LocalDate date, double amount) {
    }

    record Earner(String person, String name, List<Declared> declared, List<Periodic> wages, List<Periodic> benefits, List<Payment> payments) {
    }

    /** The persons the picture covers: the person and the household. */
    List<String> unit() {
        List<String> unit = new ArrayList<>();
        unit.add(person);
        household.forEach(m -> unit.add(m.person()));
        return unit;
    }

    static WealthPicture of(Record r) {
        List<Member> household = r.get("household").asList(v -> new Member(v.get("person").asString(), v.get("name").asString(null),
                v.get("relation").asString(), v.get("rels").asList(Value::asString)));
        // One asset may be reached over several routes (director and owner of the same company): one holding, all routes.
        Map<String, Holding> holdings = new LinkedHashMap<>();
        for (Value v : r.get("holdings").asList(v -> v)) {
            if (v.isNull()) {
                continue;
            }
            Holding h = holding(v);
            holdings.merge(h.holdingRel() + "|" + h.via(), h, (a, b) -> {
                List<String> route = new ArrayList<>(a.route());
                b.route().stream().filter(x -> !route.contains(x)).forEach(route::add);
                return new Holding(a.asset(), a.kind(), a.caption(), a.holder(), a.holderKind(), a.holderName(), a.via(), route, a.holdingRel(),
                        a.strawIncome(), a.catalogueValue(), a.firstRegistration(), a.purchasePrice(), a.wozValue(), a.amount(), a.share(),
                        a.acquired(), a.paidInCash(), a.address(), a.othersDriving(), a.holderVehicles(), a.holderIncome(), a.sightings());
            });
        }
        List<Earner> earners = r.get("income").asList(v -> new Earner(v.get("person").asString(), v.get("name").asString(null),
                v.get("declared").asList(d -> new Declared(d.get("rel").asString(), d.get("year").asInt(), d.get("amount").asDouble())),
                v.get("wages").asList(WealthPicture::periodic), v.get("benefits").asList(WealthPicture::periodic),
                v.get("payments").asList(p -> new Payment(p.get("rel").asString(), p.get("date").asLocalDate(), p.get("amount").asDouble()))));
        return new WealthPicture(r.get("person").asString(), r.get("name").asString(null), household, List.copyOf(holdings.values()), earners);
    }

    private static Holding holding(Value v) {
        return new Holding(v.get("asset").asString(), v.get("kind").asString(), v.get("caption").asString(), v.get("holder").asString(),
                v.get("holderKind").asString(), v.get("holderName").asString(null), Via.valueOf(v.get("via").asString()),
                v.get("route").asList(Value::asString), v.get("holding").asString(), dbl(v.get("strawIncome")), dbl(v.get("catalogueValue")),
                date(v.get("firstRegistration")), dbl(v.get("purchasePrice")), dbl(v.get("wozValue")), dbl(v.get("amount")), dbl(v.get("share")),
                date(v.get("acquired")), v.get("paidInCash").isNull() ? null : v.get("paidInCash").asBoolean(), v.get("address").asString(null),
                v.get("othersDriving").asList(Value::asString), v.get("holderVehicles").isNull() ? null : v.get("holderVehicles").asLong(),
                dbl(v.get("holderIncome")),
                v.get("sightings").asList(s -> new Sighting(s.get("rel").asString(), s.get("driver").asString(), s.get("date").asLocalDate(),
                        s.get("place").asString(null))));
    }

    private static Periodic periodic(Value v) {
        return new Periodic(v.get("rel").asString(), v.get("payer").asString(null), v.get("benefit").asString(null),
                v.get("monthly").isNull() ? 0 : v.get("monthly").asDouble(), date(v.get("from")), date(v.get("until")));
    }

    private static Double dbl(Value v) {
        return v == null || v.isNull() ? null : v.asNumber().doubleValue();
    }

    private static LocalDate date(Value v) {
        return v == null || v.isNull() ? null : v.asLocalDate();
    }

    private static double orZero(Double d) {
        return d == null ? 0 : d;
    }
}
