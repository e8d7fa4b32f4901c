package nl.spoor.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.spoor.model.identifiers.BtwId;

/** Dutch BTW-ids ({@code NL123456789B01}, also with spaces or dots), valid by elfproef or mod 97 ({@link BtwId}). */
public final class VatRecogniser implements Recogniser {

    private static final Pattern SHAPE = Pattern.compile(
            "(?<![A-Za-z0-9])NL[ .]?[0-9]{4}[ .]?[0-9]{2}[ .]?[0-9]{3}[ .]?B[ .]?[0-9]{2}(?![A-Za-z0-9])");

    @Override
    public String name() {
        return "rules:vat";
    }

    @Override
    public List<Mention> recognise(String text, int page) {
        List<Mention> found = new ArrayList<>();
        Matcher m = SHAPE.matcher(text);
        while (m.find()) {
            String written = m.group();
            BtwId.tryParse(written).ifPresent(id ->
                    found.add(new Mention(MentionType.VAT, written, id.value(), page, m.start(), m.end(), 1.0, name())));
        }
        return found;
    }
}
