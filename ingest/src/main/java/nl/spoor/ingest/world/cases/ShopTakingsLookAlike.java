package nl.spoor.ingest.world.cases;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import nl.spoor.ingest.world.CaseContext;
import nl.spoor.ingest.world.Household;
import nl.spoor.ingest.world.Money;
import nl.spoor.ingest.world.NoordHolland;
import nl.spoor.ingest.world.PlantedCase;
import nl.spoor.ingest.world.Population;
import nl.spoor.ingest.world.Sbi;
import nl.spoor.model.graph.EntityKind;

/**
 * The benign look-alike of structuring: a neighbourhood supermarket or snackbar that pays its cash
 * takings in at its bank every few days, all through the statements: many cash deposits of several
 * thousand euros, some above €10,000, at the branch in its own town. But the amounts follow the takings
 * (more at weekends, odd cents) instead of clustering just under the threshold: at most two deposits of
 * €9,000–€9,999.99 in any 30 days.
 */
public final class ShopTakingsLookAlike implements PlantedCase {

    @Override
    public void plant(CaseContext ctx, int number) {
        SplittableRandom random = ctx.random();
        NoordHolland.Municipality m = MoneyTrails.municipality(random);
        Household home = ctx.household(MoneyTrails.origin(random), Population.Composition.COUPLE_WITH_CHILDREN, m, null, 35 + random.nextInt(25));
        boolean supermarket = random.nextBoolean();
        LocalDate founded = LocalDate.of(2000 + random.nextInt(20), 1 + random.nextInt(12), 1);
        Population.Firm shop = ctx.company((supermarket ? "Buurtsuper " : "Cafetaria ") + home.head().name().surname(), Population.LegalForm.EENMANSZAAK,
                supermarket ? Sbi.SUPERMARKTEN : Sbi.RESTAURANTS, m, founded);
        ctx.director(home.head().id(), shop, "eigenaar", founded);
        ctx.owns(home.head().id(), shop, 100, founded);
        ctx.selfEmployed(home.head(), shop, 3_000_00 + random.nextInt(150) * 1_000L);
        ctx.complete(home, true, true);

        String caseId = "structuring-lookalike-shop-" + number;
        String account = shop.party().iban();
        // A supermarket pays in every 2–4 days, a snackbar with smaller takings every 4–7 days.
        long daily = (supermarket ? 2_400 + random.nextInt(900) : 1_400 + random.nextInt(600)) * 100L;
        int every = supermarket ? 2 : 4;
        int spread = supermarket ? 3 : 4;
        LocalDate firstDate = null;
        LocalDate lastDate = null;
        List<LocalDate> band = new ArrayList<>();
        long carried = 0;
        int deposits = 0;
        int above = 0;
        long total = 0;
        int next = every + random.nextInt(spread);
        for (LocalDate d = ctx.statementsFrom(); !d.isAfter(ctx.statementsUntil()); d = d.plusDays(1)) {
            // Takings vary by day: more on Friday and Saturday, closed on Sunday.
            DayOfWeek dow = d.getDayOfWeek();
            if (dow != DayOfWeek.SUNDAY) {
                double factor = (dow == DayOfWeek.FRIDAY || dow == DayOfWeek.SATURDAY ? 1.35 : 0.85) * (0.8 + random.nextDouble() * 0.4);
                carried += Math.round(daily * factor);
            }
            if (--next > 0 || carried == 0) {
                continue;
            }
            LocalDate date = d;
            boolean inBand = carried >= 9_000_00 && carried < 10_000_00;
            if (inBand && band.stream().filter(b -> MoneyTrails.days(b, date) < 30).count() >= 2) {
                // The bag is not yet full: the takings go in with tomorrow's.
                next = 1;
                continue;
            }
            ctx.cashDeposit(caseId, m, account, carried, d, "Storting dagontvangsten " + shop.party().name());
            if (inBand) {
                band.add(d);
            }
            deposits++;
            above += carried >= 10_000_00 ? 1 : 0;
            total += carried;
            carried = 0;
            next = every + random.nextInt(spread);
            firstDate = firstDate == null ? d : firstDate;
            lastDate = d;
        }
        int maxInWindow = 0;
        for (LocalDate b : band) {
            maxInWindow = Math.max(maxInWindow, (int) band.stream().filter(x -> !x.isBefore(b) && MoneyTrails.days(b, x) < 30).count());
        }
        ctx.record(caseId, "structuring", "shopTakings", false)
                .subject(shop.id(), EntityKind.COMPANY)
                .entity(account, EntityKind.BANK_ACCOUNT, "account")
                .entity(home.head().id(), EntityKind.PERSON, "owner")
                .indicator("depositsJustBelowThreshold", maxInWindow)
                .parameter("shareJustBelowThreshold", MoneyTrails.ratio(band.size(), deposits))
                .parameter("windowDays", MoneyTrails.days(firstDate, lastDate))
                .parameter("deposits", deposits)
                .parameter("depositsJustBelowThreshold", band.size())
                .parameter("depositsAboveThreshold", above)
                .parameter("total", Money.euros(total))
                .parameter("firstDeposit", firstDate.toString())
                .parameter("lastDeposit", lastDate.toString())
                .explanation(shop.party().name() + " stort zijn kasontvangsten elke paar dagen contant op de zakelijke rekening: " + deposits
                        + " stortingen van wisselende bedragen, " + above + " boven EUR 10.000, verspreid over de hele periode en niet net onder de meldgrens.");
    }
}
