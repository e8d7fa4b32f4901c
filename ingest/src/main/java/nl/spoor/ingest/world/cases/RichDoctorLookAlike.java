package nl.spoor.ingest.world.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import nl.spoor.model.graph.EntityKind;

/**
 * The benign look-alike of unexplained wealth: a huisarts with his own practice (SBI 86.21) and a high
 * declared income, an expensive home bought with a mortgage and two expensive cars. His assets are high
 * but explained: assetsToIncome stays low and nothing was bought in cash.
 */
public final class RichDoctorLookAlike implements PlantedCase {

    @Override
    public void plant(CaseContext ctx, int number) {
        SplittableRandom random = ctx.random();
        NoordHolland.Municipality m = NoordHolland.byCode(List.of("GM0397", "GM0362", "GM0402", "GM0363").get(random.nextInt(4)));
        Household home = ctx.household(Names.Origin.DUTCH, Population.Composition.COUPLE_WITH_CHILDREN, m, null, 38 + random.nextInt(20));
        Resident doctor = home.head();
        LocalDate start = LocalDate.of(2008 + random.nextInt(10), 1 + random.nextInt(12), 1);
        Population.Firm practice = ctx.company("Huisartsenpraktijk " + doctor.name().surname(), Population.LegalForm.EENMANSZAAK,
                Sbi.HUISARTSEN, m, start);
        ctx.director(doctor.id(), practice, "eigenaar", start);
        ctx.owns(doctor.id(), practice, 100, start);
        ctx.selfEmployed(doctor, practice, 14_000_00 + random.nextInt(60) * 10_000L);
        ctx.complete(home, false, false);
        long price = (950_000 + random.nextInt(400) * 1_000L) * 100;
        String re = ctx.buyHome(home, price, LocalDate.of(2012 + random.nextInt(8), 1 + random.nextInt(12), 1), false);
        long assets = price;
        List<String> vehicles = new ArrayList<>();
        for (Cars.Model model : List.of(Cars.LUXURY.getFirst(), Cars.ORDINARY.get(11))) {
            LocalDate from = ctx.day(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 6, 30));
            String v = ctx.vehicle(doctor.id(), model, from.getYear(), from);
            vehicles.add(v);
            assets += model.catalogueValue() * 100;
            ctx.sighting(doctor.id(), v, ctx.day(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 12, 31)), home.address().district().place());
        }
        long income = doctor.declaredYearCents();
        var truth = ctx.record("fit-lookalike-doctor-" + number, "unusualWealth", "direct", false)
                .subject(doctor.id(), EntityKind.PERSON)
                .entity(home.address().id(), EntityKind.ADDRESS, "residence")
                .entity(practice.id(), EntityKind.COMPANY, "company")
                .entity(re, EntityKind.REAL_ESTATE, "asset");
        vehicles.forEach(v -> truth.entity(v, EntityKind.VEHICLE, "asset"));
        truth.indicator("assetsToIncome", (double) assets / income)
                .indicator("cashPurchase", 0)
                .parameter("income", Money.euros(income))
                .parameter("assets", Money.euros(assets))
                .parameter("incomeYear", 2024)
                .parameter("vehicles", vehicles)
                .explanation(doctor.name().name() + " is huisarts met een eigen praktijk en verdient EUR " + Money.format(income)
                        + " per jaar; zijn woning is met een hypotheek gekocht en zijn auto's passen bij dat inkomen.");
    }
}
