package nl.spoor.model.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.function.Function;

/** Shared assertions on how an identifier rejects input. */
final class Rejections {

    private Rejections() {
    }

    /**
     * Asserts that {@code parse} rejects {@code input} with an {@link InvalidIdentifierException} of the
     * given type whose message starts with the type's name and contains {@code problem}, and that
     * {@link IdentifierType#isValid} agrees.
     */
    static InvalidIdentifierException assertRejected(IdentifierType type, Function<String, ?> parse, String input,
                                                     String problem) {
        InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class, () -> parse.apply(input));
        assertThat(e).as("%s should reject [%s]", type, input).isNotNull();
        assertThat(e.type()).isEqualTo(type);
        assertThat(e.input()).isEqualTo(input);
        assertThat(e.getMessage()).startsWith(type.displayName() + " ").contains(problem);
        assertThat(e.problem()).contains(problem);
        assertThat(type.isValid(input)).isFalse();
        assertThat(type.tryNormalise(input)).isEmpty();
        return e;
    }
}
