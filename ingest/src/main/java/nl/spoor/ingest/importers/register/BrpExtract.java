package nl.spoor.ingest.importers.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.EntityRef;
import nl.spoor.model.graph.RelationshipKind;
import nl.spoor.model.identifiers.Bsn;
import nl.spoor.model.identifiers.DutchAddress;

/**
 * BRP (Basisregistratie Personen): the person (BSN, naam, geboorte, geslacht, nationaliteit) and one
 * adreshouding per row ({@code LIVES_AT} keyed by its start, with {@code from}/{@code until}); the address
 * lies in the gemeente of inschrijving ({@code LOCATED_IN} the CBS {@code Place}).
 *
 * <p>The name is composed as the BRP's aanduiding naamgebruik says: E (eigen), P (partner), V (partner
 * voor eigen), N (eigen voor partner), with the first voornaam, as the world names persons.
 */
final class BrpExtract {

    private static final Set<String> GENDERS = Set.of("M", "V", "O");

    private BrpExtract() {
    }

    static void read(RegisterTable table, RegisterFacts facts) {
        for (RegisterRow row : table.rows()) {
            Bsn bsn = row.bsn("BSN");
            if (bsn == null) {
                throw row.error("BSN", "is empty");
            }
            String surname = row.required("Geslachtsnaam");
            String voorvoegsel = row.text("Voorvoegsel");
            String givenNames = row.required("Voornamen").replaceAll("\\s+", " ");
            Map<String, Object> person = new LinkedHashMap<>();
            person.put("name", name(row, givenNames.split(" ")[0], voorvoegsel, surname));
            person.put("givenNames", givenNames);
            person.put("initials", initials(givenNames));
            person.put("tussenvoegsel", voorvoegsel);
            person.put("surname", surname);
            person.put("gender", gender(row));
            person.put("birthDate", row.requiredDate("Geboortedatum"));
            person.put("birthPlace", row.text("Geboorteplaats"));
            person.put("nationality", row.text("Nationaliteit"));
            EntityRef ref = facts.person(bsn, person, row);

            DutchAddress address = row.address("Postcode", "Huisnummer", "Huisletter/toevoeging");
            Map<String, Object> more = new LinkedHashMap<>();
            more.put("municipality", row.text("Gemeente"));
            String cbs = gemeentecode(row);
            more.put("municipalityCode", cbs);
            EntityRef home = facts.address(address, row.text("Straat"), row.text("Woonplaats"), row, more);
            if (cbs != null) {
                Map<String, Object> place = new LinkedHashMap<>();
                place.put("name", row.text("Gemeente"));
                place.put("cbsCode", cbs);
                EntityRef gemeente = facts.entity(new EntityRef(EntityKind.PLACE, "place:" + cbs), place, row);
                facts.relationship(RelationshipKind.LOCATED_IN, home, gemeente, "", Map.of(), row);
            }
            LocalDate from = row.requiredDate("Datum aanvang adreshouding");
            LocalDate until = row.date("Datum vertrek");
            row.ordered("Datum aanvang adreshouding", from, "Datum vertrek", until);
            facts.relationship(RelationshipKind.LIVES_AT, ref, home, from.toString(), RegisterFacts.period(from, until), row);
        }
    }

    private static String name(RegisterRow row, String roepnaam, String voorvoegsel, String surname) {
        String own = join(voorvoegsel, surname);
        String naamgebruik = row.text("Naamgebruik");
        if (naamgebruik == null || naamgebruik.equalsIgnoreCase("E")) {
            return join(roepnaam, own);
        }
        String partnerSurname = row.text("Geslachtsnaam partner");
        if (partnerSurname == null) {
            throw row.error("Geslachtsnaam partner", "is empty, but naamgebruik " + naamgebruik + " uses the partner's name");
        }
        String partner = join(row.text("Voorvoegsel partner"), partnerSurname);
        return switch (naamgebruik.toUpperCase(Locale.ROOT)) {
            case "P" -> join(roepnaam, partner);
            case "V" -> join(roepnaam, partner + "-" + own);
            case "N" -> join(roepnaam, own + "-" + partner);
            default -> throw row.error("Naamgebruik", "'" + naamgebruik + "' is not an aanduiding naamgebruik (E, P, V or N)");
        };
    }

    private static String join(String... parts) {
        List<String> present = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                present.add(p.strip());
            }
        }
        return String.join(" ", present);
    }

    private static String initials(String givenNames) {
        StringBuilder s = new StringBuilder();
        for (String name : givenNames.split(" ")) {
            s.append(name.charAt(0)).append('.');
        }
        return s.toString();
    }

    private static String gender(RegisterRow row) {
        String g = row.text("Geslacht");
        if (g == null) {
            return null;
        }
        String upper = g.toUpperCase(Locale.ROOT);
        if (!GENDERS.contains(upper)) {
            throw row.error("Geslacht", "'" + g + "' is not a geslachtsaanduiding (M, V or O)");
        }
        return upper;
    }

    /** {@code 0479} or {@code GM0479} to the CBS code {@code GM0479}. */
    private static String gemeentecode(RegisterRow row) {
        String code = row.text("Gemeentecode");
        if (code == null) {
            return null;
        }
        String digits = code.toUpperCase(Locale.ROOT).replaceFirst("^GM", "");
        if (!digits.matches("\\d{1,4}")) {
            throw row.error("Gemeentecode", "'" + code + "' is not a gemeentecode (4 digits, e.g. 0479)");
        }
        return "GM" + "0".repeat(4 - digits.length()) + digits;
    }
}
