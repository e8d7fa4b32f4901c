package nl.spoor.model.identifiers;

import java.math.BigInteger;

/** ISO 7064 mod 97-10 arithmetic, as used by the IBAN and the 2020 BTW-id. */
final class Iso7064 {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Iso7064() {
    }

    /**
     * Remainder mod 97 of an upper-case alphanumeric string read as a number, with each letter replaced by
     * its two-digit value (A=10, B=11, … L=21, N=23, … Z=35). A string whose check digits are right gives 1.
     */
    static int mod97(String upperAlphanumeric) {
        StringBuilder digits = new StringBuilder(upperAlphanumeric.length() * 2);
        for (char c : upperAlphanumeric.toCharArray()) {
            if (c >= 'A' && c <= 'Z') {
                digits.append(c - 'A' + 10);
            } else if (c >= '0' && c <= '9') {
                digits.append(c);
            } else {
                throw new IllegalArgumentException("not upper-case alphanumeric: " + upperAlphanumeric);
            }
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue();
    }
}
