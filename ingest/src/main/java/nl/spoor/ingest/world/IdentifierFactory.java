package nl.spoor.ingest.world;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import org.iban4j.CountryCode;

import nl.spoor.model.identifiers.Bsn;
import nl.spoor.model.identifiers.BtwId;
import nl.spoor.model.identifiers.EmailAddress;
import nl.spoor.model.identifiers.Iban;
import nl.spoor.model.identifiers.Kenteken;
import nl.spoor.model.identifiers.KvkNummer;
import nl.spoor.model.identifiers.PhoneNumber;
import nl.spoor.model.identifiers.Rsin;

/**
 * Makes valid, unique identifiers from the world's random stream. Each one is checked with the
 * project's own validator before it is handed out, so a bug here fails generation, not a reader.
 */
public final class IdentifierFactory {

    /** Letters the RDW issues since side-code 4 (see {@link Kenteken}). */
    private static final String PLATE_LETTERS = "BDFGHJKLMNPRSTVXZ";
    private static final List<String> SIDE_CODES = List.of(
            "XX-99-99", "99-99-XX", "99-XX-99", "XX-99-XX", "XX-XX-99", "99-XX-XX", "99-XXX-9",
            "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X", "X-99-XXX", "9-XX-999", "999-XX-9");
    private static final List<String> MAIL_DOMAINS = List.of(
            "gmail.com", "hotmail.com", "outlook.com", "live.nl", "ziggo.nl", "kpnmail.nl", "icloud.com", "hotmail.nl", "planet.nl", "xs4all.nl");

    private final SplittableRandom random;
    private final Set<String> used = new HashSet<>();

    public IdentifierFactory(SplittableRandom random) {
        this.random = random;
    }

    /** Nine digits passing the elfproef; BSNs and RSINs share one pool so they never collide. */
    public String bsn() {
        return elfproef(1 + random.nextInt(7));
    }

    /** RSINs of legal entities mostly start with 8. */
    public String rsin() {
        String rsin = elfproef(8);
        Rsin.parse(rsin);
        return rsin;
    }

    private String elfproef(int first) {
        while (true) {
            int[] d = new int[9];
            d[0] = first;
            int sum = 9 * first;
            for (int i = 1; i < 8; i++) {
                d[i] = random.nextInt(10);
                sum += (9 - i) * d[i];
            }
            int check = sum % 11;
            if (check == 10) {
                continue;
            }
            d[8] = check;
            StringBuilder s = new StringBuilder(9);
            for (int x : d) {
                s.append(x);
            }
            String digits = s.toString();
            if (used.add("bsn:" + digits)) {
                Bsn.parse(digits);
                return digits;
            }
        }
    }

    public String kvk() {
        while (true) {
            String kvk = (1 + random.nextInt(9)) + digits(7);
            if (used.add("kvk:" + kvk)) {
                return KvkNummer.parse(kvk).value();
            }
        }
    }

    /** The BTW-id of a legal entity: its RSIN + B01. */
    public String btwIdFor(String rsin) {
        return BtwId.parse("NL" + rsin + "B01").value();
    }

    /** The BTW-id of a sole trader since 2020: meaningless digits, the whole string passes mod 97-10. */
    public String soleTraderBtwId() {
        while (true) {
            String nine = digits(9);
            for (int suffix = 1; suffix <= 99; suffix++) {
                String candidate = "NL" + nine + "B" + (suffix < 10 ? "0" : "") + suffix;
                var parsed = BtwId.tryParse(candidate);
                if (parsed.isPresent() && parsed.get().passesMod97() && !parsed.get().passesElfproef() && used.add("btw:" + candidate)) {
                    return candidate;
                }
            }
        }
    }

    public String iban(Banks.Bank bank) {
        while (true) {
            String account = (random.nextInt(9) + 1) + digits(9);
            String iban = new org.iban4j.Iban.Builder().countryCode(CountryCode.NL).bankCode(bank.code())
                    .accountNumber(account).build().toString();
            if (used.add("iban:" + iban)) {
                return Iban.parse(iban).value();
            }
        }
    }

    /**
     * A kenteken of the side-code issued in the year of first registration (approximately: 6 until 2005,
     * 7 until 2008, 8 until 2013, 9 until 2015, 10 in 2015, 11 until 2019, 12 in 2019–2020, 13 from 2021,
     * 14 from 2024).
     */
    public String kenteken(int firstRegistrationYear) {
        int sideCode = firstRegistrationYear < 2005 ? 6 : firstRegistrationYear < 2008 ? 7 : firstRegistrationYear < 2013 ? 8
                : firstRegistrationYear < 2015 ? 9 : firstRegistrationYear < 2016 ? 10 : firstRegistrationYear < 2019 ? 11
                : firstRegistrationYear < 2021 ? 12 : firstRegistrationYear < 2024 ? 13 : 14;
        String pattern = SIDE_CODES.get(sideCode - 1).replace("-", "");
        while (true) {
            StringBuilder plate = new StringBuilder(6);
            for (char p : pattern.toCharArray()) {
                plate.append(p == '9' ? (char) ('0' + random.nextInt(10)) : PLATE_LETTERS.charAt(random.nextInt(PLATE_LETTERS.length())));
            }
            String value = plate.toString();
            if (used.add("kenteken:" + value)) {
                Kenteken k = Kenteken.parse(value);
                if (k.sideCode() != sideCode) {
                    throw new IllegalStateException("Plate " + value + " has side-code " + k.sideCode() + ", meant " + sideCode);
                }
                return k.value();
            }
        }
    }

    /** A Dutch mobile number 06-1xxxxxxx … 06-5xxxxxxx, in E.164. */
    public String mobile() {
        while (true) {
            String national = "06" + (1 + random.nextInt(5)) + digits(7);
            var phone = PhoneNumber.tryParse(national);
            if (phone.isPresent() && phone.get().isMobile() && used.add("phone:" + phone.get().value())) {
                return phone.get().value();
            }
        }
    }

    /** A landline in the given area code ({@code 075}, {@code 0299}), ten digits in all, in E.164. */
    public String landline(String areaCode) {
        while (true) {
            String national = areaCode + (2 + random.nextInt(8)) + digits(10 - areaCode.length() - 1);
            var phone = PhoneNumber.tryParse(national);
            if (phone.isPresent() && !phone.get().isMobile() && used.add("phone:" + phone.get().value())) {
                return phone.get().value();
            }
        }
    }

    /** A personal e-mail address made of the name, at a common mail provider. */
    public String personalEmail(String givenName, String surname, int birthYear) {
        String local = switch (random.nextInt(4)) {
            case 0 -> ascii(givenName) + "." + ascii(surname);
            case 1 -> ascii(givenName).charAt(0) + ascii(surname);
            case 2 -> ascii(givenName) + ascii(surname) + (birthYear % 100 < 10 ? "0" : "") + birthYear % 100;
            default -> ascii(surname) + "." + ascii(givenName) + (1 + random.nextInt(99));
        };
        return email(local, MAIL_DOMAINS.get(random.nextInt(MAIL_DOMAINS.size())));
    }

    /** {@code info@<name>.nl} for a company. */
    public String companyEmail(String companyName) {
        String domain = ascii(companyName.replaceAll("(?i)\\b(b\\.?v\\.?|v\\.?o\\.?f\\.?|stichting|holding)\\b", ""));
        return email("info", (domain.isEmpty() ? "bedrijf" : domain) + ".nl");
    }

    private String email(String local, String domain) {
        String address = local + "@" + domain;
        for (int n = 2; !used.add("email:" + address.toLowerCase(Locale.ROOT)); n++) {
            address = local + n + "@" + domain;
        }
        return EmailAddress.parse(address).value();
    }

    /** Lower-case letters and digits only: diacritics dropped (ş → s, ł → l), the rest removed. */
    static String ascii(String text) {
        String plain = Normalizer.normalize(text.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("İ", "I"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** A name without diacritics, capitals kept: {@code Şahin} → {@code Sahin}, {@code İbrahim} → {@code Ibrahim}. */
    static String asciiName(String text) {
        return Normalizer.normalize(text.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("İ", "I"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }

    private String digits(int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append((char) ('0' + random.nextInt(10)));
        }
        return s.toString();
    }
}
