package nl.spoor.ingest.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.spoor.ingest.extract.Extractor;
import nl.spoor.ingest.extract.Mention;
import nl.spoor.ingest.extract.MentionType;
import nl.spoor.model.identifiers.Iban;
import nl.spoor.model.identifiers.Kenteken;
import nl.spoor.model.identifiers.KvkNummer;

/**
 * A small real extractor for the pipeline's tests: IBANs (checksum-validated), KvK-nummers written
 * after the word KvK, and kentekens of a valid side-code, through the project's identifier classes.
 * No persons, companies by name or relations: that is the rule extractor's job.
 */
final class IbanKvkKentekenExtractor implements Extractor {

    static final ExtractorRelease RELEASE = new ExtractorRelease("test:iban-kvk-kenteken", "1");

    // Up to eight groups after the country and check digits; shortened from the right until it validates
    // (an IBAN followed by an upper-case word would otherwise swallow it).
    private static final Pattern IBAN = Pattern.compile("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{1,4}){2,8}");
    private static final Pattern KVK = Pattern.compile("(?i)\\bkvk(?:-?nummer)?[^0-9\\n]{0,12}(\\d{8})\\b");
    private static final Pattern KENTEKEN = Pattern.compile("\\b[A-Z0-9]{1,3}-[A-Z0-9]{2,3}-[A-Z0-9]{1,3}\\b");

    @Override
    public List<Mention> mentions(List<String> pages) {
        List<Mention> all = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            String text = pages.get(p);
            int page = p + 1;
            Matcher m = IBAN.matcher(text);
            while (m.find()) {
                iban(text, m.start(), m.end()).ifPresent(end -> all.add(new Mention(MentionType.IBAN, text.substring(m.start(), end),
                        Iban.parse(text.substring(m.start(), end)).value(), page, m.start(), end, 1.0, "test:iban")));
            }
            Matcher k = KVK.matcher(text);
            while (k.find()) {
                KvkNummer.tryParse(k.group(1)).ifPresent(v -> all.add(new Mention(MentionType.KVK, k.group(1), v.value(), page, k.start(1), k.end(1), 0.9, "test:kvk")));
            }
            Matcher v = KENTEKEN.matcher(text);
            while (v.find()) {
                Kenteken.tryParse(v.group()).ifPresent(plate -> all.add(new Mention(MentionType.VEHICLE, v.group(), plate.value(), page, v.start(), v.end(), 0.95, "test:kenteken")));
            }
        }
        all.sort(Comparator.comparingInt(Mention::page).thenComparingInt(Mention::start));
        return all;
    }

    private static Optional<Integer> iban(String text, int start, int end) {
        for (int e = end; e > start + 15; e--) {
            if ((e == text.length() || !Character.isLetterOrDigit(text.charAt(e))) && text.charAt(e - 1) != ' ' && Iban.isValid(text.substring(start, e))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    @Override
    public List<StatedRelation> relations(List<String> pages, List<Mention> mentions) {
        return List.of();
    }
}
