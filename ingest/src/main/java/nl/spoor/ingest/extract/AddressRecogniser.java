package nl.spoor.ingest.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.spoor.model.identifiers.DutchAddress;
import nl.spoor.model.identifiers.Postcode;

/**
 * Full Dutch addresses: street, house number, optional suffix, postcode and place, e.g.
 * {@code Van Merlenlaan 105, 2102 BG Heemstede} or {@code Pelikaanweg 12-A 1506EK Zaandam}; the parts
 * may wrap over a line. Value {@code Street Number[-Suffix], 1234AB Place}
 * (the suffix after a dash, as in the BAG key, so {@code 85-3} is not house number 853), checked by {@link DutchAddress}.
 * Without a postcode there is no address (a street and number alone are too ambiguous).
 */
public final class AddressRecogniser implements Recogniser {

    private static final String WORD = "(?:'s-)?\\p{Lu}[\\p{L}'’.\\-]*";
    private static final String PARTICLE = "(?:van|de|der|den|het|'t|op|aan|in|bij|ter|ten|te|en|la|le)";
    private static final Pattern ADDRESS = Pattern.compile("(?<![\\p{L}])(?<street>" + WORD + "(?:[ \\u00A0](?:" + WORD + "|" + PARTICLE + ")){0,5})"
            + "[ \\u00A0]+(?<number>[1-9][0-9]{0,4})(?:(?:[ \\u00A0]?-[ \\u00A0]?|[ \\u00A0]?)(?<suffix>[A-Za-z]{1,3}[0-9]?|(?<=-)[0-9]{1,4}))?(?![\\p{L}0-9])"
            + ",?\\s+(?<postcode>[1-9][0-9]{3}[ \\u00A0]?[A-Z]{2})(?![\\p{L}0-9]),?\\s+"
            + "(?<place>" + WORD + "(?:[ \\u00A0](?:" + WORD + "|aan|aan de|op|den|de|bij|en))*)");
    /** Labels written before an address, not part of its street. */
    private static final Set<String> LABELS = Set.of("adres", "bezoekadres", "postadres", "vestigingsadres", "woonadres",
            "correspondentieadres", "huisadres", "afleveradres", "woonachtig", "wonende", "gevestigd", "verblijfadres",
            "verblijfsadres", "pand", "woning", "object", "locatie", "straat", "het", "de", "te", "op", "aan", "in");

    @Override
    public String name() {
        return "rules:address";
    }

    @Override
    public List<Mention> recognise(String text, int page) {
        List<Mention> found = new ArrayList<>();
        Matcher m = ADDRESS.matcher(text);
        while (m.find()) {
            List<String> street = new ArrayList<>(Arrays.asList(m.group("street").split("[ \\u00A0]")));
            int start = m.start("street");
            while (street.size() > 1 && LABELS.contains(street.getFirst().replaceAll("[:,]$", "").toLowerCase(Locale.ROOT))) {
                start = text.indexOf(street.get(1), start + street.getFirst().length());
                street.removeFirst();
            }
            if (street.getFirst().equalsIgnoreCase("Postbus") || street.getFirst().equalsIgnoreCase("Antwoordnummer")) {
                continue;
            }
            String place = place(m.group("place"));
            int end = m.start("place") + place.length();
            var postcode = Postcode.tryParse(m.group("postcode"));
            if (postcode.isEmpty()) {
                continue;
            }
            DutchAddress address;
            try {
                address = DutchAddress.of(postcode.get(), Integer.parseInt(m.group("number")), m.group("suffix"));
            } catch (RuntimeException e) {
                continue;
            }
            String value = String.join(" ", street) + " " + address.houseNumber() + (address.hasSuffix() ? "-" + address.suffix() : "") + ", "
                    + address.postcode().value() + " " + place;
            found.add(new Mention(MentionType.ADDRESS, text.substring(start, end), value, page, start, end, 0.95, name()));
        }
        return found;
    }

    /** The place: the longest leading run of words that is a known place, else the first word. */
    static String place(String written) {
        int sentenceEnd = written.indexOf(". ");
        if (sentenceEnd > 0) {
            written = written.substring(0, sentenceEnd);
        }
        written = written.replaceAll("\\.+$", "");
        String[] words = written.split("[ \\u00A0]");
        for (int n = words.length; n > 0; n--) {
            String candidate = String.join(" ", Arrays.copyOf(words, n));
            if (Places.NAMES.contains(candidate)) {
                return written.substring(0, candidate.length());
            }
        }
        return words[0];
    }
}
