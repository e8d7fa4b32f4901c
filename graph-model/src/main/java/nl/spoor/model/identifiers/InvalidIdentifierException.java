package nl.spoor.model.identifiers;

/**
 * Thrown when a string is not a valid identifier of the given type.
 *
 * <p>The message reads {@code <type> "<input>": <problem>}, for example
 * {@code BSN "*********": fails the elfproef (weighted sum 156 is not divisible by 11)}.
 * For a {@link IdentifierType#BSN} the digits of the input are masked in the message, because
 * messages end up in logs and a mistyped BSN is still personal data; {@link #input()} returns the
 * raw input for callers that are allowed to see it, so do not log it for BSNs.
 */
public final class InvalidIdentifierException extends IllegalArgumentException {

    private final IdentifierType type;
    private final String input;
    private final String problem;

    public InvalidIdentifierException(IdentifierType type, String input, String problem) {
        super(message(type, input, problem));
        this.type = type;
        this.input = input;
        this.problem = problem;
    }

    /** The identifier type the input was parsed as. */
    public IdentifierType type() {
        return type;
    }

    /** The raw input, possibly {@code null}; may be personal data (BSN). */
    public String input() {
        return input;
    }

    /** What is wrong with the input, without the type and input. */
    public String problem() {
        return problem;
    }

    private static String message(IdentifierType type, String input, String problem) {
        String shown = input == null ? "null" : '"' + (type.isSpecialCategory() ? mask(input) : input) + '"';
        return type.displayName() + ' ' + shown + ": " + problem;
    }

    private static String mask(String input) {
        return input.replaceAll("[0-9]", "*");
    }
}
