package nl.spoor.api.detectors;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import graphql.schema.DataFetchingEnvironment;
import nl.spoor.api.visibility.Visibility;

import nl.spoor.api.detectors.FanInOutDetector.Direction;
import nl.spoor.api.detectors.FanInOutDetector.Thresholds;
import nl.spoor.api.detectors.FlowDetections.FlowDetectionConnection;

/** GraphQL {@code fanIn} and {@code fanOut} (detectors-flow.graphqls). */
@Controller
class FanInOutController {

    private final FanInOutDetector detector;

    private final Visibility visibility;

    FanInOutController(FanInOutDetector detector, Visibility visibility) {
        this.detector = detector;
        this.visibility = visibility;
    }

    @QueryMapping
    FlowDetectionConnection fanIn(@Argument Integer minSenders, @Argument Integer windowDays, @Argument Double minConcentration,
                                  @Argument Double minForwarded, @Argument Integer hubCap, @Argument Integer minSameDayTransfers, @Argument Double amountTolerance, @Argument String around, @Argument String since,
                                  @Argument String until, @Argument("case") String caseId, @Argument Integer first, @Argument String after,
                                  DataFetchingEnvironment env) {
        return detector.detect(Thresholds.of(Direction.IN, minSenders, windowDays, minConcentration, minForwarded, hubCap, minSameDayTransfers, amountTolerance),
                around, since, until, caseId, first, after, visibility.of(env));
    }

    @QueryMapping
    FlowDetectionConnection fanOut(@Argument Integer minReceivers, @Argument Integer windowDays, @Argument Double minConcentration,
                                   @Argument Double minFunded, @Argument Integer hubCap, @Argument Integer minSameDayTransfers, @Argument Double amountTolerance, @Argument String around, @Argument String since,
                                   @Argument String until, @Argument("case") String caseId, @Argument Integer first, @Argument String after,
                                  DataFetchingEnvironment env) {
        return detector.detect(Thresholds.of(Direction.OUT, minReceivers, windowDays, minConcentration, minFunded, hubCap, minSameDayTransfers, amountTolerance),
                around, since, until, caseId, first, after, visibility.of(env));
    }
}
