package nl.spoor.ingest.world;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import nl.spoor.model.identifiers.DutchAddress;
import nl.spoor.model.identifiers.Postcode;

/**
 * Makes unique addresses on the real streets of {@link NoordHolland}. A street gets one 4-digit postcode
 * area from its district's range, and a new pair of letters for every block of twenty house numbers, as
 * real postcodes run along a street; no postcode is given to two streets.
 */
public final class Addresses {

    public enum Type {
        WONING("woning"), BEDRIJFSPAND("bedrijfspand"), HOTEL("hotel"), AIRBNB("airbnb");

        final String value;

        Type(String value) {
            this.value = value;
        }

        public String value() {
            return value;
        }
    }

    /** An address of the world: {@link #id()} is its Spoor id, {@code address:1506EK-112-A}. */
    public record Address(String id, String street, int houseNumber, String suffix, String postcode,
                          NoordHolland.Municipality municipality, NoordHolland.District district, Type type) {
        /** {@code Kogerveldweg 12-A, Zaandam}. */
        public String line() {
            return street + " " + houseNumber + (suffix.isEmpty() ? "" : "-" + suffix) + ", " + district.place();
        }
    }

    private static final List<String> SUFFIXES = List.of("A", "B", "C", "HS", "1", "2", "3", "BIS");
    private static final String LETTERS = "ABCDEFGHJKLMNPRSTVWXZ";

    private final SplittableRandom random;
    private final Set<String> usedPostcodes = new HashSet<>();
    private final Set<String> usedKeys = new HashSet<>();
    private final Map<String, String> blockPostcodes = new HashMap<>();
    private final Map<String, Integer> streetAreas = new HashMap<>();

    public Addresses(SplittableRandom random) {
        this.random = random;
    }

    /** A new address in the municipality, in a district drawn at random. */
    public Address in(NoordHolland.Municipality m, Type type) {
        return in(m, m.districts().get(random.nextInt(m.districts().size())), type);
    }

    /** A new address in the district (it must belong to {@code m}). */
    public Address in(NoordHolland.Municipality m, NoordHolland.District d, Type type) {
        // Streets fill up in large worlds: after a few collisions take floors (suffixes) and higher numbers.
        for (int attempt = 0; attempt < 1000; attempt++) {
            String street = d.streets().get(random.nextInt(d.streets().size()));
            int number = 1 + (int) Math.floor(Math.pow(random.nextDouble(), 1.6) * (240 + 40 * attempt));
            String suffix = random.nextInt(100) < (attempt < 3 ? 12 : 80) ? SUFFIXES.get(random.nextInt(SUFFIXES.size())) : "";
            String postcode = postcode(d, street, number);
            DutchAddress address = DutchAddress.of(Postcode.parse(postcode), number, suffix);
            if (usedKeys.add(address.value())) {
                return new Address("address:" + address.value(), street, number, address.suffix(), address.postcode().value(), m, d, type);
            }
        }
        throw new IllegalStateException("District " + d.name() + " has no free address left after 1000 tries; add streets");
    }

    private String postcode(NoordHolland.District d, String street, int number) {
        String streetKey = d.name() + "|" + street;
        int area = streetAreas.computeIfAbsent(streetKey, k -> d.from() + random.nextInt(d.to() - d.from() + 1));
        return blockPostcodes.computeIfAbsent(streetKey + "|" + number / 20, k -> {
            while (true) {
                String letters = "" + LETTERS.charAt(random.nextInt(LETTERS.length())) + LETTERS.charAt(random.nextInt(LETTERS.length()));
                String code = area + letters;
                if (Postcode.isValid(code) && usedPostcodes.add(code)) {
                    return code;
                }
            }
        });
    }
}
