package nl.spoor.ingest.world.cases;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import nl.spoor.ingest.world.Resident;
import nl.spoor.ingest.world.Sbi;
import nl.spoor.ingest.world.Sources;
import nl.spoor.ingest.world.TruthCase;
import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.RelationshipKind;

/**
 * Sector-exploitation network (DESIGN §5, glazenwasser-netwerk): a family — father, mother, two or three
 * sons with their wives, a cousin, an in-law — and a katvanger on bijstand control six or seven small firms
 * of one SBI code in one district, sharing two business addresses, one phone and accounts co-held by the
 * mother. Two or three firms are phoenix successors of a firm that stopped weeks to months before at the
 * same address with the same owners. Two or three houses of the family (or its B.V.) each have 8–14
 * migrant workers registered (some without BSN); the firms employ them, the owner of the house lets them
 * rooms with the rent kept from the wage, and 70–85 % of each wage goes on to a family account within
 * four days. No firm has the Zaanstad permit window cleaners need since 1 July 2024.
 *
 * <p>Variants by SBI code: {@code glazenwassers} (81.22, Zaandam-Oost, EU labour migrants) and {@code
 * kappers} (96.02 barbershops, Amsterdam Nieuw-West), the same structure in another sector.
 */
public final class SectorNetworkCase implements PlantedCase {

    public enum Variant {
        GLAZENWASSERS(Sbi.GLAZENWASSERS, "Zaandam-Oost", List.of(Names.Origin.POLISH, Names.Origin.ROMANIAN, Names.Origin.BULGARIAN)),
        KAPPERS(Sbi.KAPPERS, "Nieuw-West", List.of(Names.Origin.TURKISH, Names.Origin.SYRIAN, Names.Origin.MOROCCAN));

        final Sbi.Activity activity;
        final String district;
        final List<Names.Origin> workers;

        Variant(Sbi.Activity activity, String district, List<Names.Origin> workers) {
            this.activity = activity;
            this.district = district;
            this.workers = workers;
        }
    }

    /** A forward counts if it leaves within this many days of the wage (the query's default window). */
    static final int FORWARD_WINDOW_DAYS = 7;
    /** Persons registered at one address from which a query flags overbewoning. */
    static final int OVERCROWDED = 6;

    private final Variant variant;

    public SectorNetworkCase(Variant variant) {
        this.variant = variant;
    }

    private record Planned(String name, Population.LegalForm form, List<Resident> owners, Addresses.Address at) {
    }

    @Override
    public void plant(CaseContext ctx, int number) {
        SplittableRandom random = ctx.random();
        String v = variant.name().toLowerCase(Locale.ROOT);
        String caseId = "sector-" + v + "-" + number;
        TruthCase truth = ctx.record(caseId, "sectorNetwork", v, true);
        NoordHolland.District d = NoordHolland.district(variant.district);
        NoordHolland.Municipality m = NoordHolland.municipalityOf(d);
        Names.Origin origin = random.nextBoolean() ? Names.Origin.DUTCH : Names.Origin.TURKISH;

        // The family: parents, sons (with wives) in homes of their own, a cousin, the brother of a son's wife.
        Household parents = ctx.household(origin, Population.Composition.COUPLE, m, d, 56 + random.nextInt(10));
        Resident father = parents.head();
        Resident mother = parents.members().get(1);
        Names.Surname clan = new Names.Surname(father.name().tussenvoegsel(), father.name().surname());
        List<Household> sonHomes = new ArrayList<>();
        List<Resident> sons = new ArrayList<>();
        int sonCount = 2 + random.nextInt(2);
        for (int i = 0; i < sonCount; i++) {
            Household h = ctx.household(origin, Population.Composition.COUPLE, m, d, 25 + random.nextInt(12), clan);
            Networks.family(ctx, father, h.head(), "parent");
            Networks.family(ctx, mother, h.head(), "parent");
            for (Resident brother : sons) {
                Networks.family(ctx, brother, h.head(), "sibling");
            }
            sonHomes.add(h);
            sons.add(h.head());
        }
        Household cousinHome = ctx.household(origin, Population.Composition.SINGLE, m, d, 24 + random.nextInt(10), clan);
        Resident cousin = cousinHome.head();
        Networks.family(ctx, cousin, sons.getFirst(), "cousin");
        Resident sisterInLaw = sonHomes.getFirst().members().get(1);
        Household inLawHome = ctx.household(origin, Population.Composition.SINGLE, m, d, 23 + random.nextInt(12),
                new Names.Surname(sisterInLaw.name().tussenvoegsel(), sisterInLaw.name().surname()));
        Resident inLaw = inLawHome.head();
        Networks.family(ctx, inLaw, sisterInLaw, "sibling");
        // The katvanger: on bijstand, elsewhere in the municipality, no family tie.
        Household strawHome = ctx.household(Names.Origin.DUTCH, Population.Composition.SINGLE, m, null, 21 + random.nextInt(30));
        Resident straw = strawHome.head();

        // Firms: two shared offices, one eenmanszaak at a son's home; the katvanger's firm at an office.
        Addresses.Address office1 = ctx.address(m, d, Addresses.Type.BEDRIJFSPAND);
        Addresses.Address office2 = ctx.address(m, d, Addresses.Type.BEDRIJFSPAND);
        String word = variant.activity.nameWord();
        List<Planned> plan = new ArrayList<>(List.of(
                new Planned(clan.surname() + " " + word + " B.V.", Population.LegalForm.BV, List.of(father), office1),
                new Planned(word + " " + sons.get(0).name().firstName(), Population.LegalForm.EENMANSZAAK, List.of(sons.get(0)), office1),
                new Planned(word + " " + d.place() + " " + sons.get(1).name().firstName(), Population.LegalForm.EENMANSZAAK, List.of(sons.get(1)),
                        sonHomes.get(1).address()),
                new Planned(word + " " + office2.street() + " V.O.F.", Population.LegalForm.VOF, List.of(sons.getLast(), cousin), office2),
                new Planned(word + " " + straw.name().surname(), Population.LegalForm.EENMANSZAAK, List.of(straw), office2),
                new Planned(word + " " + inLaw.name().firstName() + " " + inLaw.name().surname(), Population.LegalForm.EENMANSZAAK, List.of(inLaw),
                        office1)));
        if (random.nextBoolean()) {
            plan.add(new Planned(word + " Service " + d.place(), Population.LegalForm.EENMANSZAAK, List.of(straw), office1));
        }
        int phoenixCount = 2 + random.nextInt(2);
        List<Population.Firm> firms = new ArrayList<>();
        List<Population.Firm> active = new ArrayList<>();
        List<Population.Firm> coHeld = new ArrayList<>();
        String sharedPhone = ctx.mobile(father.id(), Sources.BRP);
        int maxGap = 0;
        int sharingPhone = 0;
        List<String> registeredAt = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            Planned p = plan.get(i);
            // Phoenix successors are the son's firm at office 1, the V.O.F. and the katvanger's firm at office 2.
            boolean phoenix = i == 1 && phoenixCount >= 1 || i == 3 && phoenixCount >= 2 || i == 4 && phoenixCount >= 3;
            LocalDate start = phoenix ? ctx.day(LocalDate.of(2023, 3, 1), LocalDate.of(2024, 9, 30))
                    : LocalDate.of(2015 + random.nextInt(8), 1 + random.nextInt(12), 1 + random.nextInt(28));
            Population.Firm firm = ctx.company(p.name(), p.form(), variant.activity, p.at(), start, null, false);
            if (phoenix) {
                int gap = 14 + random.nextInt(107);
                LocalDate end = start.minusDays(gap);
                LocalDate began = LocalDate.of(2016 + random.nextInt(4), 1 + random.nextInt(12), 1 + random.nextInt(28));
                String oldName = p.form() == Population.LegalForm.VOF ? word + " " + d.place() + " " + p.at().houseNumber() + " V.O.F."
                        : p.owners().getFirst().name().surname() + " " + word;
                Population.Firm predecessor = ctx.company(oldName, p.form(), variant.activity, p.at(), began, end, false);
                controlled(ctx, predecessor, p, began);
                ctx.world().link(RelationshipKind.SUCCEEDED_BY, predecessor.id(), firm.id(), null, Sources.KVK, Map.of("date", start));
                firms.add(predecessor);
                registeredAt.add(p.at().id());
                truth.entity(predecessor.id(), EntityKind.COMPANY, "company");
                maxGap = Math.max(maxGap, gap);
            }
            controlled(ctx, firm, p, start);
            firms.add(firm);
            registeredAt.add(p.at().id());
            active.add(firm);
            truth.entity(firm.id(), EntityKind.COMPANY, "company");
            if (p.at() != sonHomes.get(1).address()) {
                ctx.world().link(RelationshipKind.USES_PHONE, firm.id(), sharedPhone, null, Sources.KVK, Map.of());
                sharingPhone++;
            }
            // The mother may sign for the firms of the in-law and the katvanger: the money stays in the family.
            if (p.owners().contains(straw) || p.owners().contains(inLaw)) {
                ctx.holdsToo(mother.id(), firm.party().iban(), start);
                coHeld.add(firm);
            }
        }

        // Incomes: small draws from their own firms, the katvanger keeps his bijstand.
        ctx.selfEmployed(father, active.getFirst(), 2_400_00 + random.nextInt(60) * 1_000L);
        ctx.selfEmployed(sons.get(0), active.get(1), 1_700_00 + random.nextInt(50) * 1_000L);
        ctx.selfEmployed(sons.get(1), active.get(2), 1_700_00 + random.nextInt(50) * 1_000L);
        if (sonCount == 3) {
            ctx.selfEmployed(sons.get(2), active.get(3), 1_600_00 + random.nextInt(50) * 1_000L);
        }
        ctx.selfEmployed(cousin, active.get(3), 1_500_00 + random.nextInt(50) * 1_000L);
        ctx.selfEmployed(inLaw, active.get(5), 1_500_00 + random.nextInt(50) * 1_000L);
        ctx.benefit(straw, "bijstand", 1_250_00 + random.nextInt(100) * 100L);
        ctx.complete(parents, false, true);
        ctx.buyHome(parents, (420_000 + random.nextInt(200) * 1_000L) * 100, LocalDate.of(2005 + random.nextInt(10), 3, 1), false);
        for (Household h : sonHomes) {
            ctx.complete(h, false, true);
            ctx.buyHome(h, (330_000 + random.nextInt(150) * 1_000L) * 100, LocalDate.of(2016 + random.nextInt(7), 5, 1), false);
        }
        ctx.complete(cousinHome, true, true);
        ctx.complete(inLawHome, true, true);
        ctx.complete(strawHome, true, false);

        // Worker houses, owned by the father, the eldest son or the family B.V.; 8–14 registered at each.
        List<String> owners = List.of(father.id(), sons.getFirst().id(), active.getFirst().id());
        List<String> collectors = List.of(father.iban(), sons.getFirst().iban());
        int houses = 2 + random.nextInt(2);
        int maxPersons = 0;
        int workerCount = 0;
        long wages = 0;
        long forwarded = 0;
        int maxDelay = 0;
        List<YearMonth> months = Networks.statementMonths(ctx);
        for (int hIndex = 0; hIndex < houses; hIndex++) {
            Names.Origin first = variant.workers.get(random.nextInt(variant.workers.size()));
            Household house = ctx.household(first, Population.Composition.SHARED, m, d, 20 + random.nextInt(25));
            int persons = 8 + random.nextInt(7);
            boolean newcomerDone = false;
            while (house.members().size() < persons) {
                Names.Origin o = variant.workers.get(random.nextInt(variant.workers.size()));
                ctx.member(house, o, random.nextInt(100) < 20, null, 19 + random.nextInt(35), newcomerDone ? null : Boolean.TRUE,
                        ctx.day(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 6, 30)));
                newcomerDone = true;
            }
            maxPersons = Math.max(maxPersons, persons);
            String owner = owners.get(hIndex);
            LocalDate bought = LocalDate.of(2012 + random.nextInt(8), 1 + random.nextInt(12), 1);
            String re = ctx.realEstate(house.address(), (270_000 + random.nextInt(120) * 1_000L) * 100, bought, owner, false);
            truth.entity(house.address().id(), EntityKind.ADDRESS, "workerHousing").entity(re, EntityKind.REAL_ESTATE, "property");
            long rent = (400 + random.nextInt(16) * 10) * 100L;
            List<Long> gross = new ArrayList<>();
            List<Population.Firm> employers = new ArrayList<>();
            for (Resident w : house.members()) {
                Population.Firm employer = active.get(workerCount % active.size());
                long g = (2_070 + random.nextInt(30) * 10) * 100L;
                ctx.employ(w, employer.party(), g);
                gross.add(g);
                employers.add(employer);
                Networks.landlord(ctx, owner, w, house.address().id(), ctx.day(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 6, 30)), rent);
                workerCount++;
            }
            ctx.complete(house, false, false);
            for (int i = 0; i < house.members().size(); i++) {
                Resident w = house.members().get(i);
                ctx.wagesPaidByCase(w);
                truth.entity(w.id(), w.kind(), "worker");
                String employerIban = employers.get(i).party().iban();
                String collector = collectors.get(i % collectors.size());
                int share = 70 + random.nextInt(16);
                for (YearMonth month : months) {
                    long net = Networks.net(gross.get(i)) - rent;
                    LocalDate paid = month.atDay(24 + random.nextInt(4));
                    ctx.transfer(caseId, employerIban, w.iban(), net, paid, "Salaris " + Networks.month(month) + " na inhouding huisvesting", "salaris");
                    int delay = 1 + random.nextInt(4);
                    long back = Math.round(net * share / 100.0 / 1000.0) * 1000;
                    ctx.transfer(caseId, w.iban(), collector, back, paid.plusDays(delay), FORWARD_TEXTS[random.nextInt(FORWARD_TEXTS.length)], "sepa");
                    wages += net;
                    forwarded += back;
                    maxDelay = Math.max(maxDelay, delay);
                }
            }
        }

        truth.subject(father.id(), EntityKind.PERSON)
                .entity(mother.id(), EntityKind.PERSON, "familyMember");
        sons.forEach(s -> truth.entity(s.id(), EntityKind.PERSON, "familyMember"));
        truth.entity(cousin.id(), EntityKind.PERSON, "familyMember")
                .entity(inLaw.id(), EntityKind.PERSON, "familyMember")
                .entity(straw.id(), EntityKind.PERSON, "strawMan")
                .entity(office1.id(), EntityKind.ADDRESS, "registeredAddress")
                .entity(office2.id(), EntityKind.ADDRESS, "registeredAddress")
                .entity(sharedPhone, EntityKind.PHONE, "sharedPhone");
        collectors.forEach(c -> truth.entity(c, EntityKind.BANK_ACCOUNT, "collectorAccount"));
        int controllers = 4 + sonCount; // father, sons, cousin, in-law and the katvanger
        truth.indicator("networkFirms", firms.size())
                .indicator("activeFirms", active.size())
                .indicator("familyControllers", controllers - 1)
                .indicator("nonFamilyControllers", 1)
                .indicator("maxFirmsPerAddress", registeredAt.stream().mapToLong(a -> registeredAt.stream().filter(a::equals).count()).max().orElse(0))
                .indicator("maxFirmsPerPhone", sharingPhone)
                .indicator("firmAccountsCoHeld", coHeld.size())
                .indicator("phoenixSuccessions", phoenixCount)
                .indicator("maxPhoenixGapDays", maxGap)
                .indicator("overcrowdedAddresses", houses)
                .indicator("maxPersonsPerAddress", maxPersons)
                .indicator("workers", workerCount)
                .indicator("employerLandlordShare", 1.0)
                .indicator("forwardedFraction", (double) forwarded / wages)
                .indicator("maxForwardDelayDays", maxDelay);
        if (variant == Variant.GLAZENWASSERS) {
            truth.indicator("firmsWithoutPermit", active.size());
        }
        truth.parameter("sbiCode", variant.activity.code())
                .parameter("district", d.name())
                .parameter("municipalityCode", m.cbsCode())
                .parameter("forwardWindowDays", FORWARD_WINDOW_DAYS)
                .parameter("overcrowdedFrom", OVERCROWDED)
                .parameter("phoenixWindowDays", 180)
                .parameter("wagesPaid", Money.euros(wages))
                .parameter("forwarded", Money.euros(forwarded))
                .explanation("Familie " + clan.surname() + " beheerst met een katvanger " + firms.size() + " bedrijven (SBI " + variant.activity.code()
                        + ") in " + d.name() + " met gedeelde adressen, telefoon en rekeningen en " + phoenixCount + " doorstarts; " + workerCount
                        + " werknemers staan ingeschreven op " + houses + " woningen van de familie (tot " + maxPersons
                        + " per woning), betalen huur aan hun werkgever en sturen binnen dagen het grootste deel van hun loon door aan de familie"
                        + (variant == Variant.GLAZENWASSERS ? "; geen van de bedrijven heeft de Zaanse glazenwassersvergunning." : "."));
    }

    private static final String[] FORWARD_TEXTS = {"Aflossing voorschot", "Vervoer en werkkleding", "Terugbetaling", "Afdracht", "Huur en borg"};

    /** Directors and owners as the legal form has them: one eigenaar, two vennoten, one bestuurder. */
    private static void controlled(CaseContext ctx, Population.Firm firm, Planned p, LocalDate from) {
        String role = switch (p.form()) {
            case EENMANSZAAK -> "eigenaar";
            case VOF -> "vennoot";
            default -> "bestuurder";
        };
        for (Resident r : p.owners()) {
            ctx.director(r.id(), firm, role, from);
            ctx.owns(r.id(), firm, 100 / p.owners().size(), from);
        }
    }
}
