package nl.spoor.api.detectors;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import graphql.schema.DataFetchingEnvironment;
import nl.spoor.api.visibility.Visibility;

import nl.spoor.api.detectors.CycleDetector.Thresholds;
import nl.spoor.api.detectors.FlowDetections.FlowDetectionConnection;

/** GraphQL {@code cycles} (detectors-flow.graphqls). */
@Controller
class CycleController {

    private final CycleDetector detector;

    private final Visibility visibility;

    CycleController(CycleDetector detector, Visibility visibility) {
        this.detector = detector;
        this.visibility = visibility;
    }

    @QueryMapping
    FlowDetectionConnection cycles(@Argument Integer minHops, @Argument Integer maxHops, @Argument Integer windowDays,
                                   @Argument Double minFraction, @Argument Boolean timeOrdered, @Argument Integer hubCap, @Argument Double minAmount,
                                   @Argument String around, @Argument String since, @Argument String until,
                                   @Argument("case") String caseId, @Argument Integer first, @Argument String after,
                                  DataFetchingEnvironment env) {
        return detector.detect(Thresholds.of(minHops, maxHops, windowDays, minFraction, timeOrdered, hubCap, minAmount),
                around, since, until, caseId, first, after, visibility.of(env));
    }
}
