package nl.spoor.ingest.world;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.RelationshipKind;

/**
 * The people, firms and public bodies of the world, and every register fact about them (BRP, KvK, RDW,
 * Kadaster, UWV, Belastingdienst, bank accounts). Each method writes what it creates at once through
 * the {@link WorldBuilder} and keeps in memory only what the payments need. Planted cases use the same
 * methods through {@link CaseContext}, so their people live ordinary lives around what was planted.
 */
public final class Population {

    /** Registers describe 2023–2024; declared income is for these years. */
    public static final LocalDate REGISTER_FROM = LocalDate.of(2023, 1, 1);
    public static final LocalDate REGISTER_UNTIL = LocalDate.of(2024, 12, 31);
    /** Since this day Zaanstad requires a permit for window cleaners. */
    public static final LocalDate ZAANSTAD_PERMIT_DUTY = LocalDate.of(2024, 7, 1);

    public enum Composition {
        SINGLE, COUPLE, COUPLE_WITH_CHILDREN, SINGLE_PARENT, SHARED
    }

    public enum LegalForm {
        EENMANSZAAK("Eenmanszaak"), VOF("Vennootschap onder firma"), BV("Besloten vennootschap"),
        HOLDING("Besloten vennootschap"), STICHTING("Stichting");

        final String written;

        LegalForm(String written) {
            this.written = written;
        }
    }

    /** A company in memory: what payments and cases need. */
    public record Firm(Party party, LegalForm form, Sbi.Activity activity, NoordHolland.Municipality municipality) {
        public String id() {
            return party.id();
        }
    }

    final WorldBuilder world;
    final SplittableRandom random;
    final IdentifierFactory ids;
    final Names names;
    final Addresses addresses;
    final List<Household> households = new ArrayList<>();
    final List<Firm> firms = new ArrayList<>();
    final List<Party> employers = new ArrayList<>();
    final List<Resident> landlords = new ArrayList<>();
    final List<Firm> landlordFirms = new ArrayList<>();
    final Map<String, Party> gemeenten = new LinkedHashMap<>();
    final Map<String, List<Firm>> corporaties = new LinkedHashMap<>();
    final Map<String, Party> bankParties = new LinkedHashMap<>();
    final List<Firm> supermarkets = new ArrayList<>();
    final List<Firm> energy = new ArrayList<>();
    final List<Firm> insurers = new ArrayList<>();
    final List<Firm> telecom = new ArrayList<>();
    final List<Firm> webshops = new ArrayList<>();
    Party belastingdienst;
    Party uwv;
    Party svb;
    private int personNumber;
    private int realEstateNumber;
    private int permitNumber;
    private final int[] municipalityCumulative;

    Population(WorldBuilder world, SplittableRandom random) {
        this.world = world;
        this.random = random;
        this.ids = new IdentifierFactory(random);
        this.names = new Names(random);
        this.addresses = new Addresses(random);
        municipalityCumulative = new int[NoordHolland.MUNICIPALITIES.size()];
        int sum = 0;
        for (int i = 0; i < municipalityCumulative.length; i++) {
            sum += NoordHolland.MUNICIPALITIES.get(i).weight();
            municipalityCumulative[i] = sum;
        }
    }

    // ---- places and public bodies -------------------------------------------------------------

    void placesAndPublicBodies() {
        for (NoordHolland.Municipality m : NoordHolland.MUNICIPALITIES) {
            world.node(EntityKind.PLACE, m.placeId(), Sources.BRP, Map.of("name", m.name(), "cbsCode", m.cbsCode(), "province", NoordHolland.PROVINCE));
        }
        belastingdienst = organization("org:belastingdienst", "Belastingdienst", "belastingdienst");
        uwv = organization("org:uwv", "UWV", "uitkeringsinstantie");
        svb = organization("org:svb", "Sociale Verzekeringsbank", "uitkeringsinstantie");
        for (Banks.Bank bank : Banks.ALL) {
            bankParties.put(bank.code(), organization("org:bank-" + bank.code().toLowerCase(java.util.Locale.ROOT), bank.name(), "bank", bank));
        }
        for (NoordHolland.Municipality m : NoordHolland.MUNICIPALITIES) {
            Party g = organization("org:gemeente-" + m.cbsCode().toLowerCase(java.util.Locale.ROOT), "Gemeente " + m.name(), "gemeente");
            gemeenten.put(m.cbsCode(), g);
            employers.add(g);
        }
        for (String name : List.of("Provincie Noord-Holland", "Politie Noord-Holland", "Noordwest Zorggroep", "Zorgcentrum De Zaanstreek",
                "Staalbedrijf IJmond", "Luchthaven Afhandeling Noord", "Hogeschool Noord-Holland")) {
            employers.add(organization("org:" + IdentifierFactory.ascii(name), name, "werkgever"));
        }
        NoordHolland.Municipality zaanstad = NoordHolland.byCode("GM0479");
        NoordHolland.Municipality amsterdam = NoordHolland.byCode("GM0363");
        for (String name : List.of("Versmarkt Noord B.V.", "Buurtsuper Zaanstreek B.V.", "Dagmarkt Holland B.V.", "SuperVoordeel Nederland B.V.")) {
            supermarkets.add(institutionalFirm(name, Sbi.SUPERMARKTEN, zaanstad));
        }
        energy.add(institutionalFirm("Polderstroom Energie B.V.", Sbi.ENERGIE, amsterdam));
        energy.add(institutionalFirm("NoordEnergie Levering B.V.", Sbi.ENERGIE, NoordHolland.byCode("GM0361")));
        insurers.add(institutionalFirm("Zorgkring Verzekeringen B.V.", Sbi.VERZEKERAARS, amsterdam));
        insurers.add(institutionalFirm("Waterland Zorgverzekeraar B.V.", Sbi.VERZEKERAARS, NoordHolland.byCode("GM0439")));
        telecom.add(institutionalFirm("Glasnet Telecom B.V.", Sbi.TELECOM, amsterdam));
        telecom.add(institutionalFirm("Kabelnoord B.V.", Sbi.TELECOM, NoordHolland.byCode("GM0392")));
        webshops.add(institutionalFirm("Bestelhuis B.V.", Sbi.WEBWINKELS, amsterdam));
        webshops.add(institutionalFirm("Klikwinkel Nederland B.V.", Sbi.WEBWINKELS, NoordHolland.byCode("GM0402")));
        for (NoordHolland.Municipality m : NoordHolland.MUNICIPALITIES) {
            List<Firm> own = new ArrayList<>();
            int n = m.weight() > 150 ? 2 : 1;
            for (int i = 0; i < n; i++) {
                String name = (i == 0 ? "Woonstichting " : "Stichting Wonen ") + m.name();
                own.add(company(name, LegalForm.STICHTING, Sbi.VASTGOED, m, LocalDate.of(1960 + random.nextInt(40), 1 + random.nextInt(12), 1), null));
            }
            corporaties.put(m.cbsCode(), own);
        }
        for (List<Firm> list : List.of(supermarkets, energy, insurers, telecom, webshops)) {
            list.forEach(f -> employers.add(f.party()));
        }
    }

    private Party organization(String id, String name, String type) {
        return organization(id, name, type, Banks.pick(random));
    }

    private Party organization(String id, String name, String type, Banks.Bank bank) {
        world.node(EntityKind.ORGANIZATION, id, sourceFor(type), Map.of("name", name, "organizationType", type));
        String iban = account(id, bank, LocalDate.of(1990 + random.nextInt(20), 1 + random.nextInt(12), 1));
        return new Party(id, EntityKind.ORGANIZATION, name, iban, bank.code());
    }

    private static String sourceFor(String organizationType) {
        return switch (organizationType) {
            case "uitkeringsinstantie" -> Sources.UWV;
            case "belastingdienst" -> Sources.BELASTINGDIENST;
            default -> Sources.KVK;
        };
    }

    private Firm institutionalFirm(String name, Sbi.Activity activity, NoordHolland.Municipality m) {
        return company(name, LegalForm.BV, activity, m, LocalDate.of(1970 + random.nextInt(40), 1 + random.nextInt(12), 1), null);
    }

    // ---- bank accounts, phones, e-mail --------------------------------------------------------

    /** Opens an account at {@code bank} for an existing entity; returns the IBAN. */
    String account(String holderId, Banks.Bank bank, LocalDate opened) {
        String iban = "iban:" + ids.iban(bank);
        String raw = iban.substring(5);
        world.node(EntityKind.BANK_ACCOUNT, iban, Sources.bank(bank.code()),
                Map.of("iban", raw, "bankCode", bank.code(), "bic", bank.bic(), "currency", "EUR", "openedDate", opened));
        world.link(RelationshipKind.HOLDS_ACCOUNT, holderId, iban, null, Sources.bank(bank.code()), Map.of("from", opened));
        return iban;
    }

    void holdsToo(String holderId, String iban, LocalDate from) {
        String code = iban.substring(9, 13);
        world.link(RelationshipKind.HOLDS_ACCOUNT, holderId, iban, null, Sources.bank(code), Map.of("from", from));
    }

    String phone(String userId, String e164, String source) {
        String id = "phone:" + e164;
        world.node(EntityKind.PHONE, id, source, Map.of("e164", e164, "display", nl.spoor.model.identifiers.PhoneNumber.parse(e164).formatted()));
        world.link(RelationshipKind.USES_PHONE, userId, id, null, source, Map.of());
        return id;
    }

    String email(String userId, String address, String source) {
        String id = "email:" + address;
        world.node(EntityKind.EMAIL, id, source, Map.of("address", address));
        world.link(RelationshipKind.USES_EMAIL, userId, id, null, source, Map.of());
        return id;
    }

    // ---- addresses ---------------------------------------------------------------------------

    NoordHolland.Municipality pickMunicipality() {
        int r = random.nextInt(municipalityCumulative[municipalityCumulative.length - 1]);
        for (int i = 0; i < municipalityCumulative.length; i++) {
            if (r < municipalityCumulative[i]) {
                return NoordHolland.MUNICIPALITIES.get(i);
            }
        }
        throw new IllegalStateException();
    }

    /** A new address, written with its LOCATED_IN. */
    Addresses.Address address(NoordHolland.Municipality m, NoordHolland.District d, Addresses.Type type) {
        Addresses.Address a = d == null ? addresses.in(m, type) : addresses.in(m, d, type);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("addressKey", a.id().substring("address:".length()));
        p.put("street", a.street());
        p.put("houseNumber", a.houseNumber());
        p.put("suffix", a.suffix());
        p.put("postcode", a.postcode());
        p.put("place", a.district().place());
        p.put("municipality", m.name());
        p.put("municipalityCode", m.cbsCode());
        p.put("addressType", type.value());
        world.node(EntityKind.ADDRESS, a.id(), Sources.BRP, p);
        world.link(RelationshipKind.LOCATED_IN, a.id(), m.placeId(), null, Sources.BRP, Map.of());
        return a;
    }

    // ---- households and persons --------------------------------------------------------------

    Household household() {
        Names.Origin origin = Names.Origin.pick(random);
        Composition c;
        int r = random.nextInt(100);
        if (origin.labourMigrant() && r < 45) {
            c = Composition.SHARED;
        } else {
            r = random.nextInt(100);
            c = r < 37 ? Composition.SINGLE : r < 65 ? Composition.COUPLE : r < 92 ? Composition.COUPLE_WITH_CHILDREN : Composition.SINGLE_PARENT;
        }
        return household(origin, c, pickMunicipality(), null, null);
    }

    /**
     * A new household at a new home: persons with names, birth data, BSN, accounts, phones and
     * e-mail, LIVES_AT and FAMILY_OF. Adults get an income kind drawn by age; nothing is paid yet.
     */
    public Household household(Names.Origin origin, Composition c, NoordHolland.Municipality m, NoordHolland.District d, Integer headAgeOrNull) {
        return household(origin, c, m, d, headAgeOrNull, null);
    }

    /** As above, the head (and children) bearing {@code familyOrNull} (a son of a family elsewhere); null: a new family name. */
    public Household household(Names.Origin origin, Composition c, NoordHolland.Municipality m, NoordHolland.District d, Integer headAgeOrNull,
                               Names.Surname familyOrNull) {
        Household h = new Household(address(m, d, Addresses.Type.WONING), origin, c == Composition.SHARED);
        LocalDate end = REGISTER_UNTIL;
        Names.Surname family = familyOrNull != null ? familyOrNull : names.surname(origin);
        int headAge = headAgeOrNull != null ? headAgeOrNull : c == Composition.SHARED ? 20 + random.nextInt(30)
                : c == Composition.COUPLE_WITH_CHILDREN || c == Composition.SINGLE_PARENT ? 27 + random.nextInt(28) : 20 + random.nextInt(68);
        boolean headFemale = c == Composition.SINGLE_PARENT ? random.nextInt(100) < 85 : random.nextBoolean();
        if (c == Composition.COUPLE || c == Composition.COUPLE_WITH_CHILDREN) {
            headFemale = false;
        }
        Names.Surname partnerFamily = c == Composition.COUPLE || c == Composition.COUPLE_WITH_CHILDREN ? names.surname(origin) : null;
        Resident head = person(h, origin, headFemale, family, null, headAge, false);
        LocalDate movedIn = end.minusDays(random.nextInt(Math.max(1, Math.min(headAge - 18, 30)) * 365 + 30));
        if (partnerFamily != null) {
            int age = Math.max(19, headAge - 3 + random.nextInt(7));
            Resident partner = person(h, origin, true, partnerFamily, family, age, false);
            family(head, partner, "partner");
        }
        if (c == Composition.COUPLE_WITH_CHILDREN || c == Composition.SINGLE_PARENT) {
            int children = 1 + random.nextInt(3);
            List<Resident> kids = new ArrayList<>();
            for (int i = 0; i < children; i++) {
                int age = random.nextInt(Math.max(1, Math.min(headAge - 20, 24)));
                Resident child = person(h, origin, random.nextBoolean(), family, null, age, true);
                for (Resident parent : h.members) {
                    if (parent != child && !kids.contains(parent) && parent.age(end) >= 18 && parent.income != Resident.Income.CHILD
                            && (parent == head || parent == h.members.get(1))) {
                        family(parent, child, "parent");
                    }
                }
                for (Resident sibling : kids) {
                    family(sibling, child, "sibling");
                }
                kids.add(child);
            }
        }
        if (c == Composition.SHARED) {
            int more = 1 + random.nextInt(4);
            for (int i = 0; i < more; i++) {
                person(h, origin, random.nextInt(100) < 30, names.surname(origin), null, 20 + random.nextInt(35), false);
            }
        }
        for (Resident r : h.members) {
            LocalDate from = r.birthDate.isAfter(movedIn) ? r.birthDate : movedIn;
            if (c == Composition.SHARED && r != head) {
                from = end.minusDays(random.nextInt(700));
            }
            world.link(RelationshipKind.LIVES_AT, r.id, h.address.id(), from.toString(), Sources.BRP, Map.of("from", from));
        }
        if (h.members.size() > 1 && !h.shared && random.nextInt(100) < 40) {
            h.jointIban = account(head.id, Banks.pick(random), movedIn);
            holdsToo(h.members.get(1).id, h.jointIban, movedIn);
        }
        if (!h.shared && random.nextInt(100) < 25) {
            phone(head.id, ids.landline(m.areaCode()), Sources.BRP);
        }
        households.add(h);
        return h;
    }

    private Resident person(Household h, Names.Origin origin, boolean female, Names.Surname family, Names.Surname partnerFamily,
                            int age, boolean child) {
        return person(h, origin, female, family, partnerFamily, age, child, null);
    }

    /** An empty household of unrelated adults at {@code at} (a let house); fill it with {@link #member} before payments run. */
    Household lodgings(Addresses.Address at, Names.Origin origin) {
        Household h = new Household(at, origin, true);
        households.add(h);
        return h;
    }

    /**
     * One more person at an existing household's address (a lodger, a labour migrant in an overcrowded
     * house, a child of a big family), with LIVES_AT from {@code from}; {@code newcomer} true makes a
     * person without BSN ({@code person:} id), null lets chance decide as for everyone else.
     */
    Resident member(Household h, Names.Origin origin, boolean female, Names.Surname family, int age, Boolean newcomer, LocalDate from) {
        Resident r = person(h, origin, female, family != null ? family : names.surname(origin), null, age, age < 18, newcomer);
        LocalDate since = r.birthDate.isAfter(from) ? r.birthDate : from;
        world.link(RelationshipKind.LIVES_AT, r.id, h.address.id(), since.toString(), Sources.BRP, Map.of("from", since));
        return r;
    }

    private Resident person(Household h, Names.Origin origin, boolean female, Names.Surname family, Names.Surname partnerFamily,
                            int age, boolean child, Boolean newcomerOrNull) {
        LocalDate birth = REGISTER_UNTIL.minusYears(age).minusDays(random.nextInt(365));
        boolean newcomer = newcomerOrNull != null ? newcomerOrNull : origin.labourMigrant() && h.shared && random.nextInt(100) < 12;
        String bsn = newcomer ? null : ids.bsn();
        String id = bsn != null ? "bsn:" + bsn : String.format(java.util.Locale.ROOT, "person:%06d", ++personNumber);
        Names.PersonName name = names.name(origin, female, family, partnerFamily);
        boolean bornHere = origin != Names.Origin.DUTCH && (child || age < 30) && !origin.labourMigrant() && random.nextInt(100) < 70;
        Resident r = new Resident(id, bsn, name, female, birth, h);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("bsn", bsn);
        p.put("name", name.name());
        p.put("givenNames", name.givenNames());
        p.put("initials", name.initials());
        p.put("tussenvoegsel", name.tussenvoegsel());
        p.put("surname", name.surname());
        p.put("gender", female ? "V" : "M");
        p.put("birthDate", birth);
        p.put("birthPlace", names.birthplace(origin, bornHere));
        p.put("nationality", origin == Names.Origin.DUTCH ? "Nederlandse"
                : bornHere || random.nextInt(100) < 35 && !origin.labourMigrant() ? "Nederlandse;" + origin.nationality() : origin.nationality());
        world.node(EntityKind.PERSON, id, Sources.BRP, p);
        h.members.add(r);
        int ageNow = r.age(REGISTER_UNTIL);
        if (ageNow < 18) {
            r.income = Resident.Income.CHILD;
            return r;
        }
        LocalDate opened = birth.plusYears(18).isAfter(REGISTER_FROM) ? birth.plusYears(18) : REGISTER_UNTIL.minusDays(random.nextInt(Math.min(ageNow - 17, 25) * 365));
        if (newcomer) {
            opened = REGISTER_UNTIL.minusDays(random.nextInt(300));
        }
        r.iban = account(id, Banks.pick(random), opened);
        if (random.nextInt(100) < 95) {
            phone(id, ids.mobile(), Sources.BRP);
        }
        if (random.nextInt(100) < 85) {
            email(id, ids.personalEmail(name.firstName(), name.surname(), birth.getYear()), Sources.BRP);
        }
        r.income = drawIncome(r, origin, ageNow, child);
        return r;
    }

    private Resident.Income drawIncome(Resident r, Names.Origin origin, int age, boolean child) {
        if (age >= 67) {
            benefit(r, svb, "AOW", 1_000_00 + random.nextInt(550_00));
            return Resident.Income.BENEFIT;
        }
        int x = random.nextInt(100);
        if (child && age < 23) {
            return x < 55 ? Resident.Income.EMPLOYEE : Resident.Income.NONE;
        }
        if (origin.labourMigrant()) {
            return x < 94 ? Resident.Income.EMPLOYEE : Resident.Income.NONE;
        }
        int bijstand = origin == Names.Origin.DUTCH ? 4 : origin == Names.Origin.SYRIAN || origin == Names.Origin.ERITREAN ? 25 : 8;
        if (x < bijstand) {
            return Resident.Income.BENEFIT;
        }
        if (x < bijstand + 3) {
            return Resident.Income.BENEFIT;
        }
        return x < 88 ? Resident.Income.EMPLOYEE : Resident.Income.NONE;
    }

    private void family(Resident a, Resident b, String relation) {
        world.link(RelationshipKind.FAMILY_OF, a.id, b.id, null, Sources.BRP, Map.of("relation", relation));
    }

    /** Links a resident to a relative in another household (a parent or a sibling living elsewhere). */
    void relative(Resident a, Resident b, String relation) {
        family(a, b, relation);
    }

    // ---- income ------------------------------------------------------------------------------

    /** Records a benefit (kept in memory; written by {@link #writeIncome}). */
    void benefit(Resident r, Party payer, String benefit, long monthlyCents) {
        r.benefit = benefit;
        r.benefitPayer = payer;
        r.benefitCents = monthlyCents;
    }

    /** Gives every adult without a source of income yet an employer or a benefit, then writes all of it. */
    void assignIncome(Resident r, List<Party> employerPool) {
        if (r.income == Resident.Income.EMPLOYEE && r.payer == null) {
            Party employer = employerPool.get(random.nextInt(employerPool.size()));
            boolean young = r.age(REGISTER_UNTIL) < 23;
            long wage;
            if (young) {
                wage = 600_00 + random.nextInt(1200_00);
            } else if (r.household.origin.labourMigrant()) {
                wage = 2_070_00 + random.nextInt(700_00);
            } else {
                double g = Math.exp(random.nextGaussian() * 0.38) * 3_300;
                wage = Math.max(2_070_00, Math.min(12_000_00, Math.round(g) * 100));
            }
            r.payer = employer;
            r.monthlyCents = wage;
        } else if (r.income == Resident.Income.BENEFIT && r.benefit == null) {
            int x = random.nextInt(100);
            if (x < 55) {
                benefit(r, gemeenten.get(r.household.address.municipality().cbsCode()), "bijstand", 1_250_00 + random.nextInt(500_00));
            } else if (x < 80) {
                benefit(r, uwv, "WIA", 1_400_00 + random.nextInt(1_200_00));
            } else {
                benefit(r, uwv, "WW", 1_600_00 + random.nextInt(1_400_00));
            }
        }
    }

    /** Writes EMPLOYED_BY, RECEIVES_BENEFIT and DECLARED_INCOME of one resident from what is in memory. */
    void writeIncome(Resident r) {
        if (r.income == Resident.Income.EMPLOYEE && r.payer != null) {
            LocalDate from = later(r.birthDate.plusYears(16), REGISTER_UNTIL.minusDays(random.nextInt(15 * 365)));
            world.link(RelationshipKind.EMPLOYED_BY, r.id, r.payer.id(), from.toString(), Sources.BELASTINGDIENST,
                    Map.of("from", from, "monthlyWage", Money.euros(r.monthlyCents)));
        }
        if (r.benefit != null) {
            LocalDate from = r.benefit.equals("AOW") ? r.birthDate.plusYears(67) : REGISTER_FROM.minusDays(random.nextInt(4 * 365));
            world.link(RelationshipKind.RECEIVES_BENEFIT, r.id, r.benefitPayer.id(), r.benefit, Sources.UWV,
                    Map.of("benefit", r.benefit, "from", from, "monthlyAmount", Money.euros(r.benefitCents)));
        }
        long year = r.declaredYearCents();
        if (year > 0) {
            for (int y = REGISTER_FROM.getYear(); y <= REGISTER_UNTIL.getYear(); y++) {
                world.link(RelationshipKind.DECLARED_INCOME, r.id, belastingdienst.id(), Integer.toString(y), Sources.BELASTINGDIENST,
                        Map.of("year", y, "amount", Money.euros(year)));
            }
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    // ---- companies ---------------------------------------------------------------------------

    /** Writes a company with its identifiers, registered address and account. */
    public Firm company(String name, LegalForm form, Sbi.Activity activity, NoordHolland.Municipality m, LocalDate start, LocalDate end) {
        return company(name, form, activity, m, address(m, null, Addresses.Type.BEDRIJFSPAND), start, end, null);
    }

    Firm company(String name, LegalForm form, Sbi.Activity activity, NoordHolland.Municipality m, Addresses.Address at,
                 LocalDate start, LocalDate end, Boolean permitOverride) {
        String kvk = ids.kvk();
        String rsin = form == LegalForm.EENMANSZAAK ? null : ids.rsin();
        String btw = form == LegalForm.EENMANSZAAK ? ids.soleTraderBtwId()
                : form == LegalForm.STICHTING && random.nextInt(100) < 70 ? null : ids.btwIdFor(rsin);
        String id = "kvk:" + kvk;
        boolean needsPermit = activity == Sbi.GLAZENWASSERS && m.cbsCode().equals("GM0479")
                && (end == null || !end.isBefore(ZAANSTAD_PERMIT_DUTY));
        boolean permit = permitOverride != null ? permitOverride : needsPermit;
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("legalForm", form.written);
        p.put("kvkNummer", kvk);
        p.put("rsin", rsin);
        p.put("btwId", btw);
        p.put("sbiCode", activity.code());
        p.put("sbiDescription", activity.description());
        p.put("startDate", start);
        p.put("endDate", end);
        p.put("permit", permit ? String.format(java.util.Locale.ROOT, "ZS-GLW-2024-%04d", ++permitNumber) : null);
        world.node(EntityKind.COMPANY, id, Sources.KVK, p);
        world.link(RelationshipKind.REGISTERED_AT, id, at.id(), null, Sources.KVK, end == null ? Map.of("from", start) : Map.of("from", start, "until", end));
        Banks.Bank bank = Banks.pick(random);
        String iban = account(id, bank, start);
        if (random.nextInt(100) < 70) {
            phone(id, ids.landline(m.areaCode()), Sources.KVK);
        }
        if (random.nextInt(100) < 60) {
            email(id, ids.companyEmail(name), Sources.KVK);
        }
        Firm f = new Firm(new Party(id, EntityKind.COMPANY, name, iban, bank.code()), form, activity, m);
        firms.add(f);
        return f;
    }

    void director(String who, Firm firm, String role, LocalDate from) {
        world.link(RelationshipKind.DIRECTOR_OF, who, firm.id(), null, Sources.KVK, Map.of("from", from, "role", role));
    }

    void owns(String who, Firm firm, int share, LocalDate from) {
        world.link(RelationshipKind.OWNS, who, firm.id(), null, Sources.KVK, Map.of("share", share, "from", from));
    }

    /** An ordinary firm founded by {@code founder} (and a partner for a V.O.F.). */
    void ordinaryFirm(Resident founder, Resident partner) {
        Sbi.Activity activity = Sbi.pick(random);
        int x = random.nextInt(100);
        LegalForm form = x < 50 ? LegalForm.EENMANSZAAK : x < 60 && partner != null ? LegalForm.VOF : x < 95 ? LegalForm.BV : LegalForm.STICHTING;
        NoordHolland.Municipality m = founder.household.address.municipality();
        LocalDate start = LocalDate.of(1998 + random.nextInt(26), 1 + random.nextInt(12), 1 + random.nextInt(28));
        LocalDate end = random.nextInt(100) < 8 ? REGISTER_FROM.plusDays(random.nextInt(700)) : null;
        String word = activity.nameWord();
        String surname = founder.name.surname();
        String name = switch (form) {
            case EENMANSZAAK -> random.nextBoolean() ? word + " " + founder.name.firstName() : surname + " " + word;
            case VOF -> word + " " + founder.household.address.district().place() + " V.O.F.";
            case BV -> (random.nextBoolean() ? surname + " " + word : word + " " + m.name()) + " B.V.";
            case STICHTING -> "Stichting " + word + " " + m.name();
            case HOLDING -> surname + " Holding B.V.";
        };
        Addresses.Address at = form == LegalForm.EENMANSZAAK && random.nextBoolean() ? founder.household.address
                : address(m, null, Addresses.Type.BEDRIJFSPAND);
        Firm firm = company(name, form, activity, m, at, start, end, null);
        switch (form) {
            case EENMANSZAAK -> {
                director(founder.id, firm, "eigenaar", start);
                owns(founder.id, firm, 100, start);
                selfEmployed(founder, firm);
            }
            case VOF -> {
                for (Resident r : List.of(founder, partner)) {
                    director(r.id, firm, "vennoot", start);
                    owns(r.id, firm, 50, start);
                    selfEmployed(r, firm);
                }
            }
            case BV -> {
                if (random.nextInt(100) < 40) {
                    Firm holding = company(surname + " Holding B.V.", LegalForm.HOLDING, Sbi.HOLDINGS, m, founder.household.address, start, null, null);
                    director(founder.id, holding, "bestuurder", start);
                    owns(founder.id, holding, 100, start);
                    director(holding.id(), firm, "bestuurder", start);
                    owns(holding.id(), firm, 100, start);
                } else {
                    director(founder.id, firm, "bestuurder", start);
                    owns(founder.id, firm, 100, start);
                }
                if (end == null) {
                    employers.add(firm.party());
                    founder.income = Resident.Income.EMPLOYEE;
                    founder.payer = firm.party();
                    founder.monthlyCents = 4_000_00 + random.nextInt(4_000_00);
                }
                if (activity == Sbi.VASTGOED) {
                    landlordFirms.add(firm);
                }
            }
            case STICHTING -> director(founder.id, firm, "voorzitter", start);
            default -> throw new IllegalStateException();
        }
    }

    private void selfEmployed(Resident r, Firm firm) {
        if (firm.party() != null && r.benefit == null) {
            r.income = Resident.Income.SELF_EMPLOYED;
            r.payer = firm.party();
            r.monthlyCents = 1_800_00 + random.nextInt(3_500_00);
        }
    }

    // ---- housing -----------------------------------------------------------------------------

    /** Owner-occupied: a RealEstate bought by the head, with a mortgage unless paid in cash. */
    public String buyHome(Household h, long priceCents, LocalDate purchased, boolean cash) {
        String re = realEstate(h.address, priceCents, purchased, h.head().id, cash);
        h.housing = Household.Housing.OWNER;
        if (!cash) {
            Banks.Bank bank = Banks.pick(random);
            h.housingPayee = bankParties.get(bank.code());
            h.housingCents = Math.round(priceCents * 0.0045);
        }
        return re;
    }

    /** A RealEstate at {@code at}, owned by {@code ownerId}; {@code priceCents} 0 = not bought (built by the owner). */
    public String realEstate(Addresses.Address at, long priceCents, LocalDate purchased, String ownerId, boolean cash) {
        long woz = priceCents > 0 ? Math.round(priceCents * (1.0 + Math.max(0, 2024 - purchased.getYear()) * 0.05) / 100_000.0) * 1000
                : (250_000 + random.nextInt(200) * 1_000L);
        return realEstate(at, priceCents, purchased, ownerId, cash, woz * 100);
    }

    /** As above with the WOZ value given: a price far from the market value (a resale at an inflated price). */
    String realEstate(Addresses.Address at, long priceCents, LocalDate purchased, String ownerId, boolean cash, long wozCents) {
        String id = String.format(java.util.Locale.ROOT, "realestate:%06d", ++realEstateNumber);
        boolean flat = at.municipality().cbsCode().equals("GM0363") || !at.suffix().isEmpty();
        long woz = wozCents / 100;
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", (flat ? "Appartement " : "Woonhuis ") + at.line());
        p.put("wozValue", java.math.BigDecimal.valueOf(woz).setScale(2));
        p.put("wozYear", 2024);
        p.put("purchasePrice", priceCents > 0 ? Money.euros(priceCents) : null);
        p.put("purchaseDate", priceCents > 0 ? purchased : null);
        p.put("propertyType", flat ? "appartement" : "woonhuis");
        world.node(EntityKind.REAL_ESTATE, id, Sources.KADASTER, p);
        world.link(RelationshipKind.LOCATED_AT, id, at.id(), null, Sources.KADASTER, Map.of());
        Map<String, Object> own = new LinkedHashMap<>();
        own.put("from", purchased);
        own.put("purchasePrice", priceCents > 0 ? Money.euros(priceCents) : null);
        own.put("paidInCash", cash);
        world.link(RelationshipKind.OWNS_PROPERTY, ownerId, id, null, Sources.KADASTER, own);
        return id;
    }

    void rent(Household h, Party landlord, long monthlyCents, Household.Housing kind) {
        LocalDate from = REGISTER_UNTIL.minusDays(random.nextInt(12 * 365));
        realEstate(h.address, 0, LocalDate.of(1950 + random.nextInt(70), 1, 1), landlord.id(), false);
        world.link(RelationshipKind.LANDLORD_OF, landlord.id(), h.head().id, from.toString(), kind == Household.Housing.SOCIAL_RENT ? Sources.KADASTER : Sources.BRP,
                Map.of("address", h.address.id(), "from", from, "monthlyRent", Money.euros(monthlyCents)));
        h.housing = kind;
        h.housingPayee = landlord;
        h.housingCents = monthlyCents;
    }

    void house(Household h) {
        int ownPct = h.shared ? 0 : h.origin == Names.Origin.DUTCH ? (h.address.municipality().cbsCode().equals("GM0363") ? 35 : 62)
                : h.origin.labourMigrant() ? 5 : 25;
        long income = h.members.stream().mapToLong(Resident::declaredYearCents).sum() / 12;
        int x = random.nextInt(100);
        if (x < ownPct && income > 2_500_00) {
            long base = h.address.municipality().cbsCode().equals("GM0363") ? 520_000 : 400_000;
            int year = 1995 + random.nextInt(28);
            long price = Math.round(base * (0.45 + 0.55 * (year - 1995) / 28.0) * (0.6 + random.nextDouble() * 0.9)) / 1000 * 1000;
            buyHome(h, price * 100, LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28)), false);
        } else if (!h.shared && x < 80 && income < 6_000_00) {
            List<Firm> own = corporaties.get(h.address.municipality().cbsCode());
            rent(h, own.get(random.nextInt(own.size())).party(), 450_00 + random.nextInt(450_00), Household.Housing.SOCIAL_RENT);
        } else {
            Party landlord;
            if (!landlords.isEmpty() && random.nextBoolean()) {
                Resident l = landlords.get(random.nextInt(landlords.size()));
                landlord = new Party(l.id, EntityKind.PERSON, l.name.name(), l.iban, l.iban.substring(9, 13));
            } else if (!landlordFirms.isEmpty()) {
                landlord = landlordFirms.get(random.nextInt(landlordFirms.size())).party();
            } else {
                List<Firm> own = corporaties.get(h.address.municipality().cbsCode());
                landlord = own.getFirst().party();
            }
            long rent = h.shared ? (h.members.size() * (450_00 + random.nextInt(200_00))) : 950_00 + random.nextInt(1_100_00);
            rent(h, landlord, rent, Household.Housing.PRIVATE_RENT);
        }
    }

    // ---- vehicles ----------------------------------------------------------------------------

    /** Registers a vehicle to {@code ownerId} from {@code from}; returns its id ({@code kenteken:…}). */
    public String vehicle(String ownerId, Cars.Model model, int firstRegistrationYear, LocalDate from) {
        String kenteken = ids.kenteken(firstRegistrationYear);
        String id = "kenteken:" + kenteken;
        LocalDate first = LocalDate.of(firstRegistrationYear, 1 + random.nextInt(12), 1 + random.nextInt(28));
        if (first.isAfter(from)) {
            first = from;
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("kenteken", kenteken);
        p.put("sideCode", nl.spoor.model.identifiers.Kenteken.parse(kenteken).sideCode());
        p.put("make", model.make());
        p.put("model", model.model());
        p.put("catalogueValue", Money.euros(model.catalogueValue() * 100));
        p.put("firstRegistration", first);
        world.node(EntityKind.VEHICLE, id, Sources.RDW, p);
        world.link(RelationshipKind.REGISTERED_OWNER, ownerId, id, from.toString(), Sources.RDW, Map.of("from", from));
        return id;
    }

    public void sighting(String personId, String vehicleId, LocalDate date, String place) {
        String observation = random.nextInt(100) < 70 ? "anpr" : "verkeerscontrole";
        world.link(RelationshipKind.OBSERVED_DRIVING, personId, vehicleId, date + ":" + observation + ":" + place, Sources.POLITIE,
                Map.of("date", date, "place", place, "observation", observation));
    }

    LocalDate dayIn(LocalDate from, LocalDate until) {
        return from.plusDays(random.nextLong(until.toEpochDay() - from.toEpochDay() + 1));
    }

    void cars(Household h) {
        List<Resident> adults = h.members.stream().filter(r -> r.income != Resident.Income.CHILD).toList();
        long income = h.members.stream().mapToLong(Resident::declaredYearCents).sum() / 12;
        boolean city = h.address.municipality().cbsCode().equals("GM0363");
        int cars = random.nextInt(100) < (city ? 45 : 25) || income < 1_800_00 ? 0 : 1;
        if (cars == 1 && adults.size() > 1 && income > 5_000_00 && random.nextInt(100) < 45) {
            cars = 2;
        }
        for (int i = 0; i < cars; i++) {
            Resident owner = adults.get(i % adults.size());
            int year = 2008 + random.nextInt(17);
            LocalDate from = dayIn(LocalDate.of(year, 1, 1), REGISTER_UNTIL.minusDays(30));
            String v = vehicle(owner.id, Cars.pick(Cars.ORDINARY, random), year, from);
            if (random.nextInt(100) < 15) {
                int n = 1 + random.nextInt(3);
                for (int s = 0; s < n; s++) {
                    Resident driver = random.nextInt(100) < 75 ? owner : adults.get(random.nextInt(adults.size()));
                    sighting(driver.id, v, dayIn(later(from, REGISTER_FROM), REGISTER_UNTIL), h.address.district().place());
                }
            }
        }
    }

    // ---- the whole population ----------------------------------------------------------------

    /** The ordinary population of about {@code persons} people, with firms, income, homes and cars. */
    void generate(int persons, Runnable tick) {
        int made = 0;
        while (made < persons) {
            Household h = household();
            made += h.members.size();
            tick.run();
        }
        List<Resident> adults = households.stream().flatMap(h -> h.members.stream())
                .filter(r -> r.income != Resident.Income.CHILD && r.age(REGISTER_UNTIL) >= 23 && r.age(REGISTER_UNTIL) < 67 && r.bsn != null)
                .toList();
        int firmCount = Math.max(20, persons / 15);
        for (int i = 0; i < firmCount && !adults.isEmpty(); i++) {
            Resident founder = adults.get(random.nextInt(adults.size()));
            if (founder.payer != null) {
                continue;
            }
            Resident partner = founder.household.members.size() > 1 && !founder.household.shared ? founder.household.members.get(1) : null;
            if (partner == founder || partner != null && (partner.payer != null || partner.income == Resident.Income.CHILD)) {
                partner = null;
            }
            ordinaryFirm(founder, partner);
        }
        for (Household h : households) {
            for (Resident r : h.members) {
                assignIncome(r, employers);
                if (r.income == Resident.Income.EMPLOYEE && r.monthlyCents >= 6_500_00 && random.nextInt(100) < 15) {
                    landlords.add(r);
                }
            }
        }
        for (Household h : households) {
            h.members.forEach(this::writeIncome);
            house(h);
            cars(h);
            tick.run();
        }
        int relatives = households.size() / 5;
        java.util.Set<String> related = new java.util.HashSet<>();
        for (int i = 0; i < relatives; i++) {
            Household a = households.get(random.nextInt(households.size()));
            Household b = households.get(random.nextInt(households.size()));
            if (a != b && !a.shared && !b.shared && a.origin == b.origin) {
                Resident older = a.head();
                Resident younger = b.head();
                if (older.birthDate.isBefore(younger.birthDate.minusYears(20)) && related.add(older.id + ">" + younger.id)) {
                    relative(older, younger, "parent");
                }
            }
        }
    }

    /** Everything a planted household needs after its people were made: income, declaration, housing, cars. */
    void complete(Household h, boolean ordinaryHousing, boolean ordinaryCars) {
        for (Resident r : h.members) {
            assignIncome(r, employers);
            writeIncome(r);
        }
        if (ordinaryHousing) {
            house(h);
        }
        if (ordinaryCars) {
            cars(h);
        }
    }
}
