package nl.spoor.api.moneytrail;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import graphql.schema.DataFetchingEnvironment;
import nl.spoor.api.visibility.Visibility;

import nl.spoor.api.moneytrail.TrailQuery.Direction;
import nl.spoor.api.moneytrail.TrailViews.MoneyTrailResult;

/** GraphQL {@code moneyTrail} and {@code flowsBetween} (moneytrail.graphqls). */
@Controller
class MoneyTrailController {

    private final MoneyTrails trails;
    private final TrailLimits limits;

    private final Visibility visibility;

    MoneyTrailController(MoneyTrails trails, TrailLimits limits, Visibility visibility) {
        this.trails = trails;
        this.limits = limits;
        this.visibility = visibility;
    }

    @QueryMapping
    MoneyTrailResult moneyTrail(@Argument String from, @Argument Direction direction, @Argument Integer maxHops,
                                @Argument Integer hopWindowDays, @Argument Double minFraction, @Argument Integer hubCap,
                                @Argument String since, @Argument String until, @Argument Integer first, @Argument String after,
                                DataFetchingEnvironment env) {
        TrailQuery q = TrailQuery.of(direction, maxHops, hopWindowDays, minFraction, hubCap, since, until, limits);
        return trails.moneyTrail(from, q, first, after, visibility.of(env));
    }

    @QueryMapping
    MoneyTrailResult flowsBetween(@Argument String a, @Argument String b, @Argument Integer maxHops, @Argument Integer hopWindowDays,
                                  @Argument Double minFraction, @Argument Integer hubCap, @Argument String since, @Argument String until,
                                  @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        TrailQuery q = TrailQuery.of(Direction.FORWARD, maxHops, hopWindowDays, minFraction, hubCap, since, until, limits);
        return trails.flowsBetween(a, b, q, first, after, visibility.of(env));
    }
}
