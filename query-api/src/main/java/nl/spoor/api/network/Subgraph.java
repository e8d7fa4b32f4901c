package nl.spoor.api.network;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.stereotype.Component;

import nl.spoor.api.graphql.QueryRefused;
import nl.spoor.api.paths.LinkFilter;
import nl.spoor.api.visibility.View;
import nl.spoor.model.cypher.CypherResource;
import nl.spoor.model.store.SpoorStore;

/**
 * Reads the network to analyse with Cypher, in one read transaction: the entities (around one entity,
 * ring by ring, or a set given with the places and addresses its members are linked to) and every
 * relationship the filter allows between them. Refuses a network over the node cap before reading it whole.
 */
@Component
class Subgraph {

    private static final String RING = CypherResource.load(Subgraph.class, "Subgraph.ring.cypher");
    private static final String LOCATIONS = CypherResource.load(Subgraph.class, "Subgraph.locations.cypher");
    private static final String LINKS = CypherResource.load(Subgraph.class, "Subgraph.links.cypher");

    /** A relationship between two entities of the network, in its stored direction. */
    record Link(String from, String to, String type, String id) {
    }

    /** The entities (sorted by Spoor id) and the relationships between them. */
    record Network(List<String> entities, List<Link> links) {
    }

    private final SpoorStore store;
    private final NetworkLimits limits;

    Subgraph(SpoorStore store, NetworkLimits limits) {
        this.store = store;
        this.limits = limits;
    }

    /** The entities within {@code hops} of {@code center}, not expanding from hubs (the center always is). */
    Network around(String center, int hops, LinkFilter filter, View view) {
        return read(tx -> {
            Set<String> seen = new LinkedHashSet<>(List.of(center));
            List<String> frontier = List.of(center);
            for (int ring = 1; ring <= hops && !frontier.isEmpty(); ring++) {
                Map<String, Object> p = filter.params();
                p.putAll(view.params());
                p.put("frontier", frontier);
                p.put("seen", List.copyOf(seen));
                p.put("limit", limits.maxNodes() - seen.size() + 1);
                List<String> next = new ArrayList<>();
                for (var r : tx.run(RING, p).list()) {
                    seen.add(r.get("id").asString());
                    if (!r.get("hub").asBoolean()) {
                        next.add(r.get("id").asString());
                    }
                }
                tooLarge(seen.size(), "the neighbourhood of " + center + " within " + ring + " hop" + (ring == 1 ? "" : "s"));
                frontier = next;
            }
            return links(tx, new TreeSet<>(seen), filter, view);
        });
    }

    /** The given entities and the addresses and places they are linked to. */
    Network of(List<String> entities, LinkFilter filter, View view) {
        tooLarge(new TreeSet<>(entities).size(), "the " + entities.size() + " entities given");
        return read(tx -> {
            Set<String> all = new TreeSet<>(entities);
            Map<String, Object> p = filter.params();
            p.putAll(view.params());
            p.put("ids", List.copyOf(all));
            p.put("limit", limits.maxNodes() - all.size() + 1);
            tx.run(LOCATIONS, p).list().forEach(r -> all.add(r.get("id").asString()));
            tooLarge(all.size(), "the " + entities.size() + " entities given with the addresses and places they are linked to");
            return links(tx, all, filter, view);
        });
    }

    private Network links(TransactionContext tx, Set<String> entities, LinkFilter filter, View view) {
        Map<String, Object> p = filter.params();
        p.putAll(view.params());
        p.put("ids", List.copyOf(entities));
        List<Link> links = tx.run(LINKS, p).list(r -> new Link(r.get("from").asString(), r.get("to").asString(), r.get("type").asString(),
                r.get("id").asString()));
        return new Network(List.copyOf(entities), links);
    }

    private void tooLarge(int nodes, String what) {
        if (nodes > limits.maxNodes()) {
            throw new QueryRefused(QueryRefused.Limit.TOO_MANY_NODES, "The network of " + what + " has more than " + limits.maxNodes()
                    + " entities (SPOOR_NETWORK_MAX_NODES): betweenness grows with entities × relationships, too slow to answer. "
                    + "Narrow it: fewer hops, fewer relationshipTypes, kinds to leave out (avoid), a period (since/until) or a lower hubCap.");
        }
    }

    private Network read(java.util.function.Function<TransactionContext, Network> work) {
        try (var s = store.driver().session(store.sessionConfig())) {
            return s.executeRead(work::apply, TransactionConfig.builder().withTimeout(limits.timeout()).build());
        } catch (Neo4jException e) {
            if (QueryRefused.timedOut(e)) {
                throw new QueryRefused(QueryRefused.Limit.TIMEOUT, "Reading the network was stopped after " + limits.timeout().toSeconds()
                        + " s (SPOOR_NETWORK_TIMEOUT). Narrow it: fewer hops, fewer relationshipTypes or a lower hubCap.");
            }
            throw e;
        }
    }
}
