package nl.spoor.api.sectornetworks;

import org.junit.jupiter.api.Test;
import nl.spoor.api.evidence.Evidence;
import nl.spoor.api.testing.PlantedWorld;

class ScratchExploreTest {
    @Test
    void explore() {
        var w = PlantedWorld.small(Integer.getInteger("seed", 7));
        SectorNetworks n = new SectorNetworks(new SectorReads(w.store(), SectorLimits.defaults()), new Evidence(w.store()));
        for (String sbi : new String[] {"81.22", "96.02", "81.22", "96.02"}) {
            var q = SectorNetworkQuery.of(sbi, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
            long t = System.nanoTime();
            var c = n.search(q, 4, null);
            System.out.println("### " + sbi + " total " + c.totalCount() + " in " + (System.nanoTime() - t) / 1_000_000 + " ms");
            c.edges().forEach(e -> {
                var x = e.node();
                System.out.println(x.rank() + " " + x.score() + " " + x.id() + " firms=" + x.firms().stream().map(f -> f.firm().spoorId()).toList());
                x.indicators().forEach(i -> System.out.println("   " + i));
                System.out.println("   subjects " + x.subjects());
                System.out.println("   keyFigures " + x.keyFigures());
                x.evidence().forEach(p -> System.out.println("   path " + p.description() + " steps=" + p.steps().size()));
                System.out.println("   sources " + x.sources().size());
                System.out.println("   EXPL " + x.explanation());
            });
        }
        w.cases("sectorNetwork", true).forEach(c -> System.out.println(c.get("caseId") + " " + c.get("indicators") + " companies " + PlantedWorld.withRole(c, "company")));
        w.cases("sectorNetwork", false).forEach(c -> System.out.println(c.get("caseId") + " " + c.get("indicators") + " companies " + PlantedWorld.withRole(c, "company")));
    }
}
