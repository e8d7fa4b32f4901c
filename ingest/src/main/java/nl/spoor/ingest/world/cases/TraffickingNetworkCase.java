package nl.spoor.ingest.world.cases;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import nl.spoor.ingest.world.Addresses;
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
import nl.spoor.ingest.world.Sources;
import nl.spoor.ingest.world.TruthCase;
import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.RelationshipKind;

/**
 * Mensenhandel (DESIGN §5), two variants around one controller:
 * <ul>
 *   <li>{@code seksueel}: six to eight young women registered at a house the controller lets them, moved
 *       between hotels and Airbnbs in three or four cities (LIVES_AT with from/until, seen there by the
 *       police), offered in escort ads under ever other aliases that share a few phone numbers; each week
 *       they pay in cash and transfer it to the controller (fan-in). One of them recruited two newer ones,
 *       whose money runs through her account to him: victim and suspect at once, so truth carries a
 *       {@code protectiveFlag}. A car registered to a front (a man on bijstand) is seen with the controller
 *       at the wheel in the cities of the stays, on days of the stays.</li>
 *   <li>{@code arbeid}: an uitzendbureau (SBI 78.20) directed by the controller employs 16–24 migrant
 *       workers, houses them in two houses it owns (LANDLORD_OF from the firm, rent kept from the wage) and
 *       drives them in its own van (employer = landlord = transporter); every month each worker also pays
 *       the controller personally for "schuld" (fan-in).</li>
 * </ul>
 */
public final class TraffickingNetworkCase implements PlantedCase {

    public enum Variant {
        SEKSUEEL, ARBEID
    }

    static final List<String> SITES = List.of("escortgids.example.nl", "damesvanplezier.example.nl", "kinkyadvertenties.example.nl");
    private static final List<String> ALIASES = List.of("Bella", "Nikita", "Roxy", "Chanel", "Jasmin", "Lara", "Mia", "Angel", "Diana",
            "Sabrina", "Kim", "Vanessa", "Naomi", "Tiffany", "Candy", "Lola", "Sasha", "Monica", "Alina", "Destiny");
    private static final List<String> STAY_TOWNS = List.of("GM0363", "GM0392", "GM0394", "GM0361", "GM0405", "GM0400", "GM0453");

    private final Variant variant;

    public TraffickingNetworkCase(Variant variant) {
        this.variant = variant;
    }

    @Override
    public void plant(CaseContext ctx, int number) {
        String v = variant.name().toLowerCase(Locale.ROOT);
        String caseId = "trafficking-" + v + "-" + number;
        TruthCase truth = ctx.record(caseId, "traffickingNetwork", v, true);
        if (variant == Variant.SEKSUEEL) {
            sexual(ctx, caseId, truth);
        } else {
            labour(ctx, caseId, truth);
        }
    }

    private static void sexual(CaseContext ctx, String caseId, TruthCase truth) {
        SplittableRandom random = ctx.random();
        NoordHolland.Municipality home = NoordHolland.byCode(List.of("GM0479", "GM0363", "GM0392").get(random.nextInt(3)));
        Names.Origin origin = random.nextBoolean() ? Names.Origin.ROMANIAN : Names.Origin.BULGARIAN;
        Household controllerHome = ctx.household(origin, Population.Composition.COUPLE, home, null, 28 + random.nextInt(15));
        Resident controller = controllerHome.head();
        ctx.benefit(controller, "WW", 1_600_00 + random.nextInt(50) * 1_000L);
        ctx.complete(controllerHome, true, false);
        String workPhone = ctx.mobile(controller.id(), Sources.POLITIE);
        String secondPhone = ctx.mobile(controller.id(), Sources.POLITIE);

        // The house the victims are registered at, let by the controller room by room.
        Addresses.Address house = ctx.address(home, null, Addresses.Type.WONING);
        Household victims = ctx.lodgings(house, origin);
        int n = 6 + random.nextInt(3);
        LocalDate firstDay = ctx.statementsFrom();
        LocalDate lastDay = ctx.statementsUntil();
        List<Resident> women = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Names.Origin o = i % 3 == 2 ? Names.Origin.POLISH : origin;
            LocalDate from = ctx.day(firstDay.minusMonths(8), firstDay.minusDays(10));
            Resident w = ctx.member(victims, o, true, null, 19 + random.nextInt(8), i < 2 ? Boolean.TRUE : null, from);
            ctx.noIncome(w);
            Networks.landlord(ctx, controller.id(), w, house.id(), from, (550 + random.nextInt(20) * 10) * 100L);
            women.add(w);
        }
        ctx.complete(victims, false, false);
        Resident suspect = women.getFirst();
        List<Resident> recruits = women.subList(n - 2, n);
        String suspectPhone = ctx.mobile(suspect.id(), Sources.BRP);

        // Rotation: the group moves every one to three weeks to a hotel or an Airbnb in another town.
        Household front = ctx.household(Names.Origin.DUTCH, Population.Composition.SINGLE, NoordHolland.byCode("GM0439"), null, 45 + random.nextInt(15));
        ctx.benefit(front.head(), "bijstand", 1_300_00 + random.nextInt(100) * 100L);
        ctx.complete(front, true, false);
        Cars.Model model = Cars.ORDINARY.get(9 + random.nextInt(2));
        String car = ctx.vehicle(front.head().id(), model, 2017 + random.nextInt(4), firstDay.minusMonths(10));
        List<String> cities = new ArrayList<>();
        int stays = 0;
        int sightings = 0;
        int adCount = 0;
        List<String> aliases = new ArrayList<>(ALIASES);
        Map<String, List<List<String>>> onPhone = new LinkedHashMap<>();
        int town = random.nextInt(STAY_TOWNS.size());
        for (LocalDate from = firstDay.plusDays(random.nextInt(5)); from.isBefore(lastDay.minusDays(7)); ) {
            LocalDate until = from.plusDays(9 + random.nextInt(12));
            if (until.isAfter(lastDay)) {
                until = lastDay;
            }
            NoordHolland.Municipality m = NoordHolland.byCode(STAY_TOWNS.get(town % STAY_TOWNS.size()));
            town++;
            Addresses.Address at = ctx.address(m, null, random.nextBoolean() ? Addresses.Type.HOTEL : Addresses.Type.AIRBNB);
            truth.entity(at.id(), EntityKind.ADDRESS, "stay");
            if (!cities.contains(m.cbsCode())) {
                cities.add(m.cbsCode());
            }
            for (Resident w : women) {
                if (w == suspect || random.nextInt(100) < 60) {
                    ctx.world().link(RelationshipKind.LIVES_AT, w.id(), at.id(), from.toString(), Sources.POLITIE, Map.of("from", from, "until", until));
                    stays++;
                    // A fresh ad in the new town, under a new alias, on one of the shared phones.
                    String phone = recruits.contains(w) || w == suspect && random.nextBoolean() ? suspectPhone
                            : random.nextInt(100) < 65 ? workPhone : secondPhone;
                    String alias = aliases.remove(random.nextInt(aliases.size()));
                    if (aliases.isEmpty()) {
                        aliases.addAll(ALIASES);
                    }
                    truth.entity(ad(ctx, w, phone, alias, at.district().place(), from, random), EntityKind.AD, "ad");
                    adCount++;
                    onPhone.computeIfAbsent(phone, k -> new ArrayList<>()).add(List.of(alias, w.id()));
                }
            }
            int seen = 1 + random.nextInt(2);
            for (int s = 0; s < seen; s++) {
                ctx.sighting(controller.id(), car, ctx.day(from, until), at.district().place());
                sightings++;
            }
            from = until.plusDays(1);
        }

        // Weekly: cash earned goes into her own account and on to the controller; the recruits' money via the suspect.
        long fanIn = 0;
        long viaSuspect = 0;
        for (LocalDate week = firstDay.plusDays(2); !week.isAfter(lastDay.minusDays(1)); week = week.plusDays(7)) {
            long suspectOwes = 0;
            for (Resident w : women) {
                long cents = (300 + random.nextInt(61) * 10) * 100L;
                ctx.cashDeposit(caseId, home, w.iban(), cents, week, "Storting contant");
                boolean recruit = recruits.contains(w);
                String to = recruit ? suspect.iban() : controller.iban();
                ctx.transfer(caseId, w.iban(), to, cents, week.plusDays(random.nextInt(2)), TEXTS[random.nextInt(TEXTS.length)], "sepa");
                if (recruit) {
                    suspectOwes += cents;
                    viaSuspect += cents;
                } else {
                    fanIn += cents;
                }
            }
            ctx.transfer(caseId, suspect.iban(), controller.iban(), suspectOwes, week.plusDays(2), "Terugbetaling lening", "sepa");
            fanIn += suspectOwes;
        }

        truth.subject(controller.id(), EntityKind.PERSON).entity(house.id(), EntityKind.ADDRESS, "registeredAddress");
        for (Resident w : women) {
            truth.entity(w.id(), EntityKind.PERSON, w == suspect ? "victimSuspect" : recruits.contains(w) ? "recruit" : "victim");
        }
        truth.entity(front.head().id(), EntityKind.PERSON, "front")
                .entity(car, EntityKind.VEHICLE, "transport")
                .entity(workPhone, EntityKind.PHONE, "sharedPhone")
                .entity(secondPhone, EntityKind.PHONE, "sharedPhone")
                .entity(suspectPhone, EntityKind.PHONE, "sharedPhone");
        truth.indicator("fanInSenders", n - 2)
                .indicator("personsPerAddress", n)
                .indicator("unrelatedPersonsPerAddress", n)
                .indicator("hotelStays", stays)
                .indicator("stayCities", cities.size())
                .indicator("ads", adCount)
                .indicator("adsPerPhone", onPhone.values().stream().mapToInt(List::size).max().orElse(0))
                .indicator("aliasesPerPhone", onPhone.values().stream().mapToLong(l -> l.stream().map(List::getFirst).distinct().count()).max().orElse(0))
                .indicator("personsPerPhone", onPhone.values().stream().mapToLong(l -> l.stream().map(List::getLast).distinct().count()).max().orElse(0))
                .indicator("vehicleSightingsAtStays", sightings)
                .indicator("protectiveFlag", 1);
        Map<String, Object> flag = new LinkedHashMap<>();
        flag.put("person", suspect.id());
        flag.put("reason", "slachtoffer en verdachte: staat zelf in advertenties en wordt uitgebuit, maar wierf twee jongere vrouwen"
                + " en sluist hun geld via haar rekening door naar de controller (EUR " + Money.format(viaSuspect) + ")");
        truth.parameter("protectiveFlag", flag)
                .parameter("fanInAmount", Money.euros(fanIn))
                .parameter("viaVictimSuspect", Money.euros(viaSuspect))
                .parameter("victims", n)
                .parameter("cities", cities)
                .explanation(controller.name().name() + " laat " + n + " jonge vrouwen op één adres inschrijven, verplaatst ze tussen hotels en"
                        + " Airbnb's in " + cities.size() + " gemeenten, biedt ze aan in " + adCount + " advertenties met wisselende namen en gedeelde"
                        + " telefoonnummers en ontvangt wekelijks hun geld; een van hen is slachtoffer en ronselaar tegelijk.");
    }

    private static final String[] TEXTS = {"Lening", "Terugbetaling", "Huur kamer", "Schuld", "Voor de reis"};

    /** An escort ad offering {@code w}, on a shared phone. */
    private static String ad(CaseContext ctx, Resident w, String phone, String alias, String place, LocalDate posted, SplittableRandom random) {
        String id = Networks.freeId(ctx, "ad");
        String site = SITES.get(random.nextInt(SITES.size()));
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("site", site);
        p.put("title", "Nieuw in " + place + "! " + alias + " (" + w.age(posted) + ")");
        p.put("alias", alias);
        p.put("postedDate", posted);
        p.put("url", "https://" + site + "/advertentie/" + (100_000 + random.nextInt(900_000)));
        ctx.world().node(EntityKind.AD, id, Sources.INTERNET, p);
        ctx.world().link(RelationshipKind.ADVERTISES_WITH, id, w.id(), null, Sources.INTERNET, Map.of());
        ctx.world().link(RelationshipKind.USES_PHONE, id, phone, null, Sources.INTERNET, Map.of());
        return id;
    }

    private static void labour(CaseContext ctx, String caseId, TruthCase truth) {
        SplittableRandom random = ctx.random();
        NoordHolland.Municipality m = NoordHolland.byCode(List.of("GM0394", "GM0479", "GM0453").get(random.nextInt(3)));
        Household controllerHome = ctx.household(Names.Origin.DUTCH, Population.Composition.COUPLE, m, null, 35 + random.nextInt(15));
        Resident controller = controllerHome.head();
        LocalDate start = LocalDate.of(2017 + random.nextInt(5), 1 + random.nextInt(12), 1);
        Population.Firm agency = ctx.company(controller.name().surname() + " Flexwerk B.V.", Population.LegalForm.BV, Sbi.UITZENDBUREAUS, m, start);
        ctx.director(controller.id(), agency, "bestuurder", start);
        ctx.owns(controller.id(), agency, 100, start);
        ctx.employ(controller, agency.party(), 3_200_00 + random.nextInt(50) * 1_000L);
        ctx.complete(controllerHome, true, false);
        String van = ctx.vehicle(agency.id(), Cars.COMMERCIAL.get(random.nextInt(Cars.COMMERCIAL.size())), 2019 + random.nextInt(4), start.plusYears(1));

        List<YearMonth> months = Networks.statementMonths(ctx);
        int workers = 0;
        int maxPersons = 0;
        int sightings = 0;
        long wages = 0;
        long fanIn = 0;
        List<Names.Origin> origins = List.of(Names.Origin.POLISH, Names.Origin.ROMANIAN, Names.Origin.BULGARIAN);
        for (int hIndex = 0; hIndex < 2; hIndex++) {
            Household house = ctx.household(origins.get(random.nextInt(3)), Population.Composition.SHARED, m, null, 20 + random.nextInt(25));
            int persons = 8 + random.nextInt(5);
            boolean newcomer = false;
            while (house.members().size() < persons) {
                ctx.member(house, origins.get(random.nextInt(3)), random.nextInt(100) < 30, null, 19 + random.nextInt(35), newcomer ? null : Boolean.TRUE,
                        ctx.day(LocalDate.of(2023, 6, 1), LocalDate.of(2024, 3, 31)));
                newcomer = true;
            }
            maxPersons = Math.max(maxPersons, persons);
            String re = ctx.realEstate(house.address(), (280_000 + random.nextInt(100) * 1_000L) * 100, start.plusMonths(6 + random.nextInt(24)),
                    agency.id(), false);
            truth.entity(house.address().id(), EntityKind.ADDRESS, "workerHousing").entity(re, EntityKind.REAL_ESTATE, "property");
            long rent = (450 + random.nextInt(11) * 10) * 100L;
            List<Long> gross = new ArrayList<>();
            for (Resident w : house.members()) {
                long g = (2_070 + random.nextInt(20) * 10) * 100L;
                ctx.employ(w, agency.party(), g);
                gross.add(g);
                Networks.landlord(ctx, agency.id(), w, house.address().id(), ctx.day(LocalDate.of(2023, 6, 1), LocalDate.of(2024, 3, 31)), rent);
            }
            ctx.complete(house, false, false);
            for (int i = 0; i < house.members().size(); i++) {
                Resident w = house.members().get(i);
                ctx.wagesPaidByCase(w);
                truth.entity(w.id(), w.kind(), "victim");
                long debt = (150 + random.nextInt(16) * 10) * 100L;
                for (YearMonth month : months) {
                    long net = Networks.net(gross.get(i)) - rent - 60_00;
                    LocalDate paid = month.atDay(20 + random.nextInt(5));
                    ctx.transfer(caseId, agency.party().iban(), w.iban(), net, paid,
                            "Salaris " + Networks.month(month) + " na inhouding huisvesting en vervoer", "salaris");
                    ctx.transfer(caseId, w.iban(), controller.iban(), debt, paid.plusDays(random.nextInt(4)), "Aflossing schuld " + Networks.month(month), "sepa");
                    wages += net;
                    fanIn += debt;
                }
                workers++;
            }
            // The van fetches the workers at the house early in the morning.
            int seen = 3 + random.nextInt(3);
            for (int s = 0; s < seen; s++) {
                ctx.sighting(controller.id(), van, ctx.day(ctx.statementsFrom(), ctx.statementsUntil()),
                        house.address().district().place());
                sightings++;
            }
        }
        truth.subject(controller.id(), EntityKind.PERSON)
                .entity(agency.id(), EntityKind.COMPANY, "company")
                .entity(van, EntityKind.VEHICLE, "transport")
                .indicator("fanInSenders", workers)
                .indicator("personsPerAddress", maxPersons)
                .indicator("unrelatedPersonsPerAddress", maxPersons)
                .indicator("employerIsLandlord", workers)
                .indicator("transportSightingsAtHousing", sightings)
                .parameter("sbiCode", Sbi.UITZENDBUREAUS.code())
                .parameter("fanInAmount", Money.euros(fanIn))
                .parameter("wagesPaid", Money.euros(wages))
                .explanation(controller.name().name() + " is bestuurder van uitzendbureau " + agency.party().name() + " dat " + workers
                        + " arbeidsmigranten in dienst heeft, huisvest in twee eigen woningen (tot " + maxPersons + " per woning) en vervoert in"
                        + " een eigen busje; de huur gaat van het loon af en elke werknemer betaalt hem maandelijks privé een 'schuld' af.");
    }
}
