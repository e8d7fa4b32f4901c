package nl.spoor.ingest.world.cases;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import nl.spoor.ingest.world.CaseContext;
import nl.spoor.ingest.world.Household;
import nl.spoor.ingest.world.Money;
import nl.spoor.ingest.world.Names;
import nl.spoor.ingest.world.NoordHolland;
import nl.spoor.ingest.world.PlantedCase;
import nl.spoor.ingest.world.Population;
import nl.spoor.ingest.world.Resident;
import nl.spoor.ingest.world.TruthCase;
import nl.spoor.model.graph.EntityKind;

/**
 * Benign look-alike of mensenhandel: a big family of 11–13 at one home — parents, eight to ten children,
 * a grandmother — with one surname and family ties between all of them; the working children pay kostgeld
 * to their father every month. Many persons at one address and payments from many to one, but all of
 * them family, no ads, no hotels, no employer who is also the landlord.
 */
public final class BigFamilyLookAlike implements PlantedCase {

    @Override
    public void plant(CaseContext ctx, int number) {
        SplittableRandom random = ctx.random();
        NoordHolland.Municipality m = NoordHolland.byCode(List.of("GM0479", "GM0363", "GM0392", "GM0394").get(random.nextInt(4)));
        Names.Origin origin = List.of(Names.Origin.MOROCCAN, Names.Origin.TURKISH, Names.Origin.SYRIAN, Names.Origin.DUTCH).get(random.nextInt(4));
        Household h = ctx.household(origin, Population.Composition.COUPLE_WITH_CHILDREN, m, null, 49 + random.nextInt(6));
        Resident father = h.head();
        Resident mother = h.members().get(1);
        Names.Surname family = new Names.Surname(father.name().tussenvoegsel(), father.name().surname());
        List<Resident> children = new ArrayList<>(h.members().subList(2, h.members().size()));
        int total = 8 + random.nextInt(3);
        LocalDate movedIn = LocalDate.of(2005 + random.nextInt(10), 1 + random.nextInt(12), 1);
        while (children.size() < total) {
            Resident child = ctx.member(h, origin, random.nextBoolean(), family, 6 + random.nextInt(21), false, movedIn);
            Networks.family(ctx, father, child, "parent");
            Networks.family(ctx, mother, child, "parent");
            for (Resident sibling : children) {
                Networks.family(ctx, sibling, child, "sibling");
            }
            children.add(child);
        }
        Resident grandmother = ctx.member(h, origin, true, null, 74 + random.nextInt(8), false, movedIn.plusYears(3));
        Networks.family(ctx, grandmother, father, "parent");
        ctx.complete(h, true, true);
        long kostgeld = 0;
        int payers = 0;
        for (Resident c : children) {
            if (c.income() == Resident.Income.EMPLOYEE && c.iban() != null) {
                long cents = (150 + random.nextInt(16) * 10) * 100L;
                for (YearMonth month : Networks.statementMonths(ctx)) {
                    ctx.transfer("trafficking-lookalike-groot-gezin-" + number, c.iban(), father.iban(), cents, month.atDay(1 + random.nextInt(5)),
                            "Kostgeld " + Networks.month(month), "sepa");
                    kostgeld += cents;
                }
                payers++;
            }
        }
        TruthCase truth = ctx.record("trafficking-lookalike-groot-gezin-" + number, "traffickingNetwork", "arbeid", false)
                .subject(father.id(), EntityKind.PERSON)
                .entity(h.address().id(), EntityKind.ADDRESS, "registeredAddress")
                .entity(mother.id(), EntityKind.PERSON, "familyMember")
                .entity(grandmother.id(), EntityKind.PERSON, "familyMember");
        children.forEach(c -> truth.entity(c.id(), EntityKind.PERSON, "familyMember"));
        truth.indicator("fanInSenders", 0)
                .indicator("unrelatedPersonsPerAddress", 0)
                .indicator("employerIsLandlord", 0)
                .indicator("hotelStays", 0)
                .indicator("ads", 0)
                .parameter("personsPerAddress", h.members().size())
                .parameter("relatedSenders", payers)
                .parameter("kostgeld", Money.euros(kostgeld))
                .explanation("Het gezin " + family.surname() + " woont met " + h.members().size() + " personen op één adres: ouders, "
                        + children.size() + " kinderen en een grootmoeder, allen familie; de werkende kinderen betalen kostgeld aan hun vader.");
    }
}
