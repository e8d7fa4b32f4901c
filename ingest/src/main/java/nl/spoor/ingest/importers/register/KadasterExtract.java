package nl.spoor.ingest.importers.register;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.EntityRef;
import nl.spoor.model.graph.RelationshipKind;
import nl.spoor.model.identifiers.DutchAddress;

/**
 * Kadaster (BRK) with the WOZ-waarde: a perceel or appartementsrecht by its kadastrale aanduiding
 * (gemeentecode, sectie, perceelnummer, optionally {@code A} and the appartementsindex), which is its key
 * ({@code kadaster:ASD04-K-1234}); its address ({@code LOCATED_AT}); each owner
 * ({@code OWNS_PROPERTY} with {@code from} = datum verkrijging, {@code purchasePrice} = koopsom,
 * {@code share} in percent). The object's {@code purchasePrice}/{@code purchaseDate} are those of its
 * latest acquisition in the extract; {@code wozYear} is the belastingjaar, the year after the peildatum.
 */
final class KadasterExtract {

    private static final Pattern AANDUIDING = Pattern.compile(
            "([A-Z]{3}\\d{2})[\\s-]+([A-Z]{1,2})[\\s-]+(\\d{1,5})(?:[\\s-]+A[\\s-]*(\\d{1,4}))?");

    private KadasterExtract() {
    }

    static void read(RegisterTable table, RegisterFacts facts) {
        // The latest acquisition per object first, so every row of that object states the same purchase.
        Map<String, RegisterRow> latest = new HashMap<>();
        for (RegisterRow row : table.rows()) {
            String key = aanduiding(row);
            LocalDate acquired = row.requiredDate("Datum verkrijging");
            RegisterRow before = latest.get(key);
            if (before == null || before.date("Datum verkrijging").isBefore(acquired)) {
                latest.put(key, row);
            }
        }
        for (RegisterRow row : table.rows()) {
            String key = aanduiding(row);
            RegisterRow last = latest.get(key);
            DutchAddress address = row.address("Postcode", "Huisnummer", "Toevoeging");
            String street = row.text("Straat");
            String place = row.text("Plaats");
            String soort = row.text("Soort object");
            LocalDate peildatum = row.date("Peildatum");
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("kadastraleAanduiding", key.replace('-', ' '));
            object.put("name", soort == null || street == null || place == null ? null
                    : Character.toUpperCase(soort.charAt(0)) + soort.substring(1).toLowerCase(Locale.ROOT) + " " + street + " "
                    + address.houseNumber() + (address.hasSuffix() ? "-" + address.suffix() : "") + ", " + place);
            object.put("propertyType", soort == null ? null : soort.toLowerCase(Locale.ROOT));
            object.put("wozValue", row.amount("WOZ-waarde"));
            object.put("wozYear", peildatum == null ? null : (long) peildatum.getYear() + 1);
            object.put("purchasePrice", last.amount("Koopsom"));
            object.put("purchaseDate", last.amount("Koopsom") == null ? null : last.date("Datum verkrijging"));
            EntityRef realEstate = facts.entity(new EntityRef(EntityKind.REAL_ESTATE, "kadaster:" + key), object, row);
            EntityRef at = facts.address(address, street, place, row, Map.of());
            facts.relationship(RelationshipKind.LOCATED_AT, realEstate, at, "", Map.of(), row);

            EntityRef owner = facts.party(row, "BSN eigenaar", "KvK-nummer eigenaar", "Naam eigenaar", null);
            Map<String, Object> owns = new LinkedHashMap<>();
            owns.put("from", row.requiredDate("Datum verkrijging"));
            owns.put("purchasePrice", row.amount("Koopsom"));
            owns.put("share", row.percentage("Aandeel"));
            facts.relationship(RelationshipKind.OWNS_PROPERTY, owner, realEstate, "", owns, row);
        }
    }

    /** {@code ASD04 K 1234} → {@code ASD04-K-1234}; {@code ASD04 K 1234 A 2} → {@code ASD04-K-1234-A0002}. */
    static String aanduiding(RegisterRow row) {
        String written = row.required("Kadastrale aanduiding");
        Matcher m = AANDUIDING.matcher(written.toUpperCase(Locale.ROOT).strip());
        if (!m.matches()) {
            throw row.error("Kadastrale aanduiding", "'" + written + "' is not a kadastrale aanduiding "
                    + "(gemeentecode, sectie, perceelnummer, e.g. ASD04 K 1234, or ASD04 K 1234 A 2 for an appartementsrecht)");
        }
        return m.group(1) + "-" + m.group(2) + "-" + Integer.parseInt(m.group(3))
                + (m.group(4) == null ? "" : "-A" + "%04d".formatted(Integer.parseInt(m.group(4))));
    }
}
