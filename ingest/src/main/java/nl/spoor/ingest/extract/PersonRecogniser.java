package nl.spoor.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Persons named in Dutch text: after a role word or label ({@code verdachte}, {@code betrokkene},
 * {@code slachtoffer}, {@code getuige}, {@code bestuurder}, {@code de heer}, {@code mevrouw},
 * {@code Naam:}, {@code Werknemer:}, {@code ten name van}, …), before {@code , geboren op … te …} or
 * {@code , wonende te}, under a letter's closing greeting, and alone in a statement's counterparty cell
 * when it starts with a known given name. Names keep initials and tussenvoegsels ({@code J.P. van der Meer}).
 */
public final class PersonRecogniser implements Recogniser {

    private static final String CUE_WORDS = "verdachte|betrokkene|slachtoffer|getuige|bestuurder|verbalisant|de heer|heer|"
            + "mevrouw|mw\\.|mevr\\.|dhr\\.|huurder|verhuurder|werknemer|(?<!statutaire )naam|voornaam en achternaam|"
            + "tenaamstelling(?: \\(rdw\\))?|ten name van|t\\.n\\.v\\.|tnv|op naam van|rekeninghouder|eigenaar|gemachtigde|"
            + "begunstigde|aanvrager|partner|echtgenoot|echtgenote|zoon|dochter|vader|moeder|broer|zus|bewoner|opdrachtgever";
    private static final Pattern ROLE_FIRST = Pattern.compile("(?i:(?:" + CUE_WORDS + "))[ \\t]+");
    private static final Pattern AFTER_CUE = Pattern.compile("(?i:\\b(?:" + CUE_WORDS + "))[ \\t]*(?:[:,][ \\t]*\\n?[ \\t]*)?(?<name>" + Names.PERSON + ")(?![\\p{L}])");
    private static final Pattern BEFORE_BIRTH = Pattern.compile("(?<![\\p{L}])(?<name>" + Names.PERSON + "),?[ \\t]+(?:\\(?geboren|geb\\.|wonende|woonachtig)");
    private static final Pattern SIGNATURE = Pattern.compile("(?i:met vriendelijke groet|vriendelijke groet|groeten|hoogachtend),?[ \\t]*\\n[ \\t]*(?<name>" + Names.PERSON + ")(?![\\p{L}])");

    /**
     * A mail's sender or recipients field: Tika's header block of an Outlook item ({@code From} alone on
     * its line, the value on a later one), or a forwarded mail's header line ({@code From: …},
     * {@code Van: …}). Outlook separates recipients with semicolons.
     */
    private static final Pattern MAIL_FIELD = Pattern.compile("(?m)^[ \\t]*(?:(?:From|To|Cc|Bcc)(?:[ \\t]*\\n)+|(?:From|To|Cc|Bcc|Van|Aan|Afzender):)[ \\t]*(?<value>[^\\n]+)$");
    /** One party of such a field: a display name, then perhaps a service's tag ({@code (JIRA)}) or the address. */
    private static final Pattern PARTY = Pattern.compile("[\"']?(?<name>[^\"'<>();]+?)[\"']?[ \\t]*(?:\\([^()]*\\)[ \\t]*)?(?:<[^<>]*>)?[ \\t]*");
    /** A directory's display name, surname first: {@code Allison, Timothy B.}. */
    private static final Pattern SURNAME_FIRST = Pattern.compile("(?<surname>\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}'’]+)?),[ ](?<given>\\p{Lu}\\p{Ll}+(?:[ ](?:\\p{Lu}\\p{Ll}+|\\p{Lu}\\.))*)");

    /** A table cell labelled with part of a name holds given names or a surname, not a person's name. */
    private static final Pattern PART_LABEL = Pattern.compile("(?i)(?:voornamen|voornaam|achternaam|geslachtsnaam|roepnaam|meisjesnaam)[ \\t]*:?");

    @Override
    public String name() {
        return "rules:person";
    }

    @Override
    public List<Mention> recognise(String text, int page) {
        List<Mention> found = new ArrayList<>();
        for (Pattern p : List.of(AFTER_CUE, BEFORE_BIRTH, SIGNATURE)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String written = m.group("name");
                int start = m.start("name");
                // "Verdachte Jan de Vries, geboren …": the role word is no given name.
                Matcher role = ROLE_FIRST.matcher(written);
                if (role.lookingAt() && Names.PERSON_WHOLE.matcher(written.substring(role.end())).matches()) {
                    start += role.end();
                    written = written.substring(role.end());
                }
                if (!Names.startsLikeSentence(written.split(" ")[0]) && Names.classify(written) != MentionType.ORGANIZATION) {
                    found.add(new Mention(MentionType.PERSON, written, Rules.oneLine(written), page, start, m.end("name"), 0.85, name()));
                }
            }
        }
        String previous = "";
        for (Cells.Cell cell : Cells.of(text)) {
            boolean partOfAName = PART_LABEL.matcher(previous).matches();
            previous = cell.text();
            if (!partOfAName && Names.classify(cell.text()) == MentionType.PERSON) {
                found.add(new Mention(MentionType.PERSON, cell.text(), cell.text(), page, cell.start(), cell.end(), 0.7, name()));
            }
        }
        for (Cells.Cell cell : Cells.statementRowNames(text)) {
            if (Names.classify(cell.text()) == MentionType.PERSON) {
                found.add(new Mention(MentionType.PERSON, cell.text(), cell.text(), page, cell.start(), cell.end(), 0.7, name()));
            }
        }
        Matcher field = MAIL_FIELD.matcher(text);
        while (field.find()) {
            int at = field.start("value");
            for (String part : field.group("value").split(";")) {
                Matcher party = PARTY.matcher(part);
                if (party.matches()) {
                    mailParty(party.group("name").strip(), at + part.indexOf(party.group("name").strip()), page, found);
                }
                at += part.length() + 1;
            }
        }
        return found;
    }

    /** A person's display name in a mail field, as written or surname first; an address or a single word is none. */
    private void mailParty(String written, int start, int page, List<Mention> found) {
        if (written.isEmpty() || Names.startsLikeSentence(written.split(" ")[0]) || Names.classify(written) == MentionType.ORGANIZATION
                || found.stream().anyMatch(f -> f.start() < start + written.length() && start < f.end())) {
            return; // not a person's name, or found already (a name cell)
        }
        if (Names.PERSON_WHOLE.matcher(written).matches()) {
            found.add(new Mention(MentionType.PERSON, written, written, page, start, start + written.length(), 0.8, name()));
            return;
        }
        Matcher inverted = SURNAME_FIRST.matcher(written);
        if (inverted.matches()) {
            found.add(new Mention(MentionType.PERSON, written, inverted.group("given") + " " + inverted.group("surname"), page, start,
                    start + written.length(), 0.8, name()));
        }
    }
}
