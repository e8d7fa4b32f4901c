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
import nl.spoor.ingest.world.Names;
import nl.spoor.ingest.world.NoordHolland;
import nl.spoor.ingest.world.PlantedCase;
import nl.spoor.ingest.world.Population;
import nl.spoor.ingest.world.Sbi;
import nl.spoor.ingest.world.Sources;
import nl.spoor.ingest.world.TruthCase;
import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.RelationshipKind;

/**
 * ABC-transacties (DESIGN §5): a house bought at market value by A is sold to B and then to C within
 * months, each time 30–60 % dearer, between parties who are not strangers; the WOZ value stays at the
 * market value, so the last price is far above it (which buys a larger mortgage or launders the
 * difference). Both resales are paid by bank transfer inside the statements.
 * <ul>
 *   <li>{@code family}: A is B's cousin, C is B's partner at the same address;</li>
 *   <li>{@code sharedDirector}: A, B and C are property B.V.s with one director in common.</li>
 * </ul>
 */
public final class AbcTransactionCase implements PlantedCase {

    public enum Variant {
        FAMILY("family"), SHARED_DIRECTOR("sharedDirector");

        final String name;

        Variant(String name) {
            this.name = name;
        }
    }

    /** A party of the chain: its id and kind, and the account it pays from. */
    private record Party(String id, EntityKind kind, String iban, String name) {
    }

    private final Variant variant;

    public AbcTransactionCase(Variant variant) {
        this.variant = variant;
    }

    @Override
    public void plant(CaseContext ctx, int number) {
        SplittableRandom random = ctx.random();
        String caseId = "abc-" + variant.name + "-" + number;
        TruthCase truth = ctx.record(caseId, "abcTransaction", variant.name, true);
        NoordHolland.Municipality m = MoneyTrails.municipality(random);
        List<Party> parties = new ArrayList<>();
        List<String> relations = new ArrayList<>();
        String director = null;
        if (variant == Variant.FAMILY) {
            Names.Origin origin = MoneyTrails.origin(random);
            Household a = ctx.household(origin, Population.Composition.SINGLE, m, null, 38 + random.nextInt(20));
            ctx.complete(a, true, true);
            Household bc = ctx.household(origin, Population.Composition.COUPLE, MoneyTrails.municipality(random), null, 30 + random.nextInt(12));
            ctx.complete(bc, true, true);
            ctx.world().link(RelationshipKind.FAMILY_OF, a.head().id(), bc.head().id(), null, Sources.BRP, Map.of("relation", "cousin"));
            for (var r : List.of(a.head(), bc.head(), bc.members().get(1))) {
                parties.add(new Party(r.id(), EntityKind.PERSON, r.iban(), r.name().name()));
            }
            relations.add("A-B cousin");
            relations.add("B-C partner");
        } else {
            Household d = ctx.household(MoneyTrails.origin(random), Population.Composition.COUPLE_WITH_CHILDREN, m, null, 40 + random.nextInt(20));
            ctx.complete(d, true, true);
            Household e = ctx.household(MoneyTrails.origin(random), Population.Composition.COUPLE, MoneyTrails.municipality(random), null, 35 + random.nextInt(20));
            ctx.complete(e, true, true);
            director = d.head().id();
            String surname = d.head().name().surname();
            List<String> names = List.of(surname + " Vastgoed B.V.", m.name() + " Beleggingen B.V.",
                    e.head().name().surname() + " Onroerend Goed B.V.");
            for (int i = 0; i < 3; i++) {
                LocalDate start = LocalDate.of(2015 + random.nextInt(9), 1 + random.nextInt(12), 1);
                Population.Firm firm = ctx.company(names.get(i), Population.LegalForm.BV, Sbi.VASTGOED, m, start);
                ctx.director(director, firm, "bestuurder", start);
                if (i == 2) {
                    ctx.director(e.head().id(), firm, "bestuurder", start);
                }
                ctx.owns(i == 2 ? e.head().id() : director, firm, 100, start);
                parties.add(new Party(firm.id(), EntityKind.COMPANY, firm.party().iban(), firm.party().name()));
            }
            relations.add("A-B sharedDirector " + director);
            relations.add("B-C sharedDirector " + director);
        }

        // A bought at market value two to eight months before the first resale; both resales fall in the statements.
        LocalDate d1 = ctx.day(ctx.statementsFrom().plusDays(1), ctx.statementsUntil().minusDays(50));
        LocalDate d2 = d1.plusDays(14 + random.nextInt(32));
        LocalDate d0 = d1.minusDays(60 + random.nextInt(180));
        long p0 = (260_000 + random.nextInt(240) * 1_000L) * 100;
        long p1 = MoneyTrails.roundDown(Math.round(p0 * (1.30 + random.nextInt(31) / 100.0)), 1_000);
        long p2 = MoneyTrails.roundDown(Math.round(p1 * (1.30 + random.nextInt(31) / 100.0)), 1_000);
        long woz = MoneyTrails.roundDown(Math.round(p0 * (0.97 + random.nextInt(7) / 100.0)), 1_000);
        Addresses.Address at = ctx.address(m, Addresses.Type.WONING);
        Party a = parties.get(0);
        Party b = parties.get(1);
        Party c = parties.get(2);
        String property = ctx.realEstate(at, p2, d2, c.id(), false, woz);
        ctx.ownsProperty(a.id(), property, d0, p0, false);
        ctx.ownsProperty(b.id(), property, d1, p1, false);
        ctx.transfer(caseId, b.iban(), a.iban(), p1, d1, "Koopsom " + at.line() + " levering " + d1, "sepa");
        ctx.transfer(caseId, c.iban(), b.iban(), p2, d2, "Koopsom " + at.line() + " levering " + d2, "sepa");

        List<Map<String, Object>> chain = new ArrayList<>();
        long[] prices = {p0, p1, p2};
        LocalDate[] dates = {d0, d1, d2};
        for (int i = 0; i < 3; i++) {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("owner", parties.get(i).id());
            step.put("from", dates[i].toString());
            step.put("price", Money.euros(prices[i]));
            if (i > 0) {
                step.put("increase", MoneyTrails.ratio(prices[i] - prices[i - 1], prices[i - 1]));
                step.put("days", MoneyTrails.days(dates[i - 1], dates[i]));
                step.put("paidFrom", parties.get(i).iban());
                step.put("paidTo", parties.get(i - 1).iban());
            }
            chain.add(step);
        }
        truth.subject(property, EntityKind.REAL_ESTATE)
                .entity(at.id(), EntityKind.ADDRESS, "location")
                .entity(a.id(), a.kind(), "partyA")
                .entity(b.id(), b.kind(), "partyB")
                .entity(c.id(), c.kind(), "partyC");
        if (director != null) {
            truth.entity(director, EntityKind.PERSON, "sharedDirector");
        }
        long increase1 = prices[1] - prices[0];
        long increase2 = prices[2] - prices[1];
        truth.indicator("minStepIncrease", Math.min(MoneyTrails.ratio(increase1, p0).doubleValue(), MoneyTrails.ratio(increase2, p1).doubleValue()))
                .indicator("maxStepDays", Math.max(MoneyTrails.days(d0, d1), MoneyTrails.days(d1, d2)))
                .indicator("relatedSteps", 2)
                .indicator("priceToWoz", MoneyTrails.ratio(p2, woz).doubleValue())
                .parameter("wozValue", Money.euros(woz))
                .parameter("chainDays", MoneyTrails.days(d0, d2))
                .parameter("chain", chain)
                .parameter("relations", relations)
                .explanation(at.line() + " gaat binnen " + MoneyTrails.days(d0, d2) + " dagen van " + a.name() + " via " + b.name() + " naar "
                        + c.name() + " voor EUR " + Money.format(p0) + ", " + Money.format(p1) + " en " + Money.format(p2) + " (WOZ EUR "
                        + Money.format(woz) + "), tussen " + (variant == Variant.FAMILY ? "familieleden (neef, partner)" : "vennootschappen met dezelfde bestuurder") + ".");
    }
}
