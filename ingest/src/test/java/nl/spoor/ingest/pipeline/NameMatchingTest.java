package nl.spoor.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.spoor.ingest.extract.PersonName;
import nl.spoor.model.graph.EntityKind;

/** How names are taken apart and compared for POSSIBLY_SAME_AS candidates, without a store. */
class NameMatchingTest {

    @Test
    void dutchNamesAreTakenApartInEveryOrderTheyAreWritten() {
        PersonName expected = new PersonName(List.of("jan"), "j", "de", "vries", List.of("vries"));
        assertThat(PersonName.parse("Jan de Vries")).isEqualTo(expected);
        assertThat(PersonName.parse("de Vries, Jan")).isEqualTo(expected);
        assertThat(PersonName.parse("Vries, Jan de")).isEqualTo(expected);
        assertThat(PersonName.parse("JAN DE VRIES")).isEqualTo(expected);
        assertThat(PersonName.parse("J.P. van der Meer")).isEqualTo(new PersonName(List.of(), "jp", "van der", "meer", List.of("meer")));
        assertThat(PersonName.parse("Saskia de Wit-de Graaf")).isEqualTo(new PersonName(List.of("saskia"), "s", "de", "wit-graaf", List.of("wit", "graaf")));
        assertThat(PersonName.parse("Jan-Willem Koç")).isEqualTo(new PersonName(List.of("jan", "willem"), "jw", "", "koc", List.of("koc")));
        assertThat(PersonName.parse("De Vries")).isEqualTo(new PersonName(List.of(), "", "de", "vries", List.of("vries")));
    }

    @Test
    void blockingKeysIgnoreTussenvoegselDiacriticsAndLegalForm() {
        assertThat(NameKeys.of(EntityKind.PERSON, "Saskia de Wit-de Graaf")).isEqualTo(Map.of("surnameKey", "wit", "surnameKeyAlt", "graaf"));
        assertThat(NameKeys.of(EntityKind.PERSON, "Mustafa Koç")).isEqualTo(Map.of("surnameKey", "koc"));
        assertThat(NameKeys.of(EntityKind.COMPANY, "Glashelder B.V.")).isEqualTo(Map.of("orgKey", "glashelder"));
        assertThat(NameKeys.of(EntityKind.COMPANY, "glashelder bv")).isEqualTo(Map.of("orgKey", "glashelder"));
    }

    private static PossiblySameAs.Features person(String id, boolean strong, String name, String born) {
        return new PossiblySameAs.Features(id, EntityKind.PERSON, strong, name, born, null, Set.of(), Set.of(), Set.of(), List.of(), Set.of());
    }

    private static String compare(PossiblySameAs.Features a, PossiblySameAs.Features b) {
        PossiblySameAs.Candidate c = PossiblySameAs.compare(a, b);
        PossiblySameAs.Candidate reversed = PossiblySameAs.compare(b, a);
        assertThat(reversed).isEqualTo(c);
        return c == null ? "none" : c.from() + " " + c.to() + " " + c.score() + " " + c.reasons();
    }

    @Test
    void personsAreComparedOnSurnameGivenNamesAndBirthDate() {
        assertThat(compare(person("person:a", false, "J. de Vries", "1984-03-02"), person("bsn:x", true, "Jan de Vries", "1984-03-02")))
                .isEqualTo("bsn:x person:a 0.75 [same surname, initials match given name, same birth date 1984-03-02]");
        assertThat(compare(person("person:a", false, "de Vries, Jan", null), person("person:b", false, "Jan de Vries", null)))
                .isEqualTo("person:a person:b 0.5 [same surname, same given name]");
        // Going by the second given name (roepnaam).
        assertThat(compare(person("person:a", false, "Pieter de Vries", null), person("person:b", false, "Jan Pieter de Vries", null)))
                .isEqualTo("person:a person:b 0.35 [same surname, given name among the other's given names]");
        // A married name meets the maiden name by one of its parts.
        assertThat(compare(person("person:a", false, "Saskia de Graaf", null), person("person:b", false, "Saskia de Wit-de Graaf", null)))
                .isEqualTo("person:a person:b 0.4 [surname part matches (hyphenated name), same given name]");
        assertThat(compare(person("person:a", false, "Jan de Vries", null), person("person:b", false, "Piet de Vries", null))).isEqualTo("none");
        assertThat(compare(person("person:a", false, "Jan de Vries", null), person("person:b", false, "Jan van Vries", null))).isEqualTo("none");
        assertThat(compare(person("person:a", false, "P. de Vries", null), person("person:b", false, "Jan de Vries", null))).isEqualTo("none");
        assertThat(compare(person("person:a", false, "J. de Vries", "1991-07-14"), person("person:b", false, "Jan de Vries", "1984-03-02"))).isEqualTo("none");
        // Two BSNs are two people, whatever their names.
        assertThat(compare(person("bsn:x", true, "Jan de Vries", "1984-03-02"), person("bsn:y", true, "Jan de Vries", "1984-03-02"))).isEqualTo("none");
        // A surname alone says too little.
        assertThat(compare(person("person:a", false, "De Vries", null), person("person:b", false, "Jan de Vries", null))).isEqualTo("none");
    }

    private static PossiblySameAs.Features org(String id, EntityKind kind, boolean strong, String name, Set<String> addresses) {
        return new PossiblySameAs.Features(id, kind, strong, name, null, null, addresses, Set.of(), Set.of(), List.of(), Set.of());
    }

    @Test
    void organisationsAreComparedOnTheirNameWithoutLegalForm() {
        assertThat(compare(org("company:a", EntityKind.COMPANY, false, "Glashelder BV", Set.of("1506EK-3")),
                org("kvk:12345678", EntityKind.COMPANY, true, "Glashelder B.V.", Set.of("1506EK-3"))))
                .isEqualTo("company:a kvk:12345678 0.7 [same name, same address 1506EK 3]");
        assertThat(compare(org("org:a", EntityKind.ORGANIZATION, false, "Glashelder", Set.of()),
                org("kvk:12345678", EntityKind.COMPANY, true, "Glashelder B.V.", Set.of())))
                .isEqualTo("kvk:12345678 org:a 0.4 [same name without legal form]");
        assertThat(compare(org("kvk:1", EntityKind.COMPANY, true, "Glashelder B.V.", Set.of()),
                org("kvk:2", EntityKind.COMPANY, true, "Glashelder B.V.", Set.of()))).isEqualTo("none");
    }
}
