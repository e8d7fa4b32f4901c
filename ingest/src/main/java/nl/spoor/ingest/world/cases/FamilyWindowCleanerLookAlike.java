package nl.spoor.ingest.world.cases;

import java.time.LocalDate;
import java.util.SplittableRandom;

import nl.spoor.ingest.world.CaseContext;
import nl.spoor.ingest.world.Household;
import nl.spoor.ingest.world.Names;
import nl.spoor.ingest.world.NoordHolland;
import nl.spoor.ingest.world.PlantedCase;
import nl.spoor.ingest.world.Population;
import nl.spoor.ingest.world.Resident;
import nl.spoor.ingest.world.Sbi;
import nl.spoor.ingest.world.Sources;
import nl.spoor.ingest.world.TruthCase;
import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.RelationshipKind;

/**
 * Benign look-alike of the glazenwasser network: two brothers in Zaandam-Oost run one window-cleaning
 * V.O.F. with the Zaanstad permit, registered at the elder's home, with two or three employees who live
 * at ordinary addresses and keep their wage. Family ties and the sector, but one firm, no succession, no
 * housing of workers, no forwarding.
 */
public final class FamilyWindowCleanerLookAlike implements PlantedCase {

    @Override
    public void plant(CaseContext ctx, int number) {
        SplittableRandom random = ctx.random();
        NoordHolland.District d = NoordHolland.district("Zaandam-Oost");
        NoordHolland.Municipality m = NoordHolland.municipalityOf(d);
        Names.Origin origin = random.nextBoolean() ? Names.Origin.DUTCH : Names.Origin.TURKISH;
        Household elderHome = ctx.household(origin, Population.Composition.COUPLE, m, d, 36 + random.nextInt(10));
        Resident elder = elderHome.head();
        Names.Surname surname = new Names.Surname(elder.name().tussenvoegsel(), elder.name().surname());
        Household youngerHome = ctx.household(origin, Population.Composition.SINGLE, m, d, 28 + random.nextInt(6), surname);
        Resident younger = youngerHome.head();
        ctx.world().link(RelationshipKind.FAMILY_OF, elder.id(), younger.id(), null, Sources.BRP, java.util.Map.of("relation", "sibling"));
        LocalDate start = LocalDate.of(2010 + random.nextInt(10), 1 + random.nextInt(12), 1);
        Population.Firm firm = ctx.company("Glazenwasserij Gebroeders " + surname.surname() + " V.O.F.", Population.LegalForm.VOF, Sbi.GLAZENWASSERS,
                elderHome.address(), start, null, true);
        for (Resident r : java.util.List.of(elder, younger)) {
            ctx.director(r.id(), firm, "vennoot", start);
            ctx.owns(r.id(), firm, 50, start);
            ctx.selfEmployed(r, firm, 2_600_00 + random.nextInt(80) * 1_000L);
        }
        ctx.complete(elderHome, false, true);
        ctx.buyHome(elderHome, (340_000 + random.nextInt(120) * 1_000L) * 100, LocalDate.of(2012 + random.nextInt(8), 6, 1), false);
        ctx.complete(youngerHome, false, true);
        ctx.buyHome(youngerHome, (290_000 + random.nextInt(100) * 1_000L) * 100, LocalDate.of(2018 + random.nextInt(5), 6, 1), false);
        TruthCase truth = ctx.record("sector-lookalike-broers-" + number, "sectorNetwork", "glazenwassers", false)
                .subject(elder.id(), EntityKind.PERSON)
                .entity(younger.id(), EntityKind.PERSON, "familyMember")
                .entity(firm.id(), EntityKind.COMPANY, "company");
        int employees = 2 + random.nextInt(2);
        for (int i = 0; i < employees; i++) {
            Names.Origin o = random.nextBoolean() ? Names.Origin.DUTCH : Names.Origin.POLISH;
            Household h = ctx.household(o, random.nextBoolean() ? Population.Composition.SINGLE : Population.Composition.COUPLE, m, null,
                    20 + random.nextInt(30));
            ctx.employ(h.head(), firm.party(), (2_200 + random.nextInt(50) * 10) * 100L);
            ctx.complete(h, true, false);
            truth.entity(h.head().id(), EntityKind.PERSON, "worker");
        }
        truth.indicator("networkFirms", 1)
                .indicator("nonFamilyControllers", 0)
                .indicator("maxFirmsPerAddress", 1)
                .indicator("firmAccountsCoHeld", 0)
                .indicator("phoenixSuccessions", 0)
                .indicator("overcrowdedAddresses", 0)
                .indicator("maxPersonsPerAddress", elderHome.members().size())
                .indicator("employerLandlordShare", 0)
                .indicator("forwardedFraction", 0)
                .indicator("firmsWithoutPermit", 0)
                .parameter("sbiCode", Sbi.GLAZENWASSERS.code())
                .parameter("district", d.name())
                .parameter("familyControllers", 2)
                .parameter("workers", employees)
                .explanation("De broers " + elder.name().name() + " en " + younger.name().name() + " hebben samen één glazenwasserij met vergunning;"
                        + " hun " + employees + " werknemers wonen op eigen adressen en houden hun loon.");
    }
}
