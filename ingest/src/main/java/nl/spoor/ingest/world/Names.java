package nl.spoor.ingest.world;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Names of the people of the world: Dutch names with their tussenvoegsels (van, de, van der, van den,
 * ter, ten, in 't), initials and hyphenated married names, and names of the larger migrant groups of
 * Noord-Holland in the transliterations Dutch registers hold (with and without diacritics).
 */
public final class Names {

    /** Where a household comes from: names, birthplaces and nationality. */
    public enum Origin {
        DUTCH("Nederlandse", 770), MOROCCAN("Marokkaanse", 60), TURKISH("Turkse", 50), POLISH("Poolse", 40),
        ROMANIAN("Roemeense", 20), BULGARIAN("Bulgaarse", 20), SYRIAN("Syrische", 30), ERITREAN("Eritrese", 10);

        final String nationality;
        final int permille;

        Origin(String nationality, int permille) {
            this.nationality = nationality;
            this.permille = permille;
        }

        public String nationality() {
            return nationality;
        }

        /** Labour migrants from the EU: often in shared housing, some newly arrived without BSN. */
        public boolean labourMigrant() {
            return this == POLISH || this == ROMANIAN || this == BULGARIAN;
        }

        static Origin pick(SplittableRandom random) {
            int r = random.nextInt(1000);
            for (Origin o : values()) {
                r -= o.permille;
                if (r < 0) {
                    return o;
                }
            }
            return DUTCH;
        }
    }

    /** A person's name parts as the BRP holds them; {@link #name()} is how it is written in full. */
    public record PersonName(String givenNames, String initials, String tussenvoegsel, String surname, String name) {
        public String firstName() {
            int space = givenNames.indexOf(' ');
            return space < 0 ? givenNames : givenNames.substring(0, space);
        }
    }

    /** A surname with its tussenvoegsel (may be empty). */
    public record Surname(String tussenvoegsel, String surname) {
        String written() {
            return tussenvoegsel.isEmpty() ? surname : tussenvoegsel + " " + surname;
        }
    }

    private static final List<String> DUTCH_MALE = List.of("Jan", "Pieter", "Kees", "Willem", "Hendrik", "Johannes", "Cornelis",
            "Gerrit", "Dirk", "Bas", "Daan", "Sem", "Lucas", "Thijs", "Ruben", "Jeroen", "Mark", "Martijn", "Sander", "Tim",
            "Joost", "Erik", "Ronald", "Marco", "Dennis", "Niels", "Bram", "Koen", "Stijn", "Wouter", "Adrianus", "Jacobus");
    private static final List<String> DUTCH_FEMALE = List.of("Maria", "Anna", "Johanna", "Cornelia", "Elisabeth", "Wilhelmina",
            "Sanne", "Lisa", "Emma", "Julia", "Sophie", "Anouk", "Femke", "Eva", "Marieke", "Annemiek", "Ingrid", "Monique",
            "Linda", "Petra", "Sandra", "Esther", "Ilse", "Lotte", "Fleur", "Noor", "Saskia", "Karin", "Geertruida", "Hendrika");
    private static final List<Surname> DUTCH_SURNAMES = List.of(
            s("", "Jansen"), s("de", "Vries"), s("van", "Dijk"), s("", "Bakker"), s("", "Visser"), s("", "Smit"), s("", "Meijer"),
            s("de", "Boer"), s("", "Mulder"), s("de", "Groot"), s("", "Bos"), s("", "Vos"), s("", "Peters"), s("", "Hendriks"),
            s("van", "Leeuwen"), s("", "Dekker"), s("", "Brouwer"), s("de", "Wit"), s("", "Dijkstra"), s("", "Smits"),
            s("de", "Graaf"), s("van der", "Meer"), s("van der", "Linden"), s("", "Kok"), s("", "Jacobs"), s("de", "Haan"),
            s("", "Vermeulen"), s("van den", "Berg"), s("van der", "Heijden"), s("van der", "Veen"), s("van den", "Broek"),
            s("de", "Bruijn"), s("de", "Jong"), s("", "Schouten"), s("van", "Beek"), s("", "Willems"), s("van", "Vliet"),
            s("van de", "Ven"), s("", "Hoekstra"), s("", "Maas"), s("", "Verhoeven"), s("", "Koster"), s("van", "Dam"),
            s("van der", "Wal"), s("", "Prins"), s("", "Blom"), s("", "Huisman"), s("ter", "Horst"), s("ten", "Brink"),
            s("in 't", "Veld"), s("", "Kramer"), s("van", "Wijk"), s("", "Zwart"), s("", "Kuiper"), s("", "Schipper"),
            s("ter", "Beek"), s("ten", "Have"), s("in 't", "Hout"), s("van 't", "Hof"), s("", "Groen"));

    private record Pool(List<String> male, List<String> female, List<String> surnames, List<String> birthplaces) {
    }

    private static final Pool MOROCCAN = new Pool(
            List.of("Mohamed", "Mohammed", "Ahmed", "Youssef", "Mustafa", "Karim", "Rachid", "Said", "Abdelkader", "Hamza", "Bilal", "Ayoub"),
            List.of("Fatima", "Khadija", "Naima", "Samira", "Latifa", "Souad", "Nadia", "Salma", "Yasmina", "Hafsa"),
            List.of("El Amrani", "Bouzid", "El Idrissi", "Benali", "Ouali", "Azzouzi", "El Khattabi", "Boukhari", "Amrani",
                    "Tahiri", "Ait Ben Ali", "El Ouazzani", "Bouchtaoui"),
            List.of("Nador", "Al Hoceima", "Tanger", "Casablanca", "Berkane", "Tetouan"));
    private static final Pool TURKISH = new Pool(
            List.of("Mehmet", "Mustafa", "Ahmet", "Hüseyin", "Emre", "Burak", "Murat", "Kemal", "İbrahim", "Osman"),
            List.of("Ayşe", "Fatma", "Emine", "Elif", "Zeynep", "Hatice", "Merve", "Gülşen"),
            List.of("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk", "Arslan", "Doğan", "Koç", "Kılıç"),
            List.of("İstanbul", "Ankara", "Konya", "Kayseri", "Yozgat", "Afyonkarahisar"));
    private static final Pool POLISH = new Pool(
            List.of("Piotr", "Tomasz", "Krzysztof", "Paweł", "Michał", "Marcin", "Łukasz", "Grzegorz", "Jakub"),
            List.of("Anna", "Katarzyna", "Agnieszka", "Magdalena", "Joanna", "Małgorzata", "Monika"),
            List.of("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski"),
            List.of("Łódź", "Kraków", "Wrocław", "Gdańsk", "Lublin", "Białystok", "Rzeszów"));
    private static final Pool ROMANIAN = new Pool(
            List.of("Ion", "Andrei", "Mihai", "Gheorghe", "Vasile", "Constantin", "Florin", "Marius"),
            List.of("Maria", "Elena", "Ioana", "Andreea", "Mihaela", "Gabriela", "Cristina"),
            List.of("Popescu", "Ionescu", "Popa", "Constantin", "Stan", "Dumitru", "Munteanu", "Ştefan", "Lungu"),
            List.of("Bucureşti", "Iaşi", "Constanţa", "Craiova", "Cluj-Napoca", "Suceava"));
    private static final Pool BULGARIAN = new Pool(
            List.of("Georgi", "Ivan", "Dimitar", "Nikolay", "Stoyan", "Petar", "Hristo"),
            List.of("Maria", "Ivanka", "Elena", "Desislava", "Petya", "Yordanka"),
            List.of("Ivanov", "Georgiev", "Dimitrov", "Petrov", "Nikolov", "Stoyanov", "Todorov", "Angelov"),
            List.of("Sofia", "Plovdiv", "Varna", "Sliven", "Pazardzhik", "Burgas"));
    private static final Pool SYRIAN = new Pool(
            List.of("Mohammad", "Muhammad", "Ahmad", "Omar", "Khaled", "Hassan", "Ali", "Yousef", "Mahmoud"),
            List.of("Fatima", "Aya", "Rasha", "Noor", "Hiba", "Lina", "Rania"),
            List.of("Al-Hassan", "Al Ahmad", "Haddad", "Al-Khatib", "Kassab", "Al-Masri", "Hamoud", "Alali", "Al Ali"),
            List.of("Aleppo", "Damascus", "Homs", "Idlib", "Latakia", "Deir ez-Zor"));
    private static final Pool ERITREAN = new Pool(
            List.of("Yonas", "Tesfay", "Mehari", "Tekle", "Abraham", "Samuel", "Dawit", "Filmon"),
            List.of("Helen", "Senait", "Selam", "Rahel", "Mebrat", "Luwam"),
            List.of("Tesfamariam", "Gebremedhin", "Haile", "Tekle", "Berhane", "Ghebreyesus", "Weldemichael", "Kidane"),
            List.of("Asmara", "Keren", "Massawa", "Mendefera", "Adi Keyh"));

    static final List<String> DUTCH_BIRTHPLACES = List.of("Amsterdam", "Zaandam", "Haarlem", "Alkmaar", "Purmerend", "Hoorn",
            "Den Helder", "Hilversum", "Beverwijk", "Rotterdam", "Utrecht", "Den Haag", "Leiden", "Groningen", "Eindhoven");

    private final SplittableRandom random;

    public Names(SplittableRandom random) {
        this.random = random;
    }

    private static Surname s(String tussenvoegsel, String surname) {
        return new Surname(tussenvoegsel, surname);
    }

    /** A family name for a new household of this origin. */
    public Surname surname(Origin origin) {
        if (origin == Origin.DUTCH) {
            return pick(DUTCH_SURNAMES);
        }
        return new Surname("", pool(origin).surnames().get(random.nextInt(pool(origin).surnames().size())));
    }

    /**
     * A person's name. Dutch people have one to three given names (initials of all); a married woman may
     * use her partner's name before her own ({@code Maria de Vries-Jansen}); Polish and Bulgarian women
     * take the feminine form of the family name; about a fifth of Turkish and Romanian names are written
     * without diacritics, as many registers hold them.
     */
    public PersonName name(Origin origin, boolean female, Surname family, Surname partnerFamily) {
        Surname own = feminine(origin, female, family);
        List<String> given = new ArrayList<>();
        int count = origin == Origin.DUTCH ? 1 + random.nextInt(3) : 1 + (random.nextInt(4) == 0 ? 1 : 0);
        while (given.size() < count) {
            String g = origin == Origin.DUTCH ? pick(female ? DUTCH_FEMALE : DUTCH_MALE)
                    : pick(female ? pool(origin).female() : pool(origin).male());
            if (!given.contains(g)) {
                given.add(g);
            }
        }
        boolean plain = (origin == Origin.TURKISH || origin == Origin.ROMANIAN) && random.nextInt(5) == 0;
        if (plain) {
            given.replaceAll(IdentifierFactory::asciiName);
            own = new Surname(own.tussenvoegsel(), IdentifierFactory.asciiName(own.surname()));
        }
        String givenNames = String.join(" ", given);
        StringBuilder initials = new StringBuilder();
        for (String g : given) {
            initials.append(g.substring(0, g.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT)).append('.');
        }
        String written = own.written();
        if (female && partnerFamily != null && origin == Origin.DUTCH && random.nextInt(3) == 0) {
            written = partnerFamily.written() + "-" + written;
        }
        return new PersonName(givenNames, initials.toString(), own.tussenvoegsel(), own.surname(), given.getFirst() + " " + written);
    }

    private Surname feminine(Origin origin, boolean female, Surname family) {
        if (!female) {
            return family;
        }
        String s = family.surname();
        if (origin == Origin.POLISH && s.endsWith("ski")) {
            return new Surname("", s.substring(0, s.length() - 1) + "a");
        }
        if (origin == Origin.BULGARIAN && s.endsWith("ov")) {
            return new Surname("", s + "a");
        }
        return family;
    }

    public String birthplace(Origin origin, boolean bornHere) {
        if (origin == Origin.DUTCH || bornHere) {
            return pick(DUTCH_BIRTHPLACES);
        }
        return pick(pool(origin).birthplaces());
    }

    private static Pool pool(Origin origin) {
        return switch (origin) {
            case MOROCCAN -> MOROCCAN;
            case TURKISH -> TURKISH;
            case POLISH -> POLISH;
            case ROMANIAN -> ROMANIAN;
            case BULGARIAN -> BULGARIAN;
            case SYRIAN -> SYRIAN;
            case ERITREAN -> ERITREAN;
            case DUTCH -> throw new IllegalArgumentException("Dutch names have their own lists");
        };
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
