package nl.spoor.api.detectors;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import nl.spoor.api.evidence.Evidence;
import nl.spoor.api.moneytrail.TrailLimits;
import nl.spoor.api.testing.PlantedWorld;

class TuneSeed7Test {

    @Test
    void print() {
        int seed = Integer.getInteger("tune.seed", 7);
        PlantedWorld w = PlantedWorld.small(seed);
        MoneyDetectors d = new MoneyDetectors(w.store(), new TrailLimits(6, Duration.ofSeconds(120), 5000, 200));
        Evidence ev = new Evidence(w.store());
        for (String t : new String[] {"muleChain", "structuring", "abcTransaction"}) {
            w.cases(t, true).forEach(c -> System.out.println("PLANTED " + c.get("caseId") + " " + c.get("subjects")));
            w.cases(t, false).forEach(c -> System.out.println("LOOKALIKE " + c.get("caseId") + " " + c.get("subjects")));
        }
        long t0 = System.nanoTime();
        var pt = new PassThroughDetector(d, ev).detect(PassThroughDetector.Query.of(null, null, null, null, null, null, null, null, null, null, null), null, 30, null);
        System.out.println("passThrough " + pt.totalCount() + " in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        pt.edges().forEach(e -> System.out.println(e.node().rank() + " " + e.node().score() + " " + e.node().subject().spoorId() + " "
                + e.node().indicators().stream().map(i -> i.name() + "=" + Math.round(i.value() * 100) / 100.0 + (i.fired() ? "!" : "")).toList()
                + "\n   " + e.node().explanation()));
        t0 = System.nanoTime();
        var st = new StructuringDetector(d, ev).detect(StructuringDetector.Query.of(null, null, null, null, null, null, null, null, null, null), null, 30, null);
        System.out.println("structuring " + st.totalCount() + " in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        st.edges().forEach(e -> System.out.println(e.node().rank() + " " + e.node().score() + " " + e.node().subject().spoorId() + " "
                + e.node().indicators().stream().map(i -> i.name() + "=" + Math.round(i.value() * 100) / 100.0 + (i.fired() ? "!" : "")).toList()
                + "\n   " + e.node().explanation()));
        t0 = System.nanoTime();
        var ab = new AbcDetector(d, ev).detect(AbcDetector.Query.of(null, null, null, null, null, null), null, 30, null);
        System.out.println("abc " + ab.totalCount() + " in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        ab.edges().forEach(e -> System.out.println(e.node().rank() + " " + e.node().score() + " " + e.node().subject().spoorId() + " "
                + e.node().indicators().stream().map(i -> i.name() + "=" + Math.round(i.value() * 100) / 100.0 + (i.fired() ? "!" : "")).toList()
                + "\n   " + e.node().explanation() + "\n   " + e.node().evidence().stream().map(p -> p.description() + ":" + p.steps().size()).toList()));
    }
}
