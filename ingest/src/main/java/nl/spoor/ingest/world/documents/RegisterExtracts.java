package nl.spoor.ingest.world.documents;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The world's registers rendered as the extracts KvK, RDW, BRP and Kadaster deliver
 * ({@code ingest/register-formats.md}): {@code kvk-inschrijvingen.csv}, {@code kvk-functionarissen.csv},
 * {@code kvk-aandeelhouders.csv}, {@code rdw-tenaamstellingen.csv}, {@code brp-personen.csv},
 * {@code kadaster-woz.csv}. Only the rows of the register's own source ({@code synthetic:kvk}, …) and only
 * parties a register identifies (a BSN or a KvK-nummer): a migrant without BSN is in no BRP extract.
 * The seed chooses each file's separator, BOM, date and amount notation and the vestigingsnummers; the
 * same world and seed give byte-identical files.
 */
public final class RegisterExtracts {

    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter NUMERIC = DateTimeFormatter.ofPattern("dd-MM-yyyy", Locale.ROOT);

    private final World world;
    private final SplittableRandom random;

    private RegisterExtracts(World world, long seed) {
        this.world = world;
        this.random = new SplittableRandom(seed);
    }

    /**
     * @param worldDir the generator's output (holding {@code world/})
     * @param out      where the six files go (created)
     * @return the files written, in order
     */
    public static List<Path> render(Path worldDir, Path out, long seed) {
        RegisterExtracts r = new RegisterExtracts(World.read(worldDir), seed);
        List<Path> files = new ArrayList<>();
        files.add(r.write(out.resolve("kvk-inschrijvingen.csv"), r.inschrijvingen()));
        files.add(r.write(out.resolve("kvk-functionarissen.csv"), r.functionarissen()));
        files.add(r.write(out.resolve("kvk-aandeelhouders.csv"), r.aandeelhouders()));
        files.add(r.write(out.resolve("rdw-tenaamstellingen.csv"), r.rdw()));
        files.add(r.write(out.resolve("brp-personen.csv"), r.brp()));
        files.add(r.write(out.resolve("kadaster-woz.csv"), r.kadaster()));
        return files;
    }

    /**
     * The kadastrale aanduiding the renderer gives a world's real estate: a kadastrale gemeente of
     * Noord-Holland, a sectie and the world's number as perceelnummer; an appartementsrecht gets index A 1.
     */
    public static String kadastraleAanduiding(String realEstateId, String propertyType) {
        int n = Integer.parseInt(realEstateId.substring(realEstateId.indexOf(':') + 1));
        String sectie = String.valueOf("ABCDEFGHKLMNPRST".charAt(n % 16));
        return "NHK%02d %s %d".formatted(n / 100_000 % 100, sectie, n % 100_000) + ("appartement".equals(propertyType) ? " A 1" : "");
    }

    /** A header and rows, the rows' dates and amounts already in the file's notation. */
    private record Table(List<String> header, List<List<String>> rows) {
    }

    private Table inschrijvingen() {
        Function<LocalDate, String> date = dates(NUMERIC, COMPACT);
        List<List<String>> rows = new ArrayList<>();
        for (WorldRow c : world.nodes("Company")) {
            if (!"synthetic:kvk".equals(c.source()) || !c.has("kvkNummer")) {
                continue;
            }
            for (WorldRow at : world.from("REGISTERED_AT", c.id())) {
                WorldRow a = world.require(at.to(), at, "to");
                rows.add(cells(c.get("kvkNummer"), "%012d".formatted(random.nextLong(1, 1_000_000_000_000L)), c.get("name"),
                        c.getOr("legalForm", null), c.getOr("rsin", null), c.has("sbiCode") ? c.get("sbiCode").replace(".", "") : null,
                        c.getOr("sbiDescription", null), date.apply(c.date("startDate")), c.optionalDate("endDate").map(date).orElse(null),
                        a.get("street"), a.get("houseNumber"), a.getOr("suffix", null), postcode(a), a.get("place"),
                        at.optionalDate("from").map(date).orElse(null), at.optionalDate("until").map(date).orElse(null)));
            }
        }
        return new Table(List.of("KvK-nummer", "Vestigingsnummer", "Handelsnaam", "Rechtsvorm", "RSIN", "SBI-code", "SBI-omschrijving",
                "Datum oprichting", "Datum opheffing", "Straat", "Huisnummer", "Toevoeging", "Postcode", "Plaats", "Adres sinds", "Adres tot"), rows);
    }

    private Table functionarissen() {
        Function<LocalDate, String> date = dates(NUMERIC, COMPACT);
        List<List<String>> rows = new ArrayList<>();
        for (WorldRow d : world.relationships("DIRECTOR_OF")) {
            Party p = party(d, date);
            if (p != null) {
                WorldRow c = world.require(d.to(), d, "to");
                String role = d.get("role");
                rows.add(cells(c.get("kvkNummer"), c.get("name"), p.name(), p.born(), p.bsn(), p.kvk(),
                        Character.toUpperCase(role.charAt(0)) + role.substring(1), null, date.apply(d.date("from")),
                        d.optionalDate("until").map(date).orElse(null)));
            }
        }
        return new Table(List.of("KvK-nummer", "Handelsnaam", "Naam functionaris", "Geboortedatum", "BSN", "KvK-nummer functionaris",
                "Functie", "Bevoegdheid", "Datum in functie", "Datum uit functie"), rows);
    }

    private Table aandeelhouders() {
        Function<LocalDate, String> date = dates(NUMERIC, COMPACT);
        List<List<String>> rows = new ArrayList<>();
        for (WorldRow o : world.relationships("OWNS")) {
            Party p = party(o, date);
            if (p != null) {
                WorldRow c = world.require(o.to(), o, "to");
                rows.add(cells(c.get("kvkNummer"), c.get("name"), p.name(), p.born(), p.bsn(), p.kvk(),
                        o.amount("share").stripTrailingZeros().toPlainString().replace('.', ','), o.optionalDate("from").map(date).orElse(null)));
            }
        }
        return new Table(List.of("KvK-nummer", "Handelsnaam", "Naam aandeelhouder", "Geboortedatum", "BSN", "KvK-nummer aandeelhouder",
                "Percentage", "Datum ingang"), rows);
    }

    private Table rdw() {
        Function<LocalDate, String> date = dates(COMPACT, NUMERIC);
        boolean euro = random.nextBoolean();
        List<List<String>> rows = new ArrayList<>();
        for (WorldRow r : world.relationships("REGISTERED_OWNER")) {
            Party p = party(r, date);
            if (p == null) {
                continue;
            }
            WorldRow v = world.require(r.to(), r, "to");
            String price = v.has("catalogueValue") ? euro ? Dutch.euro(v.amount("catalogueValue"))
                    : v.amount("catalogueValue").setScale(0, java.math.RoundingMode.HALF_UP).toPlainString() : null;
            rows.add(cells(Dutch.kenteken(v.get("kenteken")), v.get("make"), v.get("model"), "Personenauto",
                    date.apply(v.date("firstRegistration")), date.apply(r.date("from")), r.optionalDate("until").map(date).orElse(null),
                    price, p.bsn(), p.kvk(), p.name()));
        }
        return new Table(List.of("Kenteken", "Merk", "Handelsbenaming", "Voertuigsoort", "Datum eerste toelating", "Datum tenaamstelling",
                "Datum einde tenaamstelling", "Catalogusprijs", "BSN tenaamgestelde", "KvK-nummer tenaamgestelde", "Naam tenaamgestelde"), rows);
    }

    private Table brp() {
        Function<LocalDate, String> date = dates(COMPACT, NUMERIC);
        List<List<String>> rows = new ArrayList<>();
        for (WorldRow l : world.relationships("LIVES_AT")) {
            if (!"synthetic:brp".equals(l.source()) || !l.from().startsWith("bsn:")) {
                continue;
            }
            WorldRow p = world.require(l.from(), l, "from");
            WorldRow a = world.require(l.to(), l, "to");
            Naam naam = Naam.of(p);
            rows.add(cells(p.get("bsn"), p.get("surname"), p.getOr("tussenvoegsel", null), p.get("givenNames"), p.getOr("gender", null),
                    date.apply(p.date("birthDate")), p.getOr("birthPlace", null), p.getOr("nationality", null), naam.gebruik(),
                    naam.partnerSurname(), naam.partnerPrefix(), a.get("street"), a.get("houseNumber"), a.getOr("suffix", null), postcode(a),
                    a.get("place"), a.has("municipalityCode") ? a.get("municipalityCode").substring(2) : null, a.getOr("municipality", null),
                    date.apply(l.date("from")), l.optionalDate("until").map(date).orElse(null)));
        }
        return new Table(List.of("BSN", "Geslachtsnaam", "Voorvoegsel", "Voornamen", "Geslacht", "Geboortedatum", "Geboorteplaats",
                "Nationaliteit", "Naamgebruik", "Geslachtsnaam partner", "Voorvoegsel partner", "Straat", "Huisnummer", "Huisletter/toevoeging",
                "Postcode", "Woonplaats", "Gemeentecode", "Gemeente", "Datum aanvang adreshouding", "Datum vertrek"), rows);
    }

    private Table kadaster() {
        Function<LocalDate, String> date = dates(NUMERIC, COMPACT);
        List<List<String>> rows = new ArrayList<>();
        for (WorldRow o : world.relationships("OWNS_PROPERTY")) {
            Party p = party(o, date);
            if (p == null) {
                continue;
            }
            WorldRow re = world.require(o.to(), o, "to");
            List<WorldRow> located = world.from("LOCATED_AT", re.id());
            if (located.isEmpty()) {
                continue;
            }
            WorldRow a = world.require(located.getFirst().to(), located.getFirst(), "to");
            String type = re.getOr("propertyType", null);
            rows.add(cells(kadastraleAanduiding(re.id(), type), a.get("street"), a.get("houseNumber"), a.getOr("suffix", null), postcode(a),
                    a.get("place"), type, p.bsn(), p.kvk(), p.name(), "1/1",
                    o.has("purchasePrice") ? Dutch.euro(o.amount("purchasePrice")) : null, date.apply(o.date("from")),
                    re.has("wozValue") ? Dutch.euro(re.amount("wozValue")) : null,
                    re.has("wozYear") ? date.apply(LocalDate.of(Integer.parseInt(re.get("wozYear")) - 1, 1, 1)) : null));
        }
        return new Table(List.of("Kadastrale aanduiding", "Straat", "Huisnummer", "Toevoeging", "Postcode", "Plaats", "Soort object",
                "BSN eigenaar", "KvK-nummer eigenaar", "Naam eigenaar", "Aandeel", "Koopsom", "Datum verkrijging", "WOZ-waarde", "Peildatum"), rows);
    }

    /** A party a register identifies: a person with a BSN or a company with a KvK-nummer; else null. */
    private record Party(String name, String born, String bsn, String kvk) {
    }

    private Party party(WorldRow relationship, Function<LocalDate, String> date) {
        String id = relationship.from();
        if (!id.startsWith("bsn:") && !id.startsWith("kvk:")) {
            return null;
        }
        WorldRow p = world.require(id, relationship, "from");
        return id.startsWith("bsn:")
                ? new Party(p.get("name"), p.optionalDate("birthDate").map(date).orElse(null), p.get("bsn"), null)
                : new Party(p.get("name"), null, null, p.get("kvkNummer"));
    }

    /** The BRP's aanduiding naamgebruik behind a world name: E, or V (partner's name before one's own). */
    private record Naam(String gebruik, String partnerPrefix, String partnerSurname) {
        static Naam of(WorldRow p) {
            String own = (p.has("tussenvoegsel") ? p.get("tussenvoegsel") + " " : "") + p.get("surname");
            String first = p.get("givenNames").split(" ")[0];
            String rest = p.get("name").substring(Math.min(first.length() + 1, p.get("name").length()));
            if (rest.equals(own) || !rest.endsWith("-" + own)) {
                return new Naam("E", null, null);
            }
            String partner = rest.substring(0, rest.length() - own.length() - 1);
            int split = 0;
            String[] words = partner.split(" ");
            while (split < words.length - 1 && Character.isLowerCase(words[split].charAt(0)) || split < words.length - 1 && words[split].startsWith("'")) {
                split++;
            }
            String prefix = String.join(" ", java.util.Arrays.copyOfRange(words, 0, split));
            return new Naam("V", prefix.isEmpty() ? null : prefix, String.join(" ", java.util.Arrays.copyOfRange(words, split, words.length)));
        }
    }

    private static String postcode(WorldRow address) {
        String pc = address.get("postcode");
        return pc.substring(0, 4) + " " + pc.substring(4);
    }

    private static List<String> cells(String... values) {
        return java.util.Arrays.asList(values);
    }

    /** The file's date notation: the register's usual one, now and then the other. */
    private Function<LocalDate, String> dates(DateTimeFormatter usual, DateTimeFormatter other) {
        DateTimeFormatter f = random.nextInt(4) == 0 ? other : usual;
        return f::format;
    }

    private Path write(Path file, Table table) {
        char delimiter = random.nextInt(5) == 0 ? ',' : ';';
        boolean bom = random.nextBoolean();
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setRecordSeparator("\r\n").get())) {
            csv.printRecord(table.header());
            for (List<String> row : table.rows()) {
                csv.printRecord(row);
            }
            Files.createDirectories(file.getParent());
            Files.writeString(file, (bom ? "\uFEFF" : "") + text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
