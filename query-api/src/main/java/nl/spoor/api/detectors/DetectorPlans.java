package nl.spoor.api.detectors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.spoor.api.warmup.PlanWarmUp.Form;
import nl.spoor.api.warmup.QueryPlans;

/** The money detectors for the plan warm-up: each with the API's defaults, through its own query code. */
@Component
class DetectorPlans implements QueryPlans {

    private final FlowDetections detections;
    private final FanInOutDetector fanInOut;
    private final CycleDetector cycles;
    private final PassThroughDetector passThrough;
    private final StructuringDetector structuring;
    private final AbcDetector abc;

    DetectorPlans(FlowDetections detections, FanInOutDetector fanInOut, CycleDetector cycles, PassThroughDetector passThrough, StructuringDetector structuring,
                  AbcDetector abc) {
        this.detections = detections;
        this.fanInOut = fanInOut;
        this.cycles = cycles;
        this.passThrough = passThrough;
        this.structuring = structuring;
        this.abc = abc;
    }

    @Override
    public List<Family> families() {
        return List.of(
                // The lookup of a case's sources, for a detector asked about a case (its other forms are below).
                new Family("caseSources", f -> {
                    if (!f.scoped()) {
                        detections.scope(null, null, null, "warm-up:case", f.view());
                    }
                }),
                new Family("fanIn", f -> fanInOut.find(FanInOutDetector.Thresholds.of(FanInOutDetector.Direction.IN, null, null, null, null, null,
                        null, null), flowScope(f), false)),
                new Family("fanOut", f -> fanInOut.find(FanInOutDetector.Thresholds.of(FanInOutDetector.Direction.OUT, null, null, null, null,
                        null, null, null), flowScope(f), false)),
                new Family("cycles", f -> cycles.find(CycleDetector.Thresholds.of(null, null, null, null, null, null), flowScope(f))),
                new Family("passThrough", f -> {
                    PassThroughDetector.Query q = PassThroughDetector.Query.of(null, null, null, null, null, null, null, null, null, null, null);
                    passThrough.detect(q, f.entity(), null, null, f.view());
                    if (!f.scoped()) {
                        // Unscoped, the episodes start from the candidates' days, which a warm-up does not have: as many anchors as a
                        // scope's accounts stand for them.
                        List<Map<String, Object>> anchors = new ArrayList<>();
                        for (int i = 0; i < 50; i++) {
                            anchors.add(Map.of("account", "warm-up:" + i, "from", q.period().since(), "until", q.period().until()));
                        }
                        passThrough.episodes(anchors, q, f.view());
                    }
                }),
                new Family("structuring", f -> structuring.detect(StructuringDetector.Query.of(null, null, null, null, null, null, null, null, null,
                        null), f.entity(), null, null, f.view())),
                new Family("abcTransactions", f -> {
                    abc.detect(AbcDetector.Query.of(null, null, null, null, null, null), f.entity(), null, null, f.view());
                    if (!f.scoped()) {
                        // The parties of the chains found, two sales each: as many as a scope's accounts stand for them.
                        List<Map<String, Object>> pairs = new ArrayList<>();
                        for (int i = 0; i < 50; i++) {
                            pairs.add(Map.of("seller", "warm-up:" + i, "buyer", "warm-up:" + (i + 1), "date", FlowDetections.OPEN_FROM));
                        }
                        abc.parties(pairs, f.view());
                    }
                }));
    }

    /** The flow detectors' scope of a request of this form without a case or period: around an entity when scoped. */
    private FlowDetections.Scope flowScope(Form f) {
        return detections.scope(f.entity(), null, null, null, f.view());
    }
}
