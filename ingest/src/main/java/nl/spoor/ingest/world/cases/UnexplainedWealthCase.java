package nl.spoor.ingest.world.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import nl.spoor.ingest.world.Cars;
import nl.spoor.ingest.world.CaseContext;
import nl.spoor.ingest.world.Household;
import nl.spoor.ingest.world.Money;
import nl.spoor.ingest.world.Names;
import nl.spoor.ingest.world.NoordHolland;
import nl.spoor.ingest.world.PlantedCase;
import nl.spoor.ingest.world.Population;
import nl.spoor.ingest.world.Resident;
import nl.spoor.ingest.world.Sbi;
import nl.spoor.ingest.world.TruthCase;
import nl.spoor.model.graph.EntityKind;

/**
 * FIT ongebruikelijk bezit (DESIGN §5): a person with a low legal income and assets far beyond it,
 * acquired in 2023–2024, held in one of four ways:
 * <ul>
 *   <li>{@code direct}: two luxury cars and the home he lives in, bought without a mortgage, in his own name;</li>
 *   <li>{@code partner}: the cars and the home in the name of his partner at the same address, who earns little too;</li>
 *   <li>{@code company}: cars and a property of a B.V. he directs and owns (25–100 %), while it pays him a small wage;</li>
 *   <li>{@code katvanger}: four to seven luxury cars registered to a straw man on a benefit, the subject
 *       seen driving them by ANPR and traffic checks.</li>
 * </ul>
 * Indicators recorded: {@code assetsToIncome} = value of the attributed assets (catalogue values and
 * purchase prices) / declared income of 2024 (the subject's; in {@code partner} the couple's); {@code
 * cashPurchase} = price of real estate bought without a mortgage; {@code katvangerVehicles} = vehicles
 * registered to the straw man and driven by the subject.
 */
public final class UnexplainedWealthCase implements PlantedCase {

    public enum Variant {
        DIRECT, PARTNER, COMPANY, KATVANGER
    }

    private static final LocalDate FROM = LocalDate.of(2023, 1, 15);
    private static final LocalDate UNTIL = LocalDate.of(2024, 11, 30);

    private final Variant variant;

    public UnexplainedWealthCase(Variant variant) {
        this.variant = variant;
    }

    @Override
    public void plant(CaseContext ctx, int number) {
        SplittableRandom random = ctx.random();
        String v = variant.name().toLowerCase(Locale.ROOT);
        String caseId = "fit-" + v + "-" + number;
        TruthCase truth = ctx.record(caseId, "unusualWealth", v, true);
        NoordHolland.Municipality m = NoordHolland.MUNICIPALITIES.get(random.nextInt(4));
        Names.Origin origin = random.nextBoolean() ? Names.Origin.DUTCH : Names.Origin.MOROCCAN;
        boolean couple = variant == Variant.PARTNER;
        Household home = ctx.household(origin, couple ? Population.Composition.COUPLE : Population.Composition.SINGLE, m, null,
                28 + random.nextInt(20));
        Resident subject = home.head();
        long benefit = 1_300_00 + random.nextInt(150) * 100L;
        truth.subject(subject.id(), EntityKind.PERSON).entity(home.address().id(), EntityKind.ADDRESS, "residence");
        long assets = 0;
        long cash = 0;
        int acquisitions = 0;
        List<String> vehicles = new ArrayList<>();
        String place = home.address().district().place();
        switch (variant) {
            case DIRECT -> {
                ctx.benefit(subject, "bijstand", benefit);
                ctx.complete(home, false, false);
                for (int i = 0; i < 2; i++) {
                    assets += luxuryCar(ctx, truth, subject.id(), subject.id(), place, vehicles);
                }
                long price = (385_000 + random.nextInt(140) * 1_000L) * 100;
                LocalDate bought = ctx.day(FROM, UNTIL);
                truth.entity(ctx.buyHome(home, price, bought, true), EntityKind.REAL_ESTATE, "asset");
                assets += price;
                cash = price;
                acquisitions = 3;
            }
            case PARTNER -> {
                Resident partner = home.members().get(1);
                ctx.benefit(subject, "bijstand", benefit);
                ctx.employ(partner, ordinaryEmployer(ctx), 950_00 + random.nextInt(300) * 100L);
                ctx.complete(home, false, false);
                truth.entity(partner.id(), EntityKind.PERSON, "partner");
                for (int i = 0; i < 2; i++) {
                    assets += luxuryCar(ctx, truth, partner.id(), subject.id(), place, vehicles);
                }
                long price = (420_000 + random.nextInt(180) * 1_000L) * 100;
                String re = ctx.realEstate(home.address(), price, ctx.day(FROM, UNTIL), partner.id(), true);
                truth.entity(re, EntityKind.REAL_ESTATE, "asset");
                assets += price;
                cash = price;
                acquisitions = 3;
            }
            case COMPANY -> {
                int share = List.of(25, 50, 60, 100).get(random.nextInt(4));
                Sbi.Activity activity = random.nextBoolean() ? Sbi.RESTAURANTS : Sbi.GARAGES;
                LocalDate start = LocalDate.of(2018 + random.nextInt(5), 1 + random.nextInt(12), 1);
                Population.Firm firm = ctx.company(subject.name().surname() + " " + activity.nameWord() + " B.V.", Population.LegalForm.BV, activity, m, start);
                ctx.director(subject.id(), firm, "bestuurder", start);
                ctx.owns(subject.id(), firm, share, start);
                ctx.employ(subject, firm.party(), 1_900_00 + random.nextInt(200) * 100L);
                ctx.complete(home, true, false);
                truth.entity(firm.id(), EntityKind.COMPANY, "company").parameter("share", share);
                for (int i = 0; i < 2; i++) {
                    assets += luxuryCar(ctx, truth, firm.id(), subject.id(), place, vehicles);
                }
                long price = (650_000 + random.nextInt(300) * 1_000L) * 100;
                String re = ctx.realEstate(ctx.address(m, nl.spoor.ingest.world.Addresses.Type.WONING), price, ctx.day(FROM, UNTIL), firm.id(), true);
                truth.entity(re, EntityKind.REAL_ESTATE, "asset");
                assets += price;
                cash = price;
                acquisitions = 3;
            }
            case KATVANGER -> {
                ctx.employ(subject, ordinaryEmployer(ctx), 2_100_00 + random.nextInt(300) * 100L);
                ctx.complete(home, true, false);
                Household strawHome = ctx.household(Names.Origin.DUTCH, Population.Composition.SINGLE,
                        NoordHolland.MUNICIPALITIES.get(random.nextInt(NoordHolland.MUNICIPALITIES.size())), null, 22 + random.nextInt(40));
                Resident straw = strawHome.head();
                ctx.benefit(straw, "bijstand", 1_250_00 + random.nextInt(100) * 100L);
                ctx.complete(strawHome, true, false);
                truth.entity(straw.id(), EntityKind.PERSON, "strawMan");
                int n = 4 + random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    assets += luxuryCar(ctx, truth, straw.id(), subject.id(), place, vehicles);
                }
                acquisitions = n;
                truth.indicator("katvangerVehicles", n)
                        .parameter("strawManIncome", Money.euros(straw.declaredYearCents()));
            }
            default -> throw new IllegalStateException();
        }
        long income = subject.declaredYearCents() + (couple ? home.members().get(1).declaredYearCents() : 0);
        truth.indicator("assetsToIncome", (double) assets / income);
        if (cash > 0) {
            truth.indicator("cashPurchase", cash / 100.0);
        }
        truth.indicator("recentAcquisitions", acquisitions)
                .parameter("income", Money.euros(income))
                .parameter("assets", Money.euros(assets))
                .parameter("incomeYear", 2024)
                .parameter("vehicles", vehicles)
                .explanation(explanation(subject, assets, income));
    }

    private String explanation(Resident subject, long assets, long income) {
        String held = switch (variant) {
            case DIRECT -> "in zijn eigen naam, de woning contant betaald";
            case PARTNER -> "op naam van zijn partner op hetzelfde adres, de woning contant betaald";
            case COMPANY -> "op naam van een B.V. die hij bestuurt en (mede) bezit, het pand contant betaald";
            case KATVANGER -> "op naam van een katvanger met een bijstandsuitkering; hij rijdt er zelf in";
        };
        return subject.name().name() + " heeft een legaal inkomen van EUR " + Money.format(income) + " per jaar en bezit sinds 2023 voor EUR "
                + Money.format(assets) + " aan auto's en vastgoed, " + held + ".";
    }

    /** A luxury car registered to {@code ownerId}, seen driven by the subject twice or more. Returns its catalogue value in cents. */
    private static long luxuryCar(CaseContext ctx, TruthCase truth, String ownerId, String driverId, String place, List<String> vehicles) {
        SplittableRandom random = ctx.random();
        Cars.Model model = Cars.LUXURY.get(random.nextInt(Cars.LUXURY.size()));
        LocalDate from = ctx.day(FROM, UNTIL);
        String id = ctx.vehicle(ownerId, model, from.getYear() - random.nextInt(2), from);
        truth.entity(id, EntityKind.VEHICLE, "asset");
        vehicles.add(id);
        int sightings = 2 + random.nextInt(3);
        for (int i = 0; i < sightings; i++) {
            ctx.sighting(driverId, id, ctx.day(from, LocalDate.of(2024, 12, 31)), place);
        }
        return model.catalogueValue() * 100;
    }

    private static nl.spoor.ingest.world.Party ordinaryEmployer(CaseContext ctx) {
        return ctx.employers().get(ctx.random().nextInt(ctx.employers().size()));
    }
}
