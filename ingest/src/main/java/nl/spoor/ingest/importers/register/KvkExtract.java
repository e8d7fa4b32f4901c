package nl.spoor.ingest.importers.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import nl.spoor.model.graph.EntityRef;
import nl.spoor.model.graph.RelationshipKind;
import nl.spoor.model.identifiers.DutchAddress;
import nl.spoor.model.identifiers.KvkNummer;
import nl.spoor.model.identifiers.Rsin;
import nl.spoor.model.identifiers.Vestigingsnummer;

/**
 * The three KvK Handelsregister tables: inschrijvingen (companies and their bezoekadressen), functionarissen
 * ({@code DIRECTOR_OF} with role, period and bevoegdheid) and aandeelhouders ({@code OWNS} with share).
 */
final class KvkExtract {

    /** Rechtsvormen of the Handelsregister, by how they are written (full name or abbreviation), to the full name. */
    private static final Map<String, String> RECHTSVORMEN = new LinkedHashMap<>();
    private static final Pattern SBI = Pattern.compile("\\d{2}\\.?\\d{0,3}");

    static {
        rechtsvorm("Eenmanszaak", "ez");
        rechtsvorm("Besloten vennootschap", "bv", "b.v.", "besloten vennootschap met gewone structuur");
        rechtsvorm("Naamloze vennootschap", "nv", "n.v.");
        rechtsvorm("Vennootschap onder firma", "vof", "v.o.f.");
        rechtsvorm("Commanditaire vennootschap", "cv", "c.v.");
        rechtsvorm("Maatschap");
        rechtsvorm("Stichting");
        rechtsvorm("Vereniging", "vereniging met volledige rechtsbevoegdheid", "vereniging met beperkte rechtsbevoegdheid");
        rechtsvorm("Coöperatie", "cooperatie", "coöperatie u.a.", "cooperatie u.a.", "coöperatie b.a.", "coöperatie w.a.");
        rechtsvorm("Onderlinge waarborgmaatschappij", "owm");
        rechtsvorm("Kerkgenootschap");
        rechtsvorm("Rederij");
        rechtsvorm("Europese naamloze vennootschap", "se");
        rechtsvorm("Europees economisch samenwerkingsverband", "eesv");
        rechtsvorm("Publiekrechtelijke rechtspersoon");
        rechtsvorm("Buitenlandse rechtsvorm", "buitenlandse vennootschap", "buitenlandse eg-vennootschap");
    }

    private static void rechtsvorm(String name, String... aliases) {
        RECHTSVORMEN.put(name.toLowerCase(Locale.ROOT), name);
        for (String a : aliases) {
            RECHTSVORMEN.put(a, name);
        }
    }

    private KvkExtract() {
    }

    static void inschrijvingen(RegisterTable table, RegisterFacts facts) {
        for (RegisterRow row : table.rows()) {
            KvkNummer kvk = row.kvk("KvK-nummer");
            if (kvk == null) {
                throw row.error("KvK-nummer", "is empty");
            }
            Rsin rsin = row.rsin("RSIN");
            Vestigingsnummer vestiging = row.vestigingsnummer("Vestigingsnummer");
            LocalDate opgericht = row.requiredDate("Datum oprichting");
            LocalDate opgeheven = row.date("Datum opheffing");
            row.ordered("Datum oprichting", opgericht, "Datum opheffing", opgeheven);
            List<String> sbi = sbiCodes(row);
            Map<String, Object> company = new LinkedHashMap<>();
            company.put("name", row.required("Handelsnaam"));
            company.put("legalForm", legalForm(row));
            company.put("rsin", rsin == null ? null : rsin.value());
            company.put("sbiCode", sbi.isEmpty() ? null : sbi.getFirst());
            company.put("otherSbiCodes", sbi.size() > 1 ? sbi.subList(1, sbi.size()) : null);
            company.put("sbiDescription", row.text("SBI-omschrijving"));
            company.put("startDate", opgericht);
            company.put("endDate", opgeheven);
            EntityRef ref = facts.company(kvk, company, row);

            DutchAddress bezoekadres = row.address("Postcode", "Huisnummer", "Toevoeging");
            EntityRef address = facts.address(bezoekadres, row.text("Straat"), row.text("Plaats"), row, Map.of());
            LocalDate sinds = row.date("Adres sinds");
            LocalDate tot = row.date("Adres tot");
            row.ordered("Adres sinds", sinds, "Adres tot", tot);
            Map<String, Object> registered = RegisterFacts.period(sinds != null ? sinds : opgericht, tot);
            registered.put("vestigingsnummer", vestiging == null ? null : vestiging.value());
            facts.relationship(RelationshipKind.REGISTERED_AT, ref, address, "", registered, row);
        }
    }

    static void functionarissen(RegisterTable table, RegisterFacts facts) {
        for (RegisterRow row : table.rows()) {
            EntityRef company = registration(row, facts);
            EntityRef functionaris = facts.party(row, "BSN", "KvK-nummer functionaris", "Naam functionaris", "Geboortedatum");
            LocalDate from = row.requiredDate("Datum in functie");
            LocalDate until = row.date("Datum uit functie");
            row.ordered("Datum in functie", from, "Datum uit functie", until);
            Map<String, Object> p = RegisterFacts.period(from, until);
            p.put("role", row.required("Functie").toLowerCase(Locale.ROOT));
            p.put("bevoegdheid", row.text("Bevoegdheid"));
            facts.relationship(RelationshipKind.DIRECTOR_OF, functionaris, company, "", p, row);
        }
    }

    static void aandeelhouders(RegisterTable table, RegisterFacts facts) {
        for (RegisterRow row : table.rows()) {
            EntityRef company = registration(row, facts);
            EntityRef owner = facts.party(row, "BSN", "KvK-nummer aandeelhouder", "Naam aandeelhouder", "Geboortedatum");
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("share", row.percentage("Percentage"));
            p.put("from", row.date("Datum ingang"));
            facts.relationship(RelationshipKind.OWNS, owner, company, "", p, row);
        }
    }

    /** The company a functionaris or aandeelhouder row is about, named when the row gives its handelsnaam. */
    private static EntityRef registration(RegisterRow row, RegisterFacts facts) {
        KvkNummer kvk = row.kvk("KvK-nummer");
        if (kvk == null) {
            throw row.error("KvK-nummer", "is empty");
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", row.text("Handelsnaam"));
        return facts.company(kvk, p, row);
    }

    private static String legalForm(RegisterRow row) {
        String written = row.required("Rechtsvorm");
        String name = RECHTSVORMEN.get(written.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        if (name == null) {
            throw row.error("Rechtsvorm", "'" + written + "' is not a rechtsvorm of the Handelsregister (e.g. Besloten vennootschap, "
                    + "Eenmanszaak, Vennootschap onder firma, Stichting)");
        }
        return name;
    }

    /** SBI codes as the world writes them ({@code 81.22}); the first is the hoofdactiviteit. */
    private static List<String> sbiCodes(RegisterRow row) {
        String written = row.text("SBI-code");
        List<String> codes = new ArrayList<>();
        if (written == null) {
            return codes;
        }
        for (String code : written.split("[,|/\\s]+")) {
            if (code.isEmpty()) {
                continue;
            }
            if (!SBI.matcher(code).matches()) {
                throw row.error("SBI-code", "'" + code + "' is not an SBI code (2 to 5 digits, e.g. 81.22 or 8122)");
            }
            String digits = code.replace(".", "");
            codes.add(digits.length() > 2 ? digits.substring(0, 2) + "." + digits.substring(2) : digits);
        }
        return codes;
    }
}
