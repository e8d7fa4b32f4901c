package nl.spoor.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.spoor.model.identifiers.EmailAddress;

/** E-mail addresses, as {@link EmailAddress} accepts them (lower-cased value). */
public final class EmailRecogniser implements Recogniser {

    private static final Pattern SHAPE = Pattern.compile(
            "(?<![A-Za-z0-9._%+\\-])[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}");

    @Override
    public String name() {
        return "rules:email";
    }

    @Override
    public List<Mention> recognise(String text, int page) {
        List<Mention> found = new ArrayList<>();
        Matcher m = SHAPE.matcher(text);
        while (m.find()) {
            String written = m.group();
            EmailAddress.tryParse(written).ifPresent(e ->
                    found.add(new Mention(MentionType.EMAIL, written, e.value(), page, m.start(), m.end(), 1.0, name())));
        }
        return found;
    }
}
