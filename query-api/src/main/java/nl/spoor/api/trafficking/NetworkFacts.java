package nl.spoor.api.trafficking;

import java.time.LocalDate;
import java.util.List;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * What the graph holds around one controller candidate, as {@code TraffickingNetworks.network.cypher}
 * returns it: plain facts with the element ids of the relationships that show them (of tenancies and residents only
 * when read with details: null otherwise). Who pays the controller is always read, the payments themselves (amounts,
 * days, evidence), the members' names and birth dates and what they do only with details: empty or null otherwise.
 * {@code homePlaces}: the places of the let addresses where anyone of the network lives in the period, read only for a
 * controller seen driving (the transport indicator's places). No judgement here;
 * {@link NetworkAssessment} measures the indicators.
 */
record NetworkFacts(String controller, String name, List<Member> members, List<String> family, List<Firm> companies,
                    List<Tenancy> tenancies, List<String> payers, List<Payment> payments, List<Employment> employments, List<Resident> residents,
                    List<String> homePlaces, List<Stay> stays, List<PhoneUser> phoneUsers, List<AdOnPhone> ads, List<Sighting> sightings, List<Act> acts) {

    record Member(String person, String name, LocalDate birthDate) {
    }

    record Firm(String company, String name, String rel) {
        /** The name, or the Spoor id when no usable source states one. */
        String label() {
            return name == null ? company : name;
        }
    }

    /** {@code party} (the controller or a firm) lets a room at {@code address} to {@code person}. */
    record Tenancy(String person, String party, String address, String rel) {
    }

    /** {@code person} pays the controller: sender's HOLDS_ACCOUNT, the TRANSFER, the controller's HOLDS_ACCOUNT. */
    record Payment(String person, double amount, LocalDate date, List<String> rels) {
    }

    record Employment(String person, String employer, String rel) {
    }

    /**
     * Registered at a let address in the period; {@code related}: has a family tie to another resident there. Without
     * details (the ranking read) only the residents of a let address with at least as many registrations as the
     * indicator's threshold (where it can fire), and whether they are related only where as many of them are left; at
     * other addresses {@code related} is false. {@link NetworkFacts#homePlaces} are read apart, for transport.
     */
    record Resident(String address, String place, String person, boolean related, String rel) {
    }

    record Stay(String person, String address, String place, LocalDate from, LocalDate until, String rel) {
    }

    record PhoneUser(String phone, String user, String rel) {
    }

    /** An ad on a phone of the network: its USES_PHONE and (when it names one) ADVERTISES_WITH. */
    record AdOnPhone(String phone, String ad, String alias, String person, List<String> rels) {
    }

    /** The controller seen driving a vehicle not registered to him; owner and its REGISTERED_OWNER when known. */
    record Sighting(String vehicle, LocalDate date, String place, String rel, String owner, String ownerName, String ownerRel) {
    }

    /** What a member does for the controller: {@code collects} money of, {@code advertises} or {@code lets} to {@code other}. */
    record Act(String person, String other, String act, List<String> rels) {
    }

    static NetworkFacts of(Record r) {
        return new NetworkFacts(r.get("controller").asString(), text(r.get("name")),
                r.get("members").asList(v -> new Member(v.get("person").asString(), text(v.get("name")), date(v.get("birthDate")))),
                r.get("family").asList(Value::asString),
                r.get("companies").asList(v -> new Firm(v.get("company").asString(), text(v.get("name")), v.get("rel").asString())),
                r.get("tenancies").asList(v -> new Tenancy(v.get("person").asString(), v.get("party").asString(), text(v.get("address")),
                        text(v.get("rel")))),
                r.get("payers").asList(Value::asString),
                r.get("payments").asList(v -> new Payment(v.get("person").asString(), v.get("amount").asDouble(), date(v.get("date")),
                        v.get("rels").asList(Value::asString))),
                r.get("employments").asList(v -> new Employment(v.get("person").asString(), v.get("employer").asString(), v.get("rel").asString())),
                r.get("residents").asList(v -> new Resident(v.get("address").asString(), text(v.get("place")), v.get("person").asString(),
                        v.get("related").asBoolean(), text(v.get("rel")))),
                r.get("homePlaces").asList(Value::asString),
                r.get("stays").asList(v -> new Stay(v.get("person").asString(), v.get("address").asString(), text(v.get("place")),
                        date(v.get("from")), date(v.get("until")), v.get("rel").asString())),
                r.get("phoneUsers").asList(v -> new PhoneUser(v.get("phone").asString(), v.get("user").asString(), v.get("rel").asString())),
                r.get("ads").asList(v -> new AdOnPhone(v.get("phone").asString(), v.get("ad").asString(), text(v.get("alias")),
                        text(v.get("person")), v.get("rels").asList(x -> x.isNull() ? null : x.asString()).stream()
                        .filter(java.util.Objects::nonNull).toList())),
                r.get("sightings").asList(v -> new Sighting(v.get("vehicle").asString(), date(v.get("date")), text(v.get("place")),
                        v.get("rel").asString(), v.get("owner").isNull() ? null : v.get("owner").get("owner").asString(),
                        v.get("owner").isNull() ? null : text(v.get("owner").get("name")),
                        v.get("owner").isNull() ? null : v.get("owner").get("rel").asString())),
                r.get("acts").asList(v -> new Act(v.get("person").asString(), v.get("other").asString(), v.get("act").asString(),
                        v.get("rels").asList(Value::asString))));
    }

    private static String text(Value v) {
        return v == null || v.isNull() ? null : v.asString();
    }

    /** A date, read as the result guard reads birth dates (also yyyy-mm-dd text), so both decide "minor" alike. */
    private static LocalDate date(Value v) {
        return nl.spoor.api.visibility.ResultGuard.date(v);
    }

    /** The controller's name, or the Spoor id when no usable source states one. */
    String controllerName() {
        return name == null ? controller : name;
    }

    String nameOf(String person) {
        if (person.equals(controller)) {
            return controllerName();
        }
        // A member's name is null when read without details, or when no usable source states it: the id stands in.
        return members.stream().filter(m -> m.person().equals(person)).findFirst().map(Member::name).orElse(person);
    }
}
