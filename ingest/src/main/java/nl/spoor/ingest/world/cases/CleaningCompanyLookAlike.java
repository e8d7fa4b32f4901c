package nl.spoor.ingest.world.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import nl.spoor.ingest.world.Addresses;
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
 * Benign look-alike of the glazenwasser network: a large window-cleaning B.V. in Zaandam-Oost (SBI 81.22,
 * with the Zaanstad permit) with one director and 15–24 employees, many of them labour migrants, who live
 * at ordinary addresses rented from ordinary landlords, are paid by the ordinary payroll and keep their wage.
 * Many workers in the sector and district, but one firm, no family web, no overbewoning, no forwarding.
 */
public final class CleaningCompanyLookAlike implements PlantedCase {

    @Override
    public void plant(CaseContext ctx, int number) {
        SplittableRandom random = ctx.random();
        NoordHolland.District d = NoordHolland.district("Zaandam-Oost");
        NoordHolland.Municipality m = NoordHolland.municipalityOf(d);
        Household home = ctx.household(Names.Origin.DUTCH, Population.Composition.COUPLE_WITH_CHILDREN, m, null, 45 + random.nextInt(15));
        Resident director = home.head();
        LocalDate start = LocalDate.of(1998 + random.nextInt(14), 1 + random.nextInt(12), 1);
        Addresses.Address office = ctx.address(m, d, Addresses.Type.BEDRIJFSPAND);
        Population.Firm firm = ctx.company("Glasbewassing Zaanstreek B.V.", Population.LegalForm.BV, Sbi.GLAZENWASSERS, office, start, null, true);
        ctx.director(director.id(), firm, "bestuurder", start);
        ctx.owns(director.id(), firm, 100, start);
        ctx.employ(director, firm.party(), 5_800_00 + random.nextInt(100) * 1_000L);
        ctx.complete(home, false, true);
        ctx.buyHome(home, (480_000 + random.nextInt(200) * 1_000L) * 100, LocalDate.of(2006 + random.nextInt(12), 4, 1), false);
        TruthCase truth = ctx.record("sector-lookalike-schoonmaakbedrijf-" + number, "sectorNetwork", "glazenwassers", false)
                .subject(director.id(), EntityKind.PERSON)
                .entity(firm.id(), EntityKind.COMPANY, "company")
                .entity(office.id(), EntityKind.ADDRESS, "registeredAddress");
        int employees = 15 + random.nextInt(10);
        List<Names.Origin> origins = List.of(Names.Origin.POLISH, Names.Origin.ROMANIAN, Names.Origin.DUTCH, Names.Origin.TURKISH, Names.Origin.MOROCCAN);
        for (int i = 0; i < employees; i++) {
            Names.Origin o = origins.get(random.nextInt(origins.size()));
            Population.Composition c = o.labourMigrant() && random.nextBoolean() ? Population.Composition.SHARED
                    : random.nextBoolean() ? Population.Composition.SINGLE : Population.Composition.COUPLE;
            Household h = ctx.household(o, c, m, random.nextBoolean() ? d : null, 21 + random.nextInt(35));
            ctx.employ(h.head(), firm.party(), (2_250 + random.nextInt(70) * 10) * 100L);
            ctx.complete(h, true, false);
            truth.entity(h.head().id(), EntityKind.PERSON, "worker");
        }
        truth.indicator("networkFirms", 1)
                .indicator("nonFamilyControllers", 0)
                .indicator("maxFirmsPerAddress", 1)
                .indicator("firmAccountsCoHeld", 0)
                .indicator("phoenixSuccessions", 0)
                .indicator("overcrowdedAddresses", 0)
                .indicator("maxPersonsPerAddress", home.members().size())
                .indicator("employerLandlordShare", 0)
                .indicator("forwardedFraction", 0)
                .indicator("firmsWithoutPermit", 0)
                .parameter("sbiCode", Sbi.GLAZENWASSERS.code())
                .parameter("district", d.name())
                .parameter("workers", employees)
                .explanation(firm.party().name() + " is een groot glazenwassersbedrijf met vergunning en één bestuurder (" + director.name().name()
                        + "); zijn " + employees + " werknemers wonen op gewone adressen bij gewone verhuurders en houden hun loon"
                        + " (bruto vanaf EUR " + Money.format(2_250_00) + ").");
    }
}
