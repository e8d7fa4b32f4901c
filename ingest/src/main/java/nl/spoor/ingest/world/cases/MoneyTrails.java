package nl.spoor.ingest.world.cases;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;

import nl.spoor.ingest.world.CaseContext;
import nl.spoor.ingest.world.Names;
import nl.spoor.ingest.world.NoordHolland;
import nl.spoor.ingest.world.Party;

/** What the money-trail cases share: where their people live, who employs them, and how ratios are written. */
final class MoneyTrails {

    /** Municipalities the money-trail cases live in: the bigger ones, where such cases come up. */
    static final List<String> MUNICIPALITIES = List.of("GM0363", "GM0479", "GM0392", "GM0394", "GM0361", "GM0439", "GM0453", "GM0375");

    private MoneyTrails() {
    }

    static NoordHolland.Municipality municipality(SplittableRandom random) {
        return NoordHolland.byCode(MUNICIPALITIES.get(random.nextInt(MUNICIPALITIES.size())));
    }

    static Names.Origin origin(SplittableRandom random) {
        int x = random.nextInt(10);
        return x < 6 ? Names.Origin.DUTCH : x < 8 ? Names.Origin.MOROCCAN : Names.Origin.TURKISH;
    }

    static Party employer(CaseContext ctx) {
        List<Party> employers = ctx.employers();
        return employers.get(ctx.random().nextInt(employers.size()));
    }

    /** {@code part / whole}, rounded half-up to two decimals, as truth.json writes it. */
    static BigDecimal ratio(long part, long whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    static long days(LocalDate from, LocalDate until) {
        return ChronoUnit.DAYS.between(from, until);
    }

    /** Whole euros, in cents, rounded down to a multiple of {@code euros}. */
    static long roundDown(long cents, long euros) {
        return cents / (euros * 100) * euros * 100;
    }
}
