package nl.spoor.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.spoor.model.identifiers.Kenteken;

/**
 * Dutch number plates. Written with dashes, the dashes must sit where the RDW side-code puts them
 * ({@code DZ-521-R}); written without ({@code DZ521R}) a plate counts only after the word kenteken,
 * because six letters and digits are too common otherwise.
 */
public final class VehicleRecogniser implements Recogniser {

    private static final Pattern DASHED = Pattern.compile(
            "(?<![A-Za-z0-9\\-])[A-Z0-9]{1,3}-[A-Z0-9]{1,3}-[A-Z0-9]{1,3}(?![A-Za-z0-9\\-])");
    private static final Pattern COMPACT = Pattern.compile("(?<![A-Za-z0-9\\-])[A-Z0-9]{6}(?![A-Za-z0-9\\-])");
    private static final Pattern CUE = Pattern.compile("(?i)\\bkenteken");
    private static final Pattern MAKE = Pattern.compile("(?i)\\bmerk[ :]+([A-Z][A-Za-z\\-]+(?: [A-Z][A-Za-z\\-]+)?)");
    private static final Pattern MODEL = Pattern.compile("(?i)\\btype[ :]+([A-Z0-9][A-Za-z0-9\\-]*(?: [A-Z0-9][A-Za-z0-9\\-]*)?)");
    private static final int NEAR = 150;

    @Override
    public String name() {
        return "rules:vehicle";
    }

    @Override
    public List<Mention> recognise(String text, int page) {
        List<Mention> found = new ArrayList<>();
        Matcher m = DASHED.matcher(text);
        while (m.find()) {
            String written = m.group();
            Kenteken.tryParse(written).filter(k -> k.formatted().equals(written)).ifPresent(k ->
                    found.add(new Mention(MentionType.VEHICLE, written, k.value(), page, m.start(), m.end(), 1.0, name())));
        }
        Matcher c = COMPACT.matcher(text);
        while (c.find()) {
            String written = c.group();
            if (written.chars().anyMatch(Character::isLetter) && written.chars().anyMatch(Character::isDigit)
                    && Rules.labelledBy(text, c.start(), CUE, 30)) {
                Kenteken.tryParse(written).ifPresent(k ->
                        found.add(new Mention(MentionType.VEHICLE, written, k.value(), page, c.start(), c.end(), 0.95, name())));
            }
        }
        return found;
    }

    /** Make and model written near a plate ({@code merk VOLKSWAGEN, type GOLF}; {@code Merk: …  Type: …}), e.g. {@code VOLKSWAGEN GOLF}. */
    public static Optional<String> makeAndModel(String text, Mention plate) {
        int from = Math.max(0, plate.start() - NEAR);
        int to = Math.min(text.length(), plate.end() + NEAR);
        Matcher make = MAKE.matcher(text).region(from, to);
        if (!make.find()) {
            return Optional.empty();
        }
        Matcher model = MODEL.matcher(text).region(make.end(), Math.min(text.length(), make.end() + 60));
        return Optional.of(make.group(1) + (model.find() ? " " + model.group(1) : ""));
    }
}
