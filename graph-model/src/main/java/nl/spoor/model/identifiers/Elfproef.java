package nl.spoor.model.identifiers;

/**
 * The Dutch 11-test (elfproef) for 9-digit numbers such as the BSN and the RSIN:
 * {@code 9·d1 + 8·d2 + 7·d3 + 6·d4 + 5·d5 + 4·d6 + 3·d7 + 2·d8 − 1·d9 ≡ 0 (mod 11)}.
 * The variant for old bank account numbers (weight +1 on the last digit) is deliberately absent:
 * bank accounts are identified by IBAN.
 */
public final class Elfproef {

    private Elfproef() {
    }

    /**
     * The weighted sum of exactly nine ASCII digits; may be negative only if the first eight digits are
     * zero and the ninth is not.
     *
     * @throws IllegalArgumentException if {@code nineDigits} is not nine ASCII digits
     */
    public static int weightedSum(String nineDigits) {
        if (nineDigits == null || !nineDigits.matches("[0-9]{9}")) {
            throw new IllegalArgumentException("elfproef needs exactly 9 digits, got " + nineDigits);
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (nineDigits.charAt(i) - '0');
        }
        return sum - (nineDigits.charAt(8) - '0');
    }

    /** True if the nine digits pass the elfproef and are not all zeros. */
    public static boolean passes(String nineDigits) {
        return !nineDigits.equals("000000000") && Math.floorMod(weightedSum(nineDigits), 11) == 0;
    }
}
