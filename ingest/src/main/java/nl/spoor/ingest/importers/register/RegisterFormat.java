package nl.spoor.ingest.importers.register;

import java.util.List;
import java.util.Locale;

/**
 * The register extract layouts Spoor reads ({@code ingest/register-formats.md}), recognised by their
 * header row: every required column must be there, in any order, in any case. Optional columns may be
 * left out of the header altogether.
 */
public enum RegisterFormat {
    /** KvK Handelsregister: one row per vestiging (or per registered address of it, with its period). */
    KVK_INSCHRIJVINGEN("kvk", List.of("KvK-nummer", "Handelsnaam", "Rechtsvorm", "Datum oprichting", "Postcode", "Huisnummer"),
            List.of("Vestigingsnummer", "RSIN", "SBI-code", "SBI-omschrijving", "Datum opheffing", "Straat", "Toevoeging", "Plaats",
                    "Adres sinds", "Adres tot")),
    /** KvK functionarissen: bestuurders, eigenaren, vennoten, gevolmachtigden of a registration. */
    KVK_FUNCTIONARISSEN("kvk", List.of("KvK-nummer", "Naam functionaris", "Functie", "Datum in functie"),
            List.of("Handelsnaam", "Geboortedatum", "BSN", "KvK-nummer functionaris", "Bevoegdheid", "Datum uit functie")),
    /** KvK aandeelhouders (UBO-achtige registratie of aandeelhoudersregister): who holds which share. */
    KVK_AANDEELHOUDERS("kvk", List.of("KvK-nummer", "Naam aandeelhouder", "Percentage"),
            List.of("Handelsnaam", "Geboortedatum", "BSN", "KvK-nummer aandeelhouder", "Datum ingang")),
    /** RDW kentekenregister: a vehicle and one tenaamstelling per row. */
    RDW("rdw", List.of("Kenteken", "Merk", "Handelsbenaming", "Datum eerste toelating", "Datum tenaamstelling", "Naam tenaamgestelde"),
            List.of("Voertuigsoort", "Datum einde tenaamstelling", "Catalogusprijs", "BSN tenaamgestelde", "KvK-nummer tenaamgestelde")),
    /** BRP: a person and one address (adreshouding) per row. */
    BRP("brp", List.of("BSN", "Geslachtsnaam", "Voornamen", "Geboortedatum", "Postcode", "Huisnummer", "Datum aanvang adreshouding"),
            List.of("Voorvoegsel", "Geslacht", "Geboorteplaats", "Nationaliteit", "Naamgebruik", "Geslachtsnaam partner",
                    "Voorvoegsel partner", "Straat", "Huisletter/toevoeging", "Woonplaats", "Gemeentecode", "Gemeente", "Datum vertrek")),
    /** Kadaster with the WOZ-waarde: a perceel or appartementsrecht and one owner (gerechtigde) per row. */
    KADASTER("kadaster", List.of("Kadastrale aanduiding", "Postcode", "Huisnummer", "Naam eigenaar", "Aandeel", "Datum verkrijging"),
            List.of("Straat", "Toevoeging", "Plaats", "Soort object", "BSN eigenaar", "KvK-nummer eigenaar", "Koopsom", "WOZ-waarde",
                    "Peildatum"));

    private final String register;
    private final List<String> required;
    private final List<String> optional;

    RegisterFormat(String register, List<String> required, List<String> optional) {
        this.register = register;
        this.required = required;
        this.optional = optional;
    }

    /** The register it comes from: {@code kvk}, {@code rdw}, {@code brp} or {@code kadaster} (the CLI's word). */
    public String register() {
        return register;
    }

    public List<String> required() {
        return required;
    }

    public List<String> optional() {
        return optional;
    }

    /** A header cell as compared: lower case, without BOM, quotes and repeated spaces. */
    static String normal(String header) {
        return header.replace("\uFEFF", "").strip().replaceAll("^\"|\"$", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    boolean recognises(List<String> normalHeader) {
        return required.stream().allMatch(c -> normalHeader.contains(normal(c)));
    }
}
