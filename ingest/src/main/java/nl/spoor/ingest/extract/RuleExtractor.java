package nl.spoor.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The extractor: every recogniser over every page, then one mention per stretch of text, then the
 * relations the text states between mentions. A statistical NER recogniser joins by being passed in
 * beside the rules ({@link #RuleExtractor(List)}); overlaps are resolved the same way for all.
 *
 * <p>Overlaps: a validated identifier beats everything (an IBAN is not also a phone number), then an
 * address (it contains a place), then names, then amounts and dates, then places; within a rank the
 * longest span wins, then the most confident.
 */
public final class RuleExtractor implements Extractor {

    private static final Set<MentionType> IDENTIFIERS = Set.of(MentionType.IBAN, MentionType.BSN, MentionType.KVK,
            MentionType.RSIN, MentionType.VAT, MentionType.EMAIL, MentionType.PHONE, MentionType.VEHICLE);

    private final List<Recogniser> recognisers;

    /** The rule recognisers only. */
    public RuleExtractor() {
        this(rules());
    }

    public RuleExtractor(List<Recogniser> recognisers) {
        this.recognisers = List.copyOf(recognisers);
    }

    /** All rule recognisers, for combining with others. */
    public static List<Recogniser> rules() {
        return List.of(new IbanRecogniser(), LabelledNumberRecogniser.bsn(), LabelledNumberRecogniser.kvk(),
                LabelledNumberRecogniser.rsin(), new VatRecogniser(), new EmailRecogniser(), new PhoneRecogniser(),
                new VehicleRecogniser(), new MoneyRecogniser(), new DateRecogniser(), new AddressRecogniser(),
                new PersonRecogniser(), new OrganizationRecogniser(), new LocationRecogniser());
    }

    @Override
    public List<Mention> mentions(List<String> pages) {
        List<Mention> all = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<Mention> candidates = new ArrayList<>();
            for (Recogniser recogniser : recognisers) {
                candidates.addAll(recogniser.recognise(pages.get(p), p + 1));
            }
            all.addAll(resolve(candidates));
        }
        return fullestForms(all);
    }

    /**
     * Each person's name in its fullest written form across the document: after "Jan Pieter de Vries",
     * a later "J.P. de Vries" or "Jan de Vries" has that value. A name that two different fuller names
     * complete ("J. de Vries" beside "Jan" and "Johan de Vries") keeps its own.
     */
    static List<Mention> fullestForms(List<Mention> mentions) {
        java.util.Map<String, PersonName> names = new java.util.LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.type() == MentionType.PERSON) {
                PersonName n = PersonName.parse(m.value());
                if (n != null) {
                    names.putIfAbsent(m.value(), n);
                }
            }
        }
        java.util.Map<String, String> fullest = new java.util.HashMap<>();
        for (var x : names.entrySet()) {
            List<String> completions = names.entrySet().stream()
                    .filter(y -> !y.getKey().equals(x.getKey()) && x.getValue().completedBy(y.getValue())
                            && y.getValue().fullness() > x.getValue().fullness())
                    .map(java.util.Map.Entry::getKey).toList();
            List<String> maximal = completions.stream().filter(y -> completions.stream().noneMatch(z -> !z.equals(y)
                    && names.get(y).completedBy(names.get(z)) && names.get(z).fullness() > names.get(y).fullness())).toList();
            if (maximal.size() == 1) {
                fullest.put(x.getKey(), maximal.getFirst());
            }
        }
        if (fullest.isEmpty()) {
            return mentions;
        }
        return mentions.stream().map(m -> m.type() == MentionType.PERSON && fullest.containsKey(m.value())
                ? new Mention(m.type(), m.text(), fullest.get(m.value()), m.page(), m.start(), m.end(), m.confidence(), m.recogniser())
                : m).toList();
    }

    static int rank(MentionType type) {
        if (IDENTIFIERS.contains(type)) {
            return 0;
        }
        return switch (type) {
            case ADDRESS -> 1;
            case ORGANIZATION, PERSON -> 2;
            case MONEY, DATE -> 3;
            default -> 4;
        };
    }

    /** One mention per stretch of a page, by the rule above; the result in offset order. */
    static List<Mention> resolve(List<Mention> candidates) {
        List<Mention> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparingInt((Mention m) -> rank(m.type()))
                .thenComparingInt(m -> -(m.end() - m.start()))
                .thenComparingDouble(m -> -m.confidence())
                .thenComparingInt(Mention::start));
        List<Mention> kept = new ArrayList<>();
        for (Mention m : ordered) {
            if (kept.stream().noneMatch(k -> k.start() < m.end() && m.start() < k.end())) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Mention::start));
        return kept;
    }

    private static final int NEAR = 80;
    private static final int OBJECT_NEAR = 200;

    private record Phrase(Pattern pattern, String kind) {
    }

    private static final List<Phrase> PHRASES = List.of(
            new Phrase(Pattern.compile("(?i)\\b(?:is|was|werd)?\\s*(?:statutair )?bestuurder van\\b"), "DIRECTOR_OF"),
            new Phrase(Pattern.compile("(?i)\\b(?:staat|stond|is|was)\\s+ingeschreven\\s+(?:op|aan)\\b"), "LIVES_AT"),
            new Phrase(Pattern.compile("(?i)\\b(?:op naam van|ten name van|t\\.n\\.v\\.)"), "OWNER"),
            new Phrase(Pattern.compile("(?i)\\b(?:overgemaakt|overgeboekt|gestort)\\s+(?:naar|op)\\b"), "TRANSFER"));

    @Override
    public List<StatedRelation> relations(List<String> pages, List<Mention> mentions) {
        List<StatedRelation> relations = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            int page = p + 1;
            List<Mention> onPage = mentions.stream().filter(m -> m.page() == page).toList();
            for (Phrase phrase : PHRASES) {
                Matcher m = phrase.pattern().matcher(pages.get(p));
                while (m.find()) {
                    int s = m.start();
                    int e = m.end();
                    String said = m.group().strip();
                    switch (phrase.kind()) {
                        case "DIRECTOR_OF" -> pair(onPage, s, e, Set.of(MentionType.PERSON, MentionType.ORGANIZATION), NEAR,
                                Set.of(MentionType.ORGANIZATION)).ifPresent(r ->
                                relations.add(new StatedRelation("DIRECTOR_OF", r.from(), r.to(), said, page, s, e, 0.8)));
                        case "LIVES_AT" -> pair(onPage, s, e, Set.of(MentionType.PERSON, MentionType.ORGANIZATION), NEAR,
                                Set.of(MentionType.ADDRESS)).ifPresent(r -> relations.add(new StatedRelation(
                                r.from().type() == MentionType.PERSON ? "LIVES_AT" : "REGISTERED_AT", r.from(), r.to(), said, page, s, e, 0.8)));
                        case "OWNER" -> pair(onPage, s, e, Set.of(MentionType.VEHICLE, MentionType.IBAN), OBJECT_NEAR,
                                Set.of(MentionType.PERSON, MentionType.ORGANIZATION)).ifPresent(r -> relations.add(new StatedRelation(
                                r.from().type() == MentionType.VEHICLE ? "REGISTERED_OWNER" : "HOLDS_ACCOUNT", r.to(), r.from(), said, page, s, e, 0.8)));
                        default -> pair(onPage, s, e, Set.of(MentionType.IBAN), OBJECT_NEAR, Set.of(MentionType.IBAN)).ifPresent(r ->
                                relations.add(new StatedRelation("TRANSFER", r.from(), r.to(), said, page, s, e, 0.8)));
                    }
                }
            }
        }
        return relations;
    }

    private record Pair(Mention from, Mention to) {
    }

    /** The nearest mention of {@code before} types ending before the phrase, and of {@code after} types starting after it. */
    private static java.util.Optional<Pair> pair(List<Mention> onPage, int start, int end, Set<MentionType> before, int beforeWindow,
            Set<MentionType> after) {
        Mention from = null;
        Mention to = null;
        for (Mention m : onPage) {
            if (before.contains(m.type()) && m.end() <= start && start - m.end() <= beforeWindow) {
                from = m;
            }
            if (to == null && after.contains(m.type()) && m.start() >= end && m.start() - end <= NEAR) {
                to = m;
            }
        }
        return from == null || to == null ? java.util.Optional.empty() : java.util.Optional.of(new Pair(from, to));
    }
}
