package nl.spoor.api.sectornetworks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.spoor.api.entity.EntityViews.EntityRef;
import nl.spoor.api.evidence.Evidence;
import nl.spoor.api.evidence.EvidenceViews.EvidencePath;
import nl.spoor.api.graphql.OffsetCursors;
import nl.spoor.api.graphql.QueryRefused;
import nl.spoor.api.sectornetworks.NetworkMeasures.Measures;
import nl.spoor.api.sectornetworks.SectorNetworkViews.KeyFigure;
import nl.spoor.api.sectornetworks.SectorNetworkViews.NetworkFirm;
import nl.spoor.api.sectornetworks.SectorNetworkViews.PageInfo;
import nl.spoor.api.sectornetworks.SectorNetworkViews.SectorNetwork;
import nl.spoor.api.sectornetworks.SectorNetworkViews.SectorNetworkConnection;
import nl.spoor.api.sectornetworks.SectorNetworkViews.SectorNetworkEdge;
import nl.spoor.api.visibility.View;
import nl.spoor.model.cypher.CypherResource;

/**
 * {@code sectorNetworks} (DESIGN §5, glazenwasser-netwerken, any SBI sector): the firms of the sector grouped into
 * networks ({@link SectorFirms}), each judged on its register links ({@link NetworkStructure}) and on what it does
 * with workers and wages ({@link NetworkMeasures}), ranked by score; evidence and captions are read for one page only.
 * Every firm, link, measure, caption and evidence step is read through the request's {@link View}: a fact no usable
 * source states counts for nothing. Thread-safe.
 */
@Component
public class SectorNetworks {

    private static final String REFS = CypherResource.load(SectorNetworks.class, "SectorNetworks.refs.cypher");
    private static final String CURSOR_TAG = "sector:";

    private final SectorReads reads;
    private final Evidence evidence;

    SectorNetworks(SectorReads reads, Evidence evidence) {
        this.reads = reads;
        this.evidence = evidence;
    }

    /** For callers that serve no user request (tests, benchmarks): every source. */
    SectorNetworkConnection search(SectorNetworkQuery q, Integer first, String after) {
        return search(q, first, after, View.internal());
    }

    SectorNetworkConnection search(SectorNetworkQuery q, Integer first, String after, View view) {
        int size = first == null ? 20 : first;
        if (size < 0) {
            throw new IllegalArgumentException("first must be 0 or more, got " + size);
        }
        if (size > reads.limits().maxPage()) {
            throw new QueryRefused(QueryRefused.Limit.PAGE_SIZE, "first " + size + " is more than " + reads.limits().maxPage()
                    + " networks per page (SPOOR_SECTOR_MAX_PAGE); page on with `after`.");
        }
        int offset = offset(after);
        List<NetworkReport> ranked = rank(q, view);
        List<SectorNetworkEdge> edges = new ArrayList<>();
        for (int i = offset; i < Math.min(ranked.size(), offset + size); i++) {
            edges.add(new SectorNetworkEdge(cursor(i), network(i + 1, ranked.get(i), q, view)));
        }
        boolean more = offset + size < ranked.size();
        return new SectorNetworkConnection(q.describe(), edges, new PageInfo(more, edges.isEmpty() ? null : edges.getLast().cursor()), ranked.size());
    }

    /** Every network of the sector with its score at or above minScore, highest first (then most firms, then id). */
    List<NetworkReport> rank(SectorNetworkQuery q, View view) {
        List<NetworkStructure> structures = SectorFirms.networks(reads, q, view).stream().map(n -> NetworkStructure.of(n, q)).toList();
        if (structures.isEmpty()) {
            return List.of();
        }
        Map<String, Measures> measures = NetworkMeasures.measure(reads, structures, q, view);
        return structures.stream().map(s -> NetworkReport.of(s, measures.get(s.network().id()), q))
                .filter(r -> r.score() >= q.minScore())
                .sorted(Comparator.comparingDouble(NetworkReport::score).reversed()
                        .thenComparing(r -> -r.structure().network().firms().size())
                        .thenComparing(r -> r.structure().network().id()))
                .toList();
    }

    private SectorNetwork network(int rank, NetworkReport r, SectorNetworkQuery q, View view) {
        Map<String, EntityRef> refs = refs(r.namedIds(), view);
        Map<String, String> captions = new HashMap<>();
        refs.forEach((id, ref) -> captions.put(id, ref.caption()));
        Map<String, List<String>> paths = new LinkedHashMap<>();
        r.findings().values().forEach(f -> f.evidence().forEach((d, ids) -> paths.merge(NetworkReport.caption(d, captions), ids,
                (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().toList())));
        List<EvidencePath> evidencePaths = evidence.paths(paths, view);
        List<NetworkFirm> firms = r.structure().network().firms().stream().map(f -> new NetworkFirm(ref(refs, f.id()), f.sbiCode(),
                f.start() == null ? null : f.start().toString(), f.end() == null ? null : f.end().toString(), f.permit(),
                r.structure().controllers().entrySet().stream().filter(e -> e.getValue().contains(f.id())).map(e -> ref(refs, e.getKey())).toList()))
                .toList();
        List<KeyFigure> figures = r.keyFigures().stream().map(f -> new KeyFigure(ref(refs, f.id()), f.firmsControlled(), f.accountsCoHeld(),
                f.workersHoused(), f.receivedFromWorkers())).toList();
        List<nl.spoor.api.evidence.EvidenceViews.Indicator> indicators = r.indicators().stream()
                .map(i -> new nl.spoor.api.evidence.EvidenceViews.Indicator(i.name(), NetworkReport.caption(i.explanation(), captions), i.value(),
                        i.threshold(), i.fired(), i.weight())).toList();
        return new SectorNetwork(r.structure().network().id(), rank, r.score(), r.subjects().stream().map(f -> ref(refs, f.id())).toList(), firms,
                figures, indicators, evidencePaths, Evidence.sources(evidencePaths), r.explanation(q, captions));
    }

    Map<String, EntityRef> refs(List<String> ids, View view) {
        Map<String, EntityRef> out = new HashMap<>();
        reads.read(REFS, Map.of("ids", ids), view).forEach(rec -> out.put(rec.get("spoorId").asString(),
                new EntityRef(rec.get("spoorId").asString(), rec.get("kind").asString(), rec.get("caption").asString())));
        return out;
    }

    private static EntityRef ref(Map<String, EntityRef> refs, String id) {
        return refs.getOrDefault(id, new EntityRef(id, "Entity", id));
    }

    private static int offset(String after) {
        return OffsetCursors.offsetAfter(CURSOR_TAG, after);
    }

    private static String cursor(int index) {
        return OffsetCursors.cursor(CURSOR_TAG, index);
    }
}
