package nl.spoor.ingest.world.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import nl.spoor.ingest.world.Addresses;
import nl.spoor.ingest.world.CaseContext;
import nl.spoor.ingest.world.Household;
import nl.spoor.ingest.world.Money;
import nl.spoor.ingest.world.NoordHolland;
import nl.spoor.ingest.world.PlantedCase;
import nl.spoor.ingest.world.Population;
import nl.spoor.ingest.world.Resident;
import nl.spoor.model.graph.EntityKind;

/**
 * The benign look-alike of an ABC transaction: a house sold on twice, each time 20–45 % dearer, the last
 * sale inside the statements and paid by bank transfer. But years lie between the sales (the market rose
 * meanwhile), the last price matches the WOZ value and the three owners are strangers to each other.
 */
public final class OrdinaryPropertyChainLookAlike implements PlantedCase {

    @Override
    public void plant(CaseContext ctx, int number) {
        SplittableRandom random = ctx.random();
        NoordHolland.Municipality m = MoneyTrails.municipality(random);
        List<Resident> owners = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Household h = ctx.household(MoneyTrails.origin(random), Population.Composition.COUPLE, i == 2 ? m : MoneyTrails.municipality(random), null,
                    30 + random.nextInt(35));
            ctx.complete(h, true, true);
            owners.add(h.head());
        }
        LocalDate d0 = LocalDate.of(2008 + random.nextInt(5), 1 + random.nextInt(12), 1 + random.nextInt(28));
        LocalDate d1 = LocalDate.of(2016 + random.nextInt(4), 1 + random.nextInt(12), 1 + random.nextInt(28));
        LocalDate d2 = ctx.day(ctx.statementsFrom().plusDays(1), ctx.statementsUntil().minusDays(1));
        long p0 = (210_000 + random.nextInt(150) * 1_000L) * 100;
        long p1 = MoneyTrails.roundDown(Math.round(p0 * (1.20 + random.nextInt(26) / 100.0)), 1_000);
        long p2 = MoneyTrails.roundDown(Math.round(p1 * (1.20 + random.nextInt(26) / 100.0)), 1_000);
        long woz = MoneyTrails.roundDown(Math.round(p2 * (0.95 + random.nextInt(9) / 100.0)), 1_000);
        Addresses.Address at = ctx.address(m, Addresses.Type.WONING);
        String property = ctx.realEstate(at, p2, d2, owners.get(2).id(), false, woz);
        ctx.ownsProperty(owners.get(0).id(), property, d0, p0, false);
        ctx.ownsProperty(owners.get(1).id(), property, d1, p1, false);
        String caseId = "abc-lookalike-ordinary-" + number;
        ctx.transfer(caseId, owners.get(2).iban(), owners.get(1).iban(), p2, d2, "Koopsom " + at.line() + " levering " + d2, "sepa");

        long[] prices = {p0, p1, p2};
        LocalDate[] dates = {d0, d1, d2};
        List<Map<String, Object>> chain = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("owner", owners.get(i).id());
            step.put("from", dates[i].toString());
            step.put("price", Money.euros(prices[i]));
            if (i > 0) {
                step.put("increase", MoneyTrails.ratio(prices[i] - prices[i - 1], prices[i - 1]));
                step.put("days", MoneyTrails.days(dates[i - 1], dates[i]));
            }
            chain.add(step);
        }
        ctx.record(caseId, "abcTransaction", "ordinary", false)
                .subject(property, EntityKind.REAL_ESTATE)
                .entity(at.id(), EntityKind.ADDRESS, "location")
                .entity(owners.get(0).id(), EntityKind.PERSON, "partyA")
                .entity(owners.get(1).id(), EntityKind.PERSON, "partyB")
                .entity(owners.get(2).id(), EntityKind.PERSON, "partyC")
                .indicator("maxStepDays", Math.max(MoneyTrails.days(d0, d1), MoneyTrails.days(d1, d2)))
                .indicator("relatedSteps", 0)
                .indicator("priceToWoz", MoneyTrails.ratio(p2, woz).doubleValue())
                .parameter("minStepIncrease", MoneyTrails.ratio(p1 - p0, p0).min(MoneyTrails.ratio(p2 - p1, p1)))
                .parameter("wozValue", Money.euros(woz))
                .parameter("chainDays", MoneyTrails.days(d0, d2))
                .parameter("chain", chain)
                .explanation(at.line() + " is in " + d0.getYear() + ", " + d1.getYear() + " en " + d2.getYear() + " verkocht tegen marktprijzen (EUR "
                        + Money.format(p0) + ", " + Money.format(p1) + ", " + Money.format(p2) + ", WOZ EUR " + Money.format(woz)
                        + ") aan kopers die elkaar niet kennen: jaren tussen de verkopen, geen familie of gedeelde bestuurders.");
    }
}
