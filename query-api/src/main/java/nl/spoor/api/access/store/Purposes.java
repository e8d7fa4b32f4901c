package nl.spoor.api.access.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.neo4j.driver.Value;

import nl.spoor.api.access.Purpose;

/**
 * Cases, signals and HHKPs as Spoor manages them:
 * {@code (:SpoorPurpose {id, kind, title, legalBasis, partners, members, active, created})}.
 */
public final class Purposes {

    private final AccessGraph graph;

    public Purposes(AccessGraph graph) {
        this.graph = graph;
    }

    /** Registers a purpose; refuses an id in use, a purpose without legal basis or without title. */
    public RegisteredPurpose add(Purpose purpose, Collection<String> members) {
        check(purpose);
        RegisteredPurpose registered = new RegisteredPurpose(purpose, new TreeSet<>(members), true);
        boolean created = graph.write(tx -> tx.run("""
                OPTIONAL MATCH (existing:SpoorPurpose {id: $id})
                WITH existing WHERE existing IS NULL
                CREATE (:SpoorPurpose {id: $id, kind: $kind, title: $title, legalBasis: $basis, partners: $partners,
                        members: $members, active: true, created: datetime()})
                RETURN true AS created""", Map.of("id", purpose.id(), "kind", purpose.kind().name(), "title", purpose.title(),
                "basis", purpose.legalBasis(), "partners", List.copyOf(new TreeSet<>(purpose.partners())),
                "members", List.copyOf(registered.members()))).hasNext());
        if (!created) {
            throw new IllegalArgumentException("purpose '" + purpose.id() + "' exists already");
        }
        return registered;
    }

    /** Registers the purpose unless one with its id exists; adds the members either way. For the demo and benchmarks. */
    public RegisteredPurpose ensure(Purpose purpose, Collection<String> members) {
        if (find(purpose.id()).isEmpty()) {
            return add(purpose, members);
        }
        members.forEach(m -> addMember(purpose.id(), m));
        return find(purpose.id()).orElseThrow();
    }

    public Optional<RegisteredPurpose> find(String id) {
        return graph.read(tx -> tx.run("MATCH (p:SpoorPurpose {id: $id}) RETURN p", Map.of("id", id == null ? "" : id))
                .list(r -> purpose(r.get("p"))).stream().findFirst());
    }

    public List<RegisteredPurpose> all() {
        return graph.read(tx -> tx.run("MATCH (p:SpoorPurpose) RETURN p ORDER BY p.id").list(r -> purpose(r.get("p"))));
    }

    /** The open purposes this user is a member of, by id. */
    public List<RegisteredPurpose> of(String username) {
        return graph.read(tx -> tx.run("MATCH (p:SpoorPurpose) WHERE $username IN p.members RETURN p ORDER BY p.id",
                Map.of("username", username)).list(r -> purpose(r.get("p"))));
    }

    /** Every partner that delivered a source now in the graph: the partners of a purpose that may use everything (demo, tests, benchmarks). */
    public Set<String> sourcePartners() {
        return graph.read(tx -> new TreeSet<>(tx.run("MATCH (s:Source) WHERE s.partner IS NOT NULL RETURN collect(DISTINCT s.partner) AS p")
                .single().get("p").asList(Value::asString)));
    }

    public RegisteredPurpose addMember(String id, String username) {
        return update(id, "SET p.members = CASE WHEN $username IN p.members THEN p.members ELSE p.members + $username END", username);
    }

    public RegisteredPurpose removeMember(String id, String username) {
        return update(id, "SET p.members = [m IN p.members WHERE m <> $username]", username);
    }

    /** Closes a purpose: it can no longer be used for any request. */
    public RegisteredPurpose close(String id) {
        return update(id, "SET p.active = false", "");
    }

    private RegisteredPurpose update(String id, String set, String username) {
        return graph.write(tx -> tx.run("MATCH (p:SpoorPurpose {id: $id}) " + set + " RETURN p", Map.of("id", id, "username", username))
                .list(r -> purpose(r.get("p")))).stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no purpose '" + id + "'"));
    }

    private static void check(Purpose purpose) {
        if (purpose.id().isBlank() || !purpose.id().strip().equals(purpose.id())) {
            throw new IllegalArgumentException("a purpose id must not be empty nor start or end with spaces: '" + purpose.id() + "'");
        }
        if (purpose.title() == null || purpose.title().isBlank()) {
            throw new IllegalArgumentException("purpose '" + purpose.id() + "' needs a title (--title)");
        }
        if (purpose.legalBasis().isBlank()) {
            throw new IllegalArgumentException("purpose '" + purpose.id() + "' needs a legal basis (--basis), e.g. \"WGS art. 2.3\"");
        }
    }

    private static RegisteredPurpose purpose(Value p) {
        Purpose purpose = new Purpose(p.get("id").asString(), Purpose.Kind.valueOf(p.get("kind").asString()), p.get("title").asString(""),
                p.get("legalBasis").asString(""), new TreeSet<>(p.get("partners").asList(Value::asString)));
        return new RegisteredPurpose(purpose, new TreeSet<>(p.get("members").asList(Value::asString)), p.get("active").asBoolean(true));
    }
}
