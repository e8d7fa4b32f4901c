package nl.spoor.api.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;

/**
 * What any detector on transfers can reach on the IBM AMLSim samples, read straight from their CSVs with the labels
 * (no store, no detector): the ceilings behind the README's AMLSim figures (Detectors, AMLSim), kept here so that they
 * are measured by code in the repository and not by a throw-away script.
 *
 * <p>AMLSim's laundering transfers are the ones below 20 (fan-in 3.5–4.9, cycles 10–20): every one runs between two
 * labelled accounts, and no other transfer is below 100. A labelled account that makes or receives none of them took
 * no part in its pattern (AMLSim's {@code fraudStep} is −1 for all of them); it only makes ordinary payments, some of
 * them to other labelled accounts (AMLSim's background traffic also runs along the pattern's edges). So a detector
 * that finds every laundering transfer reaches at most the share of labelled accounts it touches, and a cycle detector
 * that ignores amounts and days altogether at most the share of labelled accounts on a directed cycle of labelled
 * accounts: to reach 0.9 either must flag accounts that took no part, or accounts that are not labelled.
 */
class AmlSimCeilingTest {

    /** Below this every transfer is one of AMLSim's laundering transfers (its ordinary payments start at 100). */
    static final double PATTERN_BELOW = 20.0;

    record Sample(Set<String> labelled, List<String[]> transfers) {
        static Sample read(String name) throws Exception {
            Map<String, List<CSVRecord>> files = AmlSimSample.records(AmlSimSample.folder().resolve(name + ".tgz"));
            Set<String> labelled = new HashSet<>();
            files.get("nodes.csv").stream().filter(r -> r.get("isFraud").equals("1")).forEach(r -> labelled.add(r.get("nodeid")));
            List<String[]> transfers = files.get("transactions.csv").stream()
                    .map(r -> new String[] {r.get("sourceNodeId"), r.get("targetNodeId"), r.get("value"), r.get("time")}).toList();
            return new Sample(labelled, transfers);
        }

        boolean pattern(String[] t) {
            return Double.parseDouble(t[2]) < PATTERN_BELOW;
        }

        boolean betweenLabelled(String[] t) {
            return labelled.contains(t[0]) && labelled.contains(t[1]);
        }

        /** Labelled accounts that make or receive a laundering transfer. */
        Set<String> touchedByPattern() {
            Set<String> touched = new HashSet<>();
            transfers.stream().filter(this::pattern).forEach(t -> {
                touched.add(t[0]);
                touched.add(t[1]);
            });
            return touched;
        }

        /** Labelled accounts on a directed cycle of labelled accounts, counting every transfer whatever its amount and day. */
        Set<String> onALabelledCycle() {
            Graph<String, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
            labelled.forEach(g::addVertex);
            transfers.stream().filter(this::betweenLabelled).filter(t -> !t[0].equals(t[1])).forEach(t -> g.addEdge(t[0], t[1]));
            Set<String> on = new HashSet<>();
            new KosarajuStrongConnectivityInspector<>(g).stronglyConnectedSets().stream().filter(c -> c.size() > 1).forEach(on::addAll);
            return on;
        }

        /**
         * Every account on a cycle of at most {@code maxAccounts} accounts, through any account and any transfer, with at
         * least one split hop: a payment booked at least twice on one day with the same amount (a label-free rule).
         */
        Set<String> onACycleWithASplitHop(int maxAccounts) {
            Graph<String, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
            Map<List<String>, Integer> bookings = new HashMap<>();
            for (String[] t : transfers) {
                if (!t[0].equals(t[1])) {
                    g.addVertex(t[0]);
                    g.addVertex(t[1]);
                    g.addEdge(t[0], t[1]);
                    bookings.merge(List.of(t[0], t[1], t[2], t[3]), 1, Integer::sum);
                }
            }
            Set<List<String>> split = new HashSet<>();
            bookings.forEach((k, n) -> {
                if (n >= 2) {
                    split.add(k.subList(0, 2));
                }
            });
            Set<String> on = new HashSet<>();
            var paths = new org.jgrapht.alg.shortestpath.AllDirectedPaths<>(g);
            for (List<String> hop : split) {
                paths.getAllPaths(hop.get(1), hop.get(0), true, maxAccounts - 1).forEach(p -> on.addAll(p.getVertexList()));
            }
            return on;
        }

        double share(Set<String> accounts) {
            double share = accounts.stream().filter(labelled::contains).count() / (double) labelled.size();
            return Math.round(share * 1000) / 1000.0;
        }
    }

    static final Map<String, Sample> SAMPLES = new HashMap<>();

    static Sample sample(String name) throws Exception {
        Sample s = SAMPLES.get(name);
        if (s == null) {
            s = Sample.read(name);
            SAMPLES.put(name, s);
        }
        return s;
    }

    @Test
    void everyLaunderingTransferRunsBetweenTwoLabelledAccountsAndNoOrdinaryPaymentIsThatSmall() throws Exception {
        for (String name : List.of("20K_cycle200", "20K_fanin200", "20K_fanin200cycle200")) {
            Sample s = sample(name);
            assertThat(s.transfers()).filteredOn(s::pattern).as(name).isNotEmpty().allMatch(s::betweenLabelled);
            double smallestOther = s.transfers().stream().filter(t -> !s.pattern(t)).mapToDouble(t -> Double.parseDouble(t[2])).min().orElseThrow();
            assertThat(smallestOther).as(name).isEqualTo(100.04);
        }
    }

    @Test
    void aThirdOfTheLabelledAccountsMakeOrReceiveNoLaunderingTransfer() throws Exception {
        assertThat(print("20K_cycle200", "touched by a laundering transfer", sample("20K_cycle200").touchedByPattern())).isEqualTo(619);
        assertThat(print("20K_fanin200", "touched by a laundering transfer", sample("20K_fanin200").touchedByPattern())).isEqualTo(659);
        assertThat(print("20K_fanin200cycle200", "touched by a laundering transfer", sample("20K_fanin200cycle200").touchedByPattern()))
                .isEqualTo(1228);
        assertThat(sample("20K_fanin200").share(sample("20K_fanin200").touchedByPattern())).isEqualTo(0.691);
        assertThat(sample("20K_cycle200").share(sample("20K_cycle200").touchedByPattern())).isEqualTo(0.655);
    }

    @Test
    void aQuarterOfTheCycleSampleLabelsLieOnNoCycleOfLabelledAccountsAtAnyAmountOrDay() throws Exception {
        Sample s = sample("20K_cycle200");
        long ordinaryBetweenLabelled = s.transfers().stream().filter(s::betweenLabelled).filter(t -> !s.pattern(t)).count();
        assertThat(ordinaryBetweenLabelled).as("ordinary payments between two labelled accounts").isEqualTo(1_787);
        Set<String> onCycle = s.onALabelledCycle();
        assertThat(print("20K_cycle200", "on a cycle of labelled accounts", onCycle)).isEqualTo(705);
        assertThat(s.share(onCycle)).isEqualTo(0.746);
    }

    @Test
    void cyclesThroughAnyAccountBringInTheBackgroundsOwnCycles() throws Exception {
        Sample s = sample("20K_cycle200");
        Set<String> upTo4 = s.onACycleWithASplitHop(4);
        assertThat(print("20K_cycle200", "on a <= 4-account split cycle", upTo4)).isEqualTo(500);
        assertThat(upTo4.stream().filter(a -> !s.labelled().contains(a)).count()).as("unlabelled accounts flagged").isEqualTo(71);
        Set<String> upTo5 = s.onACycleWithASplitHop(5);
        assertThat(print("20K_cycle200", "on a <= 5-account split cycle", upTo5)).isEqualTo(591);
        assertThat(upTo5.stream().filter(a -> !s.labelled().contains(a)).count()).as("unlabelled accounts flagged").isEqualTo(708);
    }

    static long print(String name, String what, Set<String> accounts) throws Exception {
        Sample s = sample(name);
        long n = accounts.stream().filter(s.labelled()::contains).count();
        System.out.printf(Locale.ROOT, "AMLSim %-22s labelled accounts %-34s %5d of %5d (%.3f)%n", name, what, n,
                s.labelled().size(), s.share(accounts));
        return n;
    }
}
