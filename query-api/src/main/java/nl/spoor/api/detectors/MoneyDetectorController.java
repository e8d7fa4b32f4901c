package nl.spoor.api.detectors;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import graphql.schema.DataFetchingEnvironment;

import nl.spoor.api.detectors.MoneyDetectors.Page;
import nl.spoor.api.visibility.Visibility;

/** GraphQL {@code passThrough}, {@code structuring} and {@code abcTransactions} (detectors-money.graphqls). */
@Controller
class MoneyDetectorController {

    private final PassThroughDetector passThrough;
    private final StructuringDetector structuring;
    private final AbcDetector abc;
    private final Visibility visibility;

    MoneyDetectorController(PassThroughDetector passThrough, StructuringDetector structuring, AbcDetector abc, Visibility visibility) {
        this.passThrough = passThrough;
        this.structuring = structuring;
        this.abc = abc;
        this.visibility = visibility;
    }

    @QueryMapping
    Page<PassThroughDetector.Result> passThrough(@Argument Double minFraction, @Argument Integer windowDays, @Argument Double minAmount,
                                                 @Argument Integer minHops, @Argument Integer maxDelayDays, @Argument Double minNewRecipientShare,
                                                 @Argument Double minUnrelatedShare, @Argument Double minIncomeMultiple, @Argument Integer hubCap,
                                                 @Argument String entity, @Argument String since, @Argument String until,
                                                 @Argument Integer first, @Argument String after,
                                                 DataFetchingEnvironment env) {
        return passThrough.detect(PassThroughDetector.Query.of(minFraction, windowDays, minAmount, minHops, maxDelayDays, minNewRecipientShare,
                minUnrelatedShare, minIncomeMultiple, hubCap, since, until), entity, first, after, visibility.of(env));
    }

    @QueryMapping
    Page<StructuringDetector.Result> structuring(@Argument Double threshold, @Argument Double band, @Argument Integer minDeposits,
                                                 @Argument Integer windowDays, @Argument Double minShareOfCash, @Argument Integer minAccounts,
                                                 @Argument Integer minPlaces, @Argument Double minIncomeMultiple, @Argument String entity,
                                                 @Argument String since, @Argument String until, @Argument Integer first, @Argument String after,
                                                 DataFetchingEnvironment env) {
        return structuring.detect(StructuringDetector.Query.of(threshold, band, minDeposits, windowDays, minShareOfCash, minAccounts, minPlaces,
                minIncomeMultiple, since, until), entity, first, after, visibility.of(env));
    }

    @QueryMapping
    Page<AbcDetector.Result> abcTransactions(@Argument Double minStepIncrease, @Argument Integer maxStepDays, @Argument Integer minRelatedSteps,
                                            @Argument Double minPriceToWoz, @Argument String entity, @Argument String since, @Argument String until,
                                            @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        return abc.detect(AbcDetector.Query.of(minStepIncrease, maxStepDays, minRelatedSteps, minPriceToWoz, since, until), entity, first, after,
                visibility.of(env));
    }
}
