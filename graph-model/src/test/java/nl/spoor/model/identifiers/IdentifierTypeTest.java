package nl.spoor.model.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class IdentifierTypeTest {

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "BSN              | 1112.22.333            | 111222333",
            "RSIN             | 123 456 782            | 123456782",
            "KVK              | KvK 1234 5678          | 12345678",
            "VESTIGINGSNUMMER | 0000 1234 5678         | 000012345678",
            "VAT              | nl000099998b57         | NL000099998B57",
            "IBAN             | nl91 abna 0417 1643 00 | NL91ABNA0417164300",
            "KENTEKEN         | 12-ghb-3               | 12GHB3",
            "POSTCODE         | 1506 ek                | 1506EK",
            "ADDRESS          | 1506 EK 112-a          | 1506EK-112-A",
            "PHONE            | 06-12345678            | +31612345678",
            "EMAIL            | Jan@Example.NL         | jan@example.nl"
    })
    void normalisesWithTheMatchingClass(IdentifierType type, String raw, String expected) {
        assertThat(type.normalise(raw)).isEqualTo(expected);
        assertThat(type.isValid(raw)).isTrue();
        assertThat(type.tryNormalise(raw)).contains(expected);
    }

    @ParameterizedTest
    @EnumSource(IdentifierType.class)
    void rejectsNullForEveryTypeNamingTheType(IdentifierType type) {
        assertThatThrownBy(() -> type.normalise(null))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
                    assertThat(e.type()).isEqualTo(type);
                    assertThat(e.input()).isNull();
                    assertThat(e.getMessage()).isEqualTo(type.displayName() + " null: no input (null)");
                });
        assertThat(type.isValid(null)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(IdentifierType.class)
    void rejectsGarbageForEveryType(IdentifierType type) {
        assertThat(type.isValid("not an identifier")).isFalse();
        assertThat(type.tryNormalise("not an identifier")).isEmpty();
    }

    @Test
    void onlyTheBsnIsSpecialCategory() {
        assertThat(IdentifierType.BSN.isSpecialCategory()).isTrue();
        assertThat(IdentifierType.RSIN.isSpecialCategory()).isFalse();
    }

    @Test
    void doesNotConfuseTypes() {
        assertThat(IdentifierType.KVK.isValid("111222333")).isFalse();
        assertThat(IdentifierType.BSN.isValid("12345678")).isFalse(); // read as 012345678: sum 8+14+18+20+20+18+14-8 = 104
        assertThat(IdentifierType.PHONE.isValid("123456782")).isFalse();
        assertThat(IdentifierType.VAT.isValid("NL91ABNA0417164300")).isFalse();
    }
}
