package nl.spoor.model.identifiers;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * E-mail address, a pragmatic subset of RFC 5321/5322: {@code local@domain} where
 * <ul>
 *   <li>the local part is 1–64 characters of dot-atoms (letters, digits and {@code !#$%&'*+/=?^_`{|}~-},
 *       no leading, trailing or consecutive dots); quoted local parts and comments are rejected;</li>
 *   <li>the domain has at least two labels of letters, digits and hyphens (1–63 characters, no leading or
 *       trailing hyphen) and ends in a top-level domain of at least 2 letters (or an IDN {@code xn--} label);
 *       IP-literal domains and non-ASCII (un-punycoded) addresses are rejected;</li>
 *   <li>the whole address is at most 254 characters.</li>
 * </ul>
 * Accepted: surrounding spaces, angle brackets ({@code <jan@example.nl>}) and a {@code mailto:} prefix.
 * {@code parse(null)} throws.
 *
 * <p>{@link #value()} lower-cases the whole address, the local part included. RFC 5321 lets the receiving
 * server treat local parts case-sensitively, but Dutch providers (KPN, Ziggo, Gmail, Outlook) do not in
 * practice, and the same mailbox written {@code J.Jansen@} and {@code j.jansen@} must be one graph key.
 * {@link #formatted()} equals {@code value()}.
 *
 * @param value the lower-cased address
 */
public record EmailAddress(String value) {

    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern TLD = Pattern.compile("[A-Za-z]{2,63}|[Xx][Nn]--[A-Za-z0-9-]{1,59}");

    public EmailAddress {
        String raw = value;
        String text = Inputs.requireText(IdentifierType.EMAIL, raw);
        if (text.regionMatches(true, 0, "mailto:", 0, 7)) {
            text = text.substring(7).strip();
        }
        if (text.startsWith("<") && text.endsWith(">")) {
            text = text.substring(1, text.length() - 1).strip();
        }
        value = validate(raw, text).toLowerCase(Locale.ROOT);
    }

    public static EmailAddress parse(String raw) {
        return new EmailAddress(raw);
    }

    public static Optional<EmailAddress> tryParse(String raw) {
        try {
            return Optional.of(parse(raw));
        } catch (InvalidIdentifierException e) {
            return Optional.empty();
        }
    }

    public static boolean isValid(String raw) {
        return tryParse(raw).isPresent();
    }

    /** The part before the {@code @}. */
    public String localPart() {
        return value.substring(0, value.lastIndexOf('@'));
    }

    /** The part after the {@code @}. */
    public String domain() {
        return value.substring(value.lastIndexOf('@') + 1);
    }

    public String formatted() {
        return value;
    }

    @Override
    public String toString() {
        return formatted();
    }

    private static String validate(String raw, String text) {
        if (!text.chars().allMatch(c -> c > ' ' && c < 127)) {
            throw invalid(raw, "contains spaces, control or non-ASCII characters");
        }
        int at = text.indexOf('@');
        if (at < 0) {
            throw invalid(raw, "has no @");
        }
        if (text.indexOf('@', at + 1) >= 0) {
            throw invalid(raw, "has more than one @");
        }
        if (text.length() > 254) {
            throw invalid(raw, "is " + text.length() + " characters long, at most 254 are allowed");
        }
        String local = text.substring(0, at);
        String domain = text.substring(at + 1);
        if (local.isEmpty()) {
            throw invalid(raw, "has an empty local part");
        }
        if (local.length() > 64) {
            throw invalid(raw, "local part is " + local.length() + " characters long, at most 64 are allowed");
        }
        if (local.contains("..") || domain.contains("..")) {
            throw invalid(raw, "has consecutive dots");
        }
        if (!LOCAL.matcher(local).matches()) {
            throw invalid(raw, "local part '" + local + "' has a leading or trailing dot or a character outside the dot-atom set");
        }
        if (domain.isEmpty()) {
            throw invalid(raw, "has an empty domain");
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            throw invalid(raw, "domain '" + domain + "' has no dot");
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                throw invalid(raw, "domain label '" + label + "' is not 1-63 letters, digits and inner hyphens");
            }
        }
        String tld = labels[labels.length - 1];
        if (!TLD.matcher(tld).matches()) {
            throw invalid(raw, "top-level domain '" + tld + "' is not at least 2 letters");
        }
        return text;
    }

    private static InvalidIdentifierException invalid(String raw, String problem) {
        return new InvalidIdentifierException(IdentifierType.EMAIL, raw, problem);
    }
}
