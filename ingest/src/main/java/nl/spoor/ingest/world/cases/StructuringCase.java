package nl.spoor.ingest.world.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import nl.spoor.ingest.world.Banks;
import nl.spoor.ingest.world.CaseContext;
import nl.spoor.ingest.world.Household;
import nl.spoor.ingest.world.Money;
import nl.spoor.ingest.world.NoordHolland;
import nl.spoor.ingest.world.PlantedCase;
import nl.spoor.ingest.world.Population;
import nl.spoor.ingest.world.Resident;
import nl.spoor.ingest.world.TruthCase;
import nl.spoor.model.graph.EntityKind;

/**
 * Structuring (smurfen, DESIGN §5): a person with a modest wage pays in cash of €9,000–€9,950 again and
 * again, eight to fourteen times within two to four weeks, each deposit just below the €10,000 at which
 * the bank must report the deposit, at branches in different places:
 * <ul>
 *   <li>{@code oneAccount}: all into his own current account;</li>
 *   <li>{@code severalAccounts}: spread over his current account and one or two accounts at other banks.</li>
 * </ul>
 */
public final class StructuringCase implements PlantedCase {

    public enum Variant {
        ONE_ACCOUNT("oneAccount"), SEVERAL_ACCOUNTS("severalAccounts");

        final String name;

        Variant(String name) {
            this.name = name;
        }
    }

    private final Variant variant;

    public StructuringCase(Variant variant) {
        this.variant = variant;
    }

    @Override
    public void plant(CaseContext ctx, int number) {
        SplittableRandom random = ctx.random();
        String caseId = "structuring-" + variant.name + "-" + number;
        TruthCase truth = ctx.record(caseId, "structuring", variant.name, true);
        NoordHolland.Municipality m = MoneyTrails.municipality(random);
        Household home = ctx.household(MoneyTrails.origin(random), Population.Composition.SINGLE, m, null, 24 + random.nextInt(25));
        Resident subject = home.head();
        ctx.employ(subject, MoneyTrails.employer(ctx), 2_100_00 + random.nextInt(100) * 1_000L);
        ctx.complete(home, true, true);
        List<String> accounts = new ArrayList<>(List.of(subject.iban()));
        if (variant == Variant.SEVERAL_ACCOUNTS) {
            List<Banks.Bank> banks = new ArrayList<>(Banks.ALL.subList(0, 5));
            banks.removeIf(b -> subject.iban().substring(9, 13).equals(b.code()));
            int more = 1 + random.nextInt(2);
            for (int i = 0; i < more; i++) {
                LocalDate opened = ctx.day(ctx.statementsFrom().minusDays(120), ctx.statementsFrom().minusDays(10));
                accounts.add(ctx.openAccount(subject.id(), banks.remove(random.nextInt(banks.size())), opened));
            }
        }
        List<NoordHolland.Municipality> places = new ArrayList<>(List.of(m));
        while (places.size() < 2 + random.nextInt(2)) {
            NoordHolland.Municipality p = MoneyTrails.municipality(random);
            if (!places.contains(p)) {
                places.add(p);
            }
        }

        int count = 8 + random.nextInt(7);
        int window = 14 + random.nextInt(15);
        LocalDate first = ctx.day(ctx.statementsFrom().plusDays(1), ctx.statementsUntil().minusDays(window + 1));
        List<LocalDate> dates = new ArrayList<>();
        dates.add(first);
        dates.add(first.plusDays(window));
        for (int i = 2; i < count; i++) {
            dates.add(first.plusDays(random.nextInt(window + 1)));
        }
        dates.sort(null);
        long total = 0;
        List<Map<String, Object>> deposits = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long cents = (9_000 + random.nextInt(20) * 50L) * 100;
            String account = accounts.get(i % accounts.size());
            NoordHolland.Municipality at = places.get(random.nextInt(places.size()));
            ctx.cashDeposit(caseId, at, account, cents, dates.get(i), "Storting contant " + at.name());
            total += cents;
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("account", account);
            d.put("place", at.placeId());
            d.put("date", dates.get(i).toString());
            d.put("amount", Money.euros(cents));
            deposits.add(d);
        }
        long placesUsed = deposits.stream().map(d -> d.get("place")).distinct().count();

        truth.subject(subject.id(), EntityKind.PERSON);
        accounts.forEach(a -> truth.entity(a, EntityKind.BANK_ACCOUNT, "account"));
        truth.indicator("depositsJustBelowThreshold", count)
                .indicator("totalJustBelowThreshold", total / 100.0)
                .indicator("windowDays", window)
                .indicator("accounts", accounts.size())
                .indicator("places", placesUsed)
                .parameter("threshold", Money.euros(10_000_00))
                .parameter("bandFrom", Money.euros(9_000_00))
                .parameter("firstDeposit", first.toString())
                .parameter("lastDeposit", first.plusDays(window).toString())
                .parameter("income", Money.euros(subject.declaredYearCents()))
                .parameter("deposits", deposits)
                .explanation(subject.name().name() + ", met een inkomen van EUR " + Money.format(subject.declaredYearCents()) + " per jaar, stort in "
                        + window + " dagen " + count + " keer tussen EUR 9.000 en EUR 9.950 contant, samen EUR " + Money.format(total) + ", op "
                        + accounts.size() + (accounts.size() == 1 ? " rekening" : " rekeningen") + " in " + placesUsed
                        + " plaatsen: telkens net onder de meldgrens van EUR 10.000.");
    }
}
