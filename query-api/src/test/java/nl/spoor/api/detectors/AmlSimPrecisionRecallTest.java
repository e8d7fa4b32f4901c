package nl.spoor.api.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.spoor.api.detectors.FanInOutDetector.Direction;
import nl.spoor.api.detectors.FlowDetections.Scope;
import nl.spoor.api.entity.EntityViews.EntityRef;
import nl.spoor.api.evidence.Evidence;
import nl.spoor.api.moneytrail.TrailLimits;
import nl.spoor.api.spread.SpreadReads;
import nl.spoor.model.testing.TestStore;

/**
 * Account-level precision and recall of the cycle and fan-in detectors on the IBM AMLSim samples
 * (issue 5, done-when 2), each sample loaded through the GraphWriter (AmlSimSample) and the detectors
 * run over the whole sample (scoped by its case). An account is flagged when it takes part in a
 * result: every account of a cycle; the receiving account and every sender of a fan-in's window
 * (AMLSim labels both: a fan-in pattern of ~4.8 labelled accounts is one receiver and its senders).
 * Flagged accounts are compared with {@code isFraud}. The figures are printed; the assertions hold the
 * measured figures: precision 1.000 for cycles and for structured (split-payment) fan-ins, recall far below
 * the 0.9 target because most labelled accounts make no pattern transfer at all: see the README (Detectors,
 * AMLSim) for the ceilings.
 * Loading a sample through the writer takes ~1.5 min here, so by default only the mixed sample (both
 * detectors) runs; {@code -Dspoor.amlsim=all} runs the cycle-only and fan-in-only samples too.
 */
class AmlSimPrecisionRecallTest {

    @RegisterExtension
    static final TestStore NEO4J = TestStore.inProcess();

    static CycleDetector cycles;
    static FanInOutDetector fans;
    static FlowDetections detections;
    static final Map<String, AmlSimSample> SAMPLES = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The AMLSim-appropriate cycle arguments: AMLSim schedules each hop of a cycle on its own random
     * day of the whole 149-day simulation (not in time order) and passes one amount unchanged around it.
     */
    static final CycleDetector.Thresholds AMLSIM_CYCLES = CycleDetector.Thresholds.of(null, null, 150, 1.0, false, null, 0.0);

    @BeforeAll
    static void detectors() {
        TrailLimits limits = new TrailLimits(6, Duration.ofMinutes(10), 1_000_000, 200);
        detections = new FlowDetections(NEO4J.store(), limits, new SpreadReads(2));
        cycles = new CycleDetector(detections, new Evidence(NEO4J.store()));
        fans = new FanInOutDetector(detections, new Evidence(NEO4J.store()));
    }

    static AmlSimSample sample(String name) throws Exception {
        AmlSimSample s = SAMPLES.get(name);
        if (s == null) {
            s = AmlSimSample.load(NEO4J.store(), name);
            SAMPLES.put(name, s);
        }
        return s;
    }

    record Measured(int results, int flagged, int truePositives, int labelled, double precision, double recall) {
        static Measured of(int results, Set<String> flagged, AmlSimSample s) {
            int tp = (int) flagged.stream().filter(a -> s.fraud.getOrDefault(a, false)).count();
            int labelled = (int) s.fraud.values().stream().filter(b -> b).count();
            return new Measured(results, flagged.size(), tp, labelled, flagged.isEmpty() ? 0 : (double) tp / flagged.size(), (double) tp / labelled);
        }
    }

    static Measured cycles(AmlSimSample s, CycleDetector.Thresholds th, String what) {
        Scope scope = detections.scope(null, null, null, s.caseId);
        Set<String> flagged = new HashSet<>();
        var found = cycles.find(th, scope);
        found.forEach(f -> f.accounts().forEach(a -> flagged.add(a.spoorId())));
        return print(s, "cycles " + what + " (" + found.size() + " cycles)", Measured.of(found.size(), flagged, s));
    }

    /**
     * Structured fan-in: senders that split a payment into several bookings on one day, over a long window
     * (AMLSim's fan-in senders pay one at a time, 37 steps apart, each in 1-5 bookings on its step).
     */
    static FanInOutDetector.Thresholds splitFanIn(int minSenders, Double amountTolerance) {
        return FanInOutDetector.Thresholds.of(Direction.IN, minSenders, 150, null, null, null, 2, amountTolerance);
    }

    static Measured fanIn(AmlSimSample s, FanInOutDetector.Thresholds th, String what) {
        Set<String> flagged = new HashSet<>();
        var found = fans.find(th, detections.scope(null, null, null, s.caseId));
        var counterparties = fans.counterparties(found);
        found.forEach(f -> {
            flagged.add(f.account().spoorId());
            f.counterparties().stream().map(counterparties::get).map(EntityRef::spoorId).forEach(flagged::add);
        });
        return print(s, "fanIn " + what + " (" + found.size() + " fan-ins)", Measured.of(found.size(), flagged, s));
    }

    /** Split payments (at least 2 bookings on one day) from 2 and from 3 senders in 150 days, then each with amountTolerance 0.25. */
    static List<Measured> structuredFanIns(AmlSimSample s) {
        List<Measured> out = new java.util.ArrayList<>();
        for (Double tolerance : new Double[] {null, 0.25}) {
            for (int senders : new int[] {2, 3}) {
                out.add(fanIn(s, splitFanIn(senders, tolerance), "split, >= " + senders + " senders/150 d"
                        + (tolerance == null ? "" : ", tolerance " + tolerance)));
            }
        }
        return out;
    }

    static Measured fanInDefaults(AmlSimSample s) {
        return fanIn(s, FanInOutDetector.Thresholds.of(Direction.IN, null, null, null, null, null), "defaults");
    }

    static Measured print(AmlSimSample s, String what, Measured m) {
        long neverSent = s.fraud.entrySet().stream().filter(e -> e.getValue() && s.fraudStep.get(e.getKey()) < 0).count();
        System.out.printf(Locale.ROOT, "AMLSim %-22s %-36s flagged %5d, of them labelled %4d; labelled %4d (%d never made their"
                        + " laundering transfer: fraudStep -1): precision %.3f, recall %.3f%n", s.name, what, m.flagged(), m.truePositives(),
                m.labelled(), neverSent, m.precision(), m.recall());
        return m;
    }

    @Test
    @EnabledIfSystemProperty(named = "spoor.amlsim", matches = "all", disabledReason = "loads one more sample (~1.5 min): -Dspoor.amlsim=all")
    void cycleDetectorOnTheCycleSample() throws Exception {
        AmlSimSample s = sample("20K_cycle200");
        assertThat(s.transfers).isEqualTo(117_805);
        assertThat(s.fraud.values().stream().filter(b -> b).count()).isEqualTo(945);
        // AMLSim's amounts are a few hundred to a few thousand: the defaults without the first hop's €5,000 floor.
        Measured defaults = cycles(s, CycleDetector.Thresholds.of(null, null, null, null, null, null, 0.0), "defaults, any amount");
        Measured amlsim = cycles(s, AMLSIM_CYCLES, "AMLSim arguments");
        assertThat(amlsim.results()).as("account cycles, not booking permutations").isEqualTo(21);
        // Measured floors (README, Detectors: AMLSim): far below the 0.9 target, for the reasons given there.
        assertThat(defaults.recall()).isLessThan(0.01);
        assertThat(defaults.precision()).isGreaterThanOrEqualTo(0.52);
        assertThat(amlsim.precision()).isEqualTo(1.0);
        assertThat(amlsim.recall()).isGreaterThanOrEqualTo(0.11);
    }

    @Test
    @EnabledIfSystemProperty(named = "spoor.amlsim", matches = "all", disabledReason = "loads one more sample (~1.5 min): -Dspoor.amlsim=all")
    void fanInDetectorOnTheFanInSample() throws Exception {
        AmlSimSample s = sample("20K_fanin200");
        assertThat(s.fraud.values().stream().filter(b -> b).count()).isEqualTo(954);
        Measured m = fanInDefaults(s);
        assertThat(m.recall()).isGreaterThanOrEqualTo(0.67);
        assertThat(m.precision()).isGreaterThanOrEqualTo(0.06);
        List<Measured> split = structuredFanIns(s);
        assertThat(split).extracting(Measured::precision).containsOnly(1.0);
        assertThat(split).extracting(Measured::recall).allSatisfy(r -> assertThat(r).isGreaterThanOrEqualTo(0.36));
        assertThat(split.get(2).recall()).isGreaterThanOrEqualTo(0.60);
    }

    @Test
    void bothDetectorsOnTheMixedSample() throws Exception {
        AmlSimSample s = sample("20K_fanin200cycle200");
        // metadata.txt says 1,803 fraud nodes; nodes.csv labels 1,804.
        assertThat(s.fraud.values().stream().filter(b -> b).count()).isEqualTo(1804);
        Measured c = cycles(s, AMLSIM_CYCLES, "AMLSim arguments");
        Measured f = fanInDefaults(s);
        List<Measured> split = structuredFanIns(s);
        assertThat(c.results()).as("account cycles, not booking permutations").isEqualTo(21);
        assertThat(c.precision()).isEqualTo(1.0);
        assertThat(c.recall()).isGreaterThanOrEqualTo(0.058);
        assertThat(f.recall()).isGreaterThanOrEqualTo(0.70);
        assertThat(f.precision()).isGreaterThanOrEqualTo(0.12);
        // Recall here is of all 1,804 labelled accounts, cycle accounts too (labels do not say which pattern).
        assertThat(split).extracting(Measured::precision).containsOnly(1.0);
        assertThat(split).extracting(Measured::recall).allSatisfy(r -> assertThat(r).isGreaterThanOrEqualTo(0.19));
        assertThat(split.get(2).recall()).isGreaterThanOrEqualTo(0.31);
    }
}
