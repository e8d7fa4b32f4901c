package nl.spoor.ingest.world.cases;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.SplittableRandom;

import nl.spoor.ingest.world.CaseContext;
import nl.spoor.ingest.world.Household;
import nl.spoor.ingest.world.Money;
import nl.spoor.ingest.world.Names;
import nl.spoor.ingest.world.NoordHolland;
import nl.spoor.ingest.world.PlantedCase;
import nl.spoor.ingest.world.Population;
import nl.spoor.ingest.world.Resident;
import nl.spoor.ingest.world.Sbi;
import nl.spoor.ingest.world.Sources;
import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.RelationshipKind;

/**
 * The benign look-alike of a mule: a student of 19–23 with a small part-time wage, the same profile as a
 * mule, whose parents send a monthly contribution that he passes on to his landlord within two days. But
 * he forwards only 70–85 % of it (the rest he lives on), always to the landlord of the room he is
 * registered at (LANDLORD_OF), who does not pass it on: one hop, below the 90 % of a pass-through account.
 */
public final class RentForwarderLookAlike implements PlantedCase {

    @Override
    public void plant(CaseContext ctx, int number) {
        SplittableRandom random = ctx.random();
        NoordHolland.Municipality m = MoneyTrails.municipality(random);
        Names.Origin origin = MoneyTrails.origin(random);
        Household parents = ctx.household(origin, Population.Composition.COUPLE, MoneyTrails.municipality(random), null, 47 + random.nextInt(12));
        ctx.complete(parents, true, true);
        Household room = ctx.household(origin, Population.Composition.SINGLE, m, null, 19 + random.nextInt(5));
        Resident student = room.head();
        ctx.employ(student, MoneyTrails.employer(ctx), 600_00 + random.nextInt(400) * 100L);
        ctx.complete(room, false, false);
        for (Resident parent : parents.members()) {
            ctx.world().link(RelationshipKind.FAMILY_OF, parent.id(), student.id(), null, Sources.BRP, Map.of("relation", "parent"));
        }
        Household landlordHome = ctx.household(Names.Origin.DUTCH, Population.Composition.COUPLE, m, null, 50 + random.nextInt(20));
        ctx.complete(landlordHome, true, true);
        LocalDate founded = LocalDate.of(2000 + random.nextInt(20), 1 + random.nextInt(12), 1);
        Population.Firm landlord = ctx.company(landlordHome.head().name().surname() + " Kamerverhuur B.V.", Population.LegalForm.BV, Sbi.VASTGOED, m, founded);
        ctx.director(landlordHome.head().id(), landlord, "bestuurder", founded);
        ctx.owns(landlordHome.head().id(), landlord, 100, founded);
        long contribution = (600 + random.nextInt(30) * 10) * 100L;
        long rent = MoneyTrails.roundDown(Math.round(contribution * (0.70 + random.nextInt(16) / 100.0)), 5);
        LocalDate rentedFrom = LocalDate.of(2023, 8 + random.nextInt(2), 1);
        ctx.realEstate(room.address(), 0, LocalDate.of(1930 + random.nextInt(60), 1, 1), landlord.id(), false);
        ctx.world().link(RelationshipKind.LANDLORD_OF, landlord.id(), student.id(), rentedFrom.toString(), Sources.BRP,
                Map.of("address", room.address().id(), "from", rentedFrom, "monthlyRent", Money.euros(rent)));

        String caseId = "mule-lookalike-rent-" + number;
        String from = parents.head().iban();
        int maxDelay = 0;
        int months = 0;
        for (YearMonth month = YearMonth.from(ctx.statementsFrom()); !month.isAfter(YearMonth.from(ctx.statementsUntil())); month = month.plusMonths(1)) {
            LocalDate in = month.atDay(25 + random.nextInt(4));
            int delay = random.nextInt(3);
            ctx.transfer(caseId, from, student.iban(), contribution, in, "Bijdrage huur en studie " + month.plusMonths(1), "sepa");
            ctx.transfer(caseId, student.iban(), landlord.party().iban(), rent, in.plusDays(delay),
                    "Huur " + month.plusMonths(1) + " " + room.address().line(), "sepa");
            maxDelay = Math.max(maxDelay, delay);
            months++;
        }
        ctx.record(caseId, "muleChain", "rent", false)
                .subject(student.iban(), EntityKind.BANK_ACCOUNT)
                .entity(student.id(), EntityKind.PERSON, "holder")
                .entity(from, EntityKind.BANK_ACCOUNT, "sourceAccount")
                .entity(landlord.party().iban(), EntityKind.BANK_ACCOUNT, "landlordAccount")
                .entity(landlord.id(), EntityKind.COMPANY, "landlord")
                .indicator("forwardedFraction", MoneyTrails.ratio(rent, contribution).doubleValue())
                .indicator("hops", 1)
                .parameter("contribution", Money.euros(contribution))
                .parameter("rent", Money.euros(rent))
                .parameter("maxDelayDays", maxDelay)
                .parameter("months", months)
                .explanation(student.name().name() + " (" + student.age(ctx.statementsFrom()) + ") krijgt elke maand EUR " + Money.format(contribution)
                        + " van zijn ouders en betaalt binnen twee dagen EUR " + Money.format(rent)
                        + " huur aan zijn verhuurder; hij boekt minder dan 90 % door en de verhuurder boekt niets door.");
    }
}
