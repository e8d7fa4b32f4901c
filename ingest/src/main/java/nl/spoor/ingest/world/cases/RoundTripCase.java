package nl.spoor.ingest.world.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import nl.spoor.ingest.world.CaseContext;
import nl.spoor.ingest.world.Household;
import nl.spoor.ingest.world.Money;
import nl.spoor.ingest.world.Names;
import nl.spoor.ingest.world.NoordHolland;
import nl.spoor.ingest.world.PlantedCase;
import nl.spoor.ingest.world.Population;
import nl.spoor.ingest.world.Sbi;
import nl.spoor.ingest.world.TruthCase;
import nl.spoor.model.graph.EntityKind;

/**
 * Round-tripping (DESIGN §5, money trails): an entrepreneur sends money to a consultancy for advice never
 * given; it passes through two to four companies of one facilitator as invoices and loans, each keeping a
 * small fee, and within three weeks comes back, 85–97 % of it, as a "loan" that explains the money:
 * <ul>
 *   <li>{@code origin}: out of his B.V.'s account and back into the same account;</li>
 *   <li>{@code ownedCompany}: out of his own private account and back into the B.V. he owns (100 %).</li>
 * </ul>
 */
public final class RoundTripCase implements PlantedCase {

    public enum Variant {
        ORIGIN("origin"), OWNED_COMPANY("ownedCompany");

        final String name;

        Variant(String name) {
            this.name = name;
        }
    }

    private static final List<String> SHELL_WORDS = List.of("Consultancy", "Trading", "Invest", "Management", "Finance", "Holding");
    private static final List<String> SHELL_PLACES = List.of("Noordzee", "Amstel", "IJmond", "Waterland", "Kennemer", "Zaanstreek", "Westfries");

    private final Variant variant;

    public RoundTripCase(Variant variant) {
        this.variant = variant;
    }

    @Override
    public void plant(CaseContext ctx, int number) {
        SplittableRandom random = ctx.random();
        String caseId = "roundtrip-" + variant.name + "-" + number;
        TruthCase truth = ctx.record(caseId, "roundTrip", variant.name, true);
        NoordHolland.Municipality m = MoneyTrails.municipality(random);
        Household home = ctx.household(MoneyTrails.origin(random), Population.Composition.COUPLE_WITH_CHILDREN, m, null, 36 + random.nextInt(20));
        LocalDate founded = LocalDate.of(2010 + random.nextInt(11), 1 + random.nextInt(12), 1);
        Sbi.Activity activity = List.of(Sbi.RESTAURANTS, Sbi.GARAGES, Sbi.BOUW, Sbi.TRANSPORT).get(random.nextInt(4));
        Population.Firm own = ctx.company(home.head().name().surname() + " " + activity.nameWord() + " B.V.", Population.LegalForm.BV, activity, m, founded);
        ctx.director(home.head().id(), own, "bestuurder", founded);
        ctx.owns(home.head().id(), own, 100, founded);
        ctx.employ(home.head(), own.party(), 3_800_00 + random.nextInt(180) * 1_000L);
        ctx.complete(home, true, true);

        // The facilitator directs every company in between, registered at business addresses of his own.
        Household facilitatorHome = ctx.household(Names.Origin.DUTCH, Population.Composition.SINGLE, MoneyTrails.municipality(random), null, 42 + random.nextInt(20));
        ctx.complete(facilitatorHome, true, true);
        int intermediaries = 2 + random.nextInt(3);
        List<Population.Firm> shells = new ArrayList<>();
        List<String> words = new ArrayList<>(SHELL_WORDS);
        for (int i = 0; i < intermediaries; i++) {
            String word = words.remove(random.nextInt(words.size()));
            LocalDate start = LocalDate.of(2019 + random.nextInt(5), 1 + random.nextInt(12), 1);
            Population.Firm shell = ctx.company(SHELL_PLACES.get(random.nextInt(SHELL_PLACES.size())) + " " + word + " B.V.", Population.LegalForm.BV,
                    word.equals("Holding") ? Sbi.HOLDINGS : Sbi.ADVIES, MoneyTrails.municipality(random), start);
            ctx.director(facilitatorHome.head().id(), shell, "bestuurder", start);
            ctx.owns(facilitatorHome.head().id(), shell, 100, start);
            shells.add(shell);
        }

        String originAccount = variant == Variant.ORIGIN ? own.party().iban() : home.head().iban();
        List<String> cycle = new ArrayList<>(List.of(originAccount));
        shells.forEach(s -> cycle.add(s.party().iban()));
        cycle.add(own.party().iban());
        // At most 5 hops of at most 4 days: the cycle closes within three weeks, inside the statements.
        LocalDate date = ctx.day(ctx.statementsFrom().plusDays(1), ctx.statementsUntil().minusDays(22));
        LocalDate first = date;
        long sent = (40_000 + random.nextInt(140) * 1_000L) * 100;
        long amount = sent;
        List<Map<String, Object>> hops = new ArrayList<>();
        for (int i = 0; i + 1 < cycle.size(); i++) {
            if (i > 0) {
                // Each company keeps a fee of 1–4 % and passes the rest on in whole hundreds.
                amount = MoneyTrails.roundDown(Math.round(amount * (0.96 + random.nextInt(4) / 100.0)), 100);
                date = date.plusDays(1 + random.nextInt(4));
            }
            String description = i == 0 ? "Factuur " + (2024_100 + random.nextInt(900)) + " advieswerkzaamheden"
                    : i == cycle.size() - 2 ? "Lening conform overeenkomst " + date.minusDays(2)
                    : random.nextBoolean() ? "Factuur " + (2024_100 + random.nextInt(900)) + " management fee" : "Lening o/g";
            ctx.transfer(caseId, cycle.get(i), cycle.get(i + 1), amount, date, description, "sepa");
            Map<String, Object> hop = new LinkedHashMap<>();
            hop.put("from", cycle.get(i));
            hop.put("to", cycle.get(i + 1));
            hop.put("amount", Money.euros(amount));
            hop.put("date", date.toString());
            hop.put("description", description);
            hops.add(hop);
        }

        truth.subject(originAccount, EntityKind.BANK_ACCOUNT)
                .entity(home.head().id(), EntityKind.PERSON, "origin")
                .entity(own.id(), EntityKind.COMPANY, "ownedCompany");
        for (String account : cycle.subList(1, cycle.size())) {
            truth.entity(account, EntityKind.BANK_ACCOUNT, "cycleAccount");
        }
        shells.forEach(s -> truth.entity(s.id(), EntityKind.COMPANY, "intermediary"));
        truth.entity(facilitatorHome.head().id(), EntityKind.PERSON, "facilitator")
                .indicator("intermediaries", intermediaries)
                .indicator("fractionReturned", MoneyTrails.ratio(amount, sent).doubleValue())
                .indicator("cycleDays", MoneyTrails.days(first, date))
                .parameter("amountOut", Money.euros(sent))
                .parameter("amountReturned", Money.euros(amount))
                .parameter("cycle", cycle)
                .parameter("hops", hops)
                .explanation(home.head().name().name() + " laat EUR " + Money.format(sent)
                        + (variant == Variant.ORIGIN ? " van de rekening van " + own.party().name() : " van zijn privérekening")
                        + " via " + intermediaries + " vennootschappen van één bestuurder (facturen en leningen) rondgaan; binnen "
                        + MoneyTrails.days(first, date) + " dagen komt EUR " + Money.format(amount) + " als lening terug bij " + own.party().name() + ".");
    }
}
