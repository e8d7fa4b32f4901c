package nl.spoor.ingest.world;

import java.util.List;
import java.util.SplittableRandom;

import org.iban4j.CountryCode;

import nl.spoor.model.identifiers.Iban;

/**
 * Dutch banks with their approximate share of current accounts (ING, Rabobank and ABN AMRO hold about
 * 85 %; de Volksbank's SNS, ASN and RegioBank most of the rest; then Triodos, Knab and bunq).
 */
public final class Banks {

    public record Bank(String code, String name, int permille) {
        public String bic() {
            return Iban.parse(new org.iban4j.Iban.Builder().countryCode(CountryCode.NL).bankCode(code)
                    .accountNumber("0417164300").build().toString()).bic().orElseThrow();
        }
    }

    public static final List<Bank> ALL = List.of(
            new Bank("INGB", "ING Bank", 370),
            new Bank("RABO", "Rabobank", 270),
            new Bank("ABNA", "ABN AMRO", 200),
            new Bank("SNSB", "SNS", 50),
            new Bank("ASNB", "ASN Bank", 25),
            new Bank("RBRB", "RegioBank", 25),
            new Bank("TRIO", "Triodos Bank", 15),
            new Bank("KNAB", "Knab", 20),
            new Bank("BUNQ", "bunq", 25));

    private Banks() {
    }

    /** A bank drawn by market share. */
    public static Bank pick(SplittableRandom random) {
        int r = random.nextInt(1000);
        for (Bank bank : ALL) {
            r -= bank.permille;
            if (r < 0) {
                return bank;
            }
        }
        return ALL.getFirst();
    }

    public static Bank byCode(String code) {
        return ALL.stream().filter(b -> b.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown bank code " + code));
    }
}
