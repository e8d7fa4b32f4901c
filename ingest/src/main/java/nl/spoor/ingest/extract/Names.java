package nl.spoor.ingest.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The shapes of Dutch person and organisation names, shared by the person and organisation recognisers. */
final class Names {

    private Names() {
    }

    static final String PARTICLE = "(?:van der|van den|van de|van 't|van het|in 't|in het|op den|op de|uit den|uit de|"
            + "van|de|den|der|ter|ten|te|'t|het|el|al|ben|da|di|du|le|la)";
    private static final String GIVEN = "\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?";
    private static final String INITIALS = "(?:\\p{Lu}\\.[ ]?){1,5}";
    private static final String SURNAME = "\\p{Lu}[\\p{Ll}'’]+(?:\\p{Lu}[\\p{Ll}]+)?(?:-(?:" + PARTICLE + " )?\\p{Lu}[\\p{Ll}'’]+)?";
    /** Given names or initials, an optional tussenvoegsel, a surname: {@code Saskia de Wit-de Graaf}, {@code J.P. van der Meer}. */
    static final String PERSON = "(?:" + INITIALS + "|" + GIVEN + "(?:[ ]" + GIVEN + "){0,3}[ ])(?:" + PARTICLE + "[ ])?" + SURNAME + "(?![\\p{L}:])";
    static final Pattern PERSON_WHOLE = Pattern.compile(PERSON);

    /** Legal forms written after a name. */
    static final String LEGAL_FORM = "(?:B\\.V\\.|BV|N\\.V\\.|NV|V\\.O\\.F\\.|VOF|C\\.V\\.|CV|U\\.A\\.|B\\.A\\.|Holding B\\.V\\.|Holding)";
    private static final String ORG_WORD = "\\p{Lu}[\\p{L}0-9&'’\\-]*";
    /** Capitalised words, with the small words company names contain, then a legal form: {@code Glazenwasserij Gebroeders Wal V.O.F.}. */
    static final String ORGANIZATION_WITH_FORM = ORG_WORD + "(?:[ ](?:" + ORG_WORD + "|&|en|de|van|der|het|'t|voor|in|op|aan)){0,5}[ ]" + LEGAL_FORM + "(?![\\p{L}])";
    /** Trades that name a one-man business (an eenmanszaak has no legal form in its name): {@code Kapsalon Tim}. */
    static final String SECTOR = "(?:Kapsalon|Kapper|Glazenwasserij|Glasbewassing|Schoonmaakbedrijf|Schoonmaakdiensten|Webshop|Bouw|Bouwbedrijf|"
            + "Klussenbedrijf|Schildersbedrijf|Loodgietersbedrijf|Installatiebedrijf|Transport|Transportbedrijf|Koeriersdienst|Taxibedrijf|"
            + "Uitzendbureau|Huisartsenpraktijk|Tandartspraktijk|Eethuis|Restaurant|Cafetaria|Snackbar|Bakkerij|Slagerij|Supermarkt|"
            + "Nagelstudio|Massagesalon|Schoonheidssalon|Administratiekantoor|Vastgoed|Autobedrijf|Garagebedrijf|Hoveniersbedrijf)";
    private static final Pattern SECTOR_WORD = Pattern.compile("(?<![\\p{L}])" + SECTOR + "(?![\\p{L}])");

    /** Kinds of organisation written before or inside the name. */
    static final String ORG_HEAD = "(?:" + SECTOR + "|Stichting|Vereniging|Coöperatie|Cooperatie|Coöperatieve|Gemeente|Provincie|Maatschap|\\p{Lu}\\p{Ll}*stichting)";
    /** An IBAN starting after a name (a statement row run together) is not a word of that name. */
    private static final String NO_IBAN = "(?!\\p{Lu}{2}\\d{2}[ ]?\\p{Lu}{4}[ ]?\\d)";
    static final String ORGANIZATION_WITH_HEAD = ORG_HEAD + "(?:[ ]" + NO_IBAN + "(?:" + ORG_WORD + "|en|de|van|der|het|'t|voor|aan)){1,5}(?![\\p{L}:])";
    static final Pattern ORGANIZATION_WHOLE = Pattern.compile(ORGANIZATION_WITH_FORM + "|" + ORGANIZATION_WITH_HEAD);

    /** Organisations everyone in Dutch case files knows by name. */
    static final Set<String> KNOWN_ORGANIZATIONS = Set.of("Belastingdienst", "UWV", "SVB", "Sociale Verzekeringsbank",
            "ING Bank", "ING", "Rabobank", "ABN AMRO", "SNS", "SNS Bank", "ASN Bank", "RegioBank", "Triodos Bank", "Knab",
            "bunq");

    /** Capitalised words that start a sentence or label, not a name. */
    static final Set<String> NOT_A_NAME_START = Set.of("bij", "aan", "van", "door", "voor", "met", "namens", "via", "op",
            "in", "uit", "naar", "werkgever", "verhuurder", "huurder", "handelsnaam", "naam", "statutaire", "bedrijf",
            "onderneming", "firma", "betaling", "premie", "bestelling", "termijnbedrag", "huur", "salaris", "de", "het",
            "een", "tel", "ten", "name", "zie", "betreft", "onderwerp", "rekening", "tenaamstelling", "opdrachtgever",
            "uittreksel", "handelsregister", "kvk");

    /** What a bare name (a statement's counterparty cell, a signature line) most likely is, or null. */
    static MentionType classify(String name) {
        String s = name.strip();
        if (s.isEmpty() || s.length() > 80) {
            return null;
        }
        if (ORGANIZATION_WHOLE.matcher(s).matches() || KNOWN_ORGANIZATIONS.contains(s)) {
            return MentionType.ORGANIZATION;
        }
        if (SECTOR_WORD.matcher(s).find() && s.matches("\\p{Lu}[\\p{L}0-9&'’\\- ]+")) {
            return MentionType.ORGANIZATION;
        }
        if (PERSON_WHOLE.matcher(s).matches() && GivenNames.contains(s.split("[ -]")[0])) {
            return MentionType.PERSON;
        }
        return null;
    }

    static boolean startsLikeSentence(String word) {
        return NOT_A_NAME_START.contains(word.toLowerCase(Locale.ROOT));
    }
}
