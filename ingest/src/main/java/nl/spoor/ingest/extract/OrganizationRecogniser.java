package nl.spoor.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organisations: names with a legal form ({@code B.V.}, {@code N.V.}, {@code V.O.F.}, {@code Holding}, …),
 * names headed by their kind ({@code Stichting …}, {@code Vereniging …}, {@code Coöperatie …},
 * {@code Gemeente …}, {@code Woonstichting …}), the trade name of an eenmanszaak in a labelled field
 * ({@code Handelsnaam Kapsalon Maria}), and the banks and agencies every case file mentions.
 */
public final class OrganizationRecogniser implements Recogniser {

    private static final Pattern NAMED = Pattern.compile("(?<![\\p{L}])(?:" + Names.ORGANIZATION_WITH_FORM + "|" + Names.ORGANIZATION_WITH_HEAD + ")");
    private static final Pattern LABELLED = Pattern.compile(
            "(?i:\\b(?:statutaire naam|handelsnaam|handelsnamen|werkgever|bedrijfsnaam|naam onderneming|eenmanszaak))[ \\t]*:?[ \\t]*(?<name>\\p{Lu}[^\\n]{1,78}?)[ \\t.]*$",
            Pattern.MULTILINE);
    private static final Pattern KNOWN = Pattern.compile("(?<![\\p{L}])(?:" + String.join("|",
            Names.KNOWN_ORGANIZATIONS.stream().sorted(Comparator.comparing(String::length).reversed()).map(Pattern::quote).toList())
            + ")(?![\\p{L}])");

    /** Whether the name is one of the organisations everyone in Dutch case files knows by name (banks, Belastingdienst, UWV). */
    public static boolean known(String name) {
        return Names.KNOWN_ORGANIZATIONS.contains(name.strip());
    }

    @Override
    public String name() {
        return "rules:organization";
    }

    @Override
    public List<Mention> recognise(String text, int page) {
        List<Mention> found = new ArrayList<>();
        Matcher m = NAMED.matcher(text);
        while (m.find()) {
            int start = m.start();
            String written = m.group();
            // a capitalised sentence or label word before the name is not part of it
            while (written.indexOf(' ') > 0 && Names.startsLikeSentence(written.substring(0, written.indexOf(' ')))) {
                start += written.indexOf(' ') + 1;
                written = written.substring(written.indexOf(' ') + 1);
            }
            if (Names.ORGANIZATION_WHOLE.matcher(written).matches()) {
                found.add(new Mention(MentionType.ORGANIZATION, written, written, page, start, m.end(), 0.9, name()));
            }
        }
        Matcher l = LABELLED.matcher(text);
        while (l.find()) {
            String written = l.group("name");
            int start = l.start("name");
            if (Names.classify(written) != MentionType.PERSON && found.stream().noneMatch(f -> f.start() == start)) {
                found.add(new Mention(MentionType.ORGANIZATION, written, written, page, l.start("name"), l.end("name"), 0.85, name()));
            }
        }
        for (Cells.Cell cell : Cells.statementRowNames(text)) {
            if (Names.classify(cell.text()) == MentionType.ORGANIZATION && found.stream().noneMatch(f -> f.start() == cell.start())) {
                found.add(new Mention(MentionType.ORGANIZATION, cell.text(), cell.text(), page, cell.start(), cell.end(), 0.85, name()));
            }
        }
        Matcher k = KNOWN.matcher(text);
        while (k.find()) {
            found.add(new Mention(MentionType.ORGANIZATION, k.group(), k.group(), page, k.start(), k.end(), 0.8, name()));
        }
        return found;
    }
}
