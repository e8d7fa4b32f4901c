package nl.spoor.ingest.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A Dutch person's name taken apart for comparison: given names or initials, tussenvoegsel, surname
 * (a hyphenated married name in its parts). All parts lower case without diacritics, so "Koç" and
 * "Koc" compare equal. Reads {@code Jan Pieter de Vries}, {@code J.P. de Vries}, {@code de Vries, Jan},
 * {@code Vries, Jan de} and {@code Saskia de Wit-de Graaf}.
 *
 * @param given       given names as written in full ({@code [jan, pieter]}), empty when only initials are written
 * @param initials    the initials ({@code jp}), from the given names when those are written
 * @param particle    the tussenvoegsel ({@code van der}), empty when none
 * @param surname     the surname without tussenvoegsel, hyphenated parts joined by {@code -} ({@code wit-graaf})
 * @param surnameParts the parts of a hyphenated surname, each without its own tussenvoegsel ({@code [wit, graaf]})
 */
public record PersonName(List<String> given, String initials, String particle, String surname, List<String> surnameParts) {

    private static final List<String> PARTICLES = List.of("van der", "van den", "van de", "van 't", "van het", "in 't", "in het",
            "op den", "op de", "uit den", "uit de", "von der", "van", "de", "den", "der", "ter", "ten", "te", "'t", "het", "el", "al",
            "ben", "bin", "abu", "da", "di", "du", "le", "la", "von", "zu");
    private static final Set<String> PARTICLE_WORDS = Set.of("van", "der", "den", "de", "ter", "ten", "te", "'t", "het", "in", "op",
            "uit", "von", "el", "al", "ben", "bin", "abu", "da", "di", "du", "le", "la", "zu");

    /** Lower case, diacritics removed, curly apostrophes straightened. */
    public static String plain(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").replace('’', '\'').toLowerCase(Locale.ROOT);
    }

    /** The name taken apart, or null when it has no surname to compare on. */
    public static PersonName parse(String written) {
        String s = plain(written).replaceAll("\\s+", " ").strip();
        if (s.isEmpty()) {
            return null;
        }
        String front;
        String back;
        int comma = s.indexOf(',');
        if (comma > 0) {
            // "de vries, jan" or "vries, jan de": surname first
            String surnamePart = s.substring(0, comma).strip();
            String rest = s.substring(comma + 1).strip();
            List<String> restWords = new ArrayList<>(List.of(rest.split(" ")));
            StringBuilder trailing = new StringBuilder();
            while (!restWords.isEmpty() && PARTICLE_WORDS.contains(restWords.getLast())) {
                trailing.insert(0, restWords.removeLast() + " ");
            }
            front = String.join(" ", restWords);
            back = (trailing + surnamePart).strip();
        } else {
            // given names or initials, then the first particle word or the last word starts the surname
            List<String> words = List.of(s.split(" "));
            int at = words.size() - 1;
            for (int i = 0; i < words.size() - 1; i++) {
                if (PARTICLE_WORDS.contains(words.get(i)) && !words.get(i).contains(".")) {
                    at = i;
                    break;
                }
            }
            front = String.join(" ", words.subList(0, at));
            back = String.join(" ", words.subList(at, words.size()));
        }
        String particle = "";
        for (String p : PARTICLES) {
            if (back.startsWith(p + " ")) {
                particle = p;
                back = back.substring(p.length() + 1);
                break;
            }
        }
        List<String> parts = new ArrayList<>();
        for (String part : back.split("-")) {
            String bare = part.strip();
            for (String p : PARTICLES) {
                if (bare.startsWith(p + " ")) {
                    bare = bare.substring(p.length() + 1);
                    break;
                }
            }
            bare = bare.replaceAll("[^\\p{L}\\p{N}' ]", "").strip();
            if (!bare.isEmpty()) {
                parts.add(bare);
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        List<String> given = new ArrayList<>();
        StringBuilder initials = new StringBuilder();
        for (String word : front.split(" ")) {
            if (word.isBlank()) {
                continue;
            }
            if (word.contains(".") || word.length() == 1) {
                // J.P. or J. or J
                for (char c : word.replace(".", "").toCharArray()) {
                    if (Character.isLetter(c)) {
                        initials.append(c);
                    }
                }
            } else {
                for (String g : word.split("-")) {
                    String bare = g.replaceAll("[^\\p{L}]", "");
                    if (!bare.isEmpty()) {
                        given.add(bare);
                        initials.append(bare.charAt(0));
                    }
                }
            }
        }
        return new PersonName(List.copyOf(given), initials.toString(), particle, String.join("-", parts), List.copyOf(parts));
    }

    /** Whether a given name or an initial is written. */
    public boolean hasGiven() {
        return !initials.isEmpty();
    }

    /**
     * Whether {@code other} may name the same person as this, written more fully: same surname and
     * tussenvoegsel (or none written), and initials or given names that fit: {@code J. de Vries} and
     * {@code De Vries} are completed by {@code Jan Pieter de Vries}, {@code Jan de Vries} is not by {@code Piet de Vries}.
     */
    public boolean completedBy(PersonName other) {
        if (!surname.equals(other.surname) || !particle.isEmpty() && !particle.equals(other.particle)) {
            return false;
        }
        if (!other.initials.startsWith(initials)) {
            return false;
        }
        // Full given names written here must be the other's first ones.
        return given.size() <= other.given.size() && other.given.subList(0, given.size()).equals(given);
    }

    /** How much of the name is written: full given names count most, then initials, then a tussenvoegsel. */
    public int fullness() {
        return given.size() * 100 + initials.length() * 10 + (particle.isEmpty() ? 0 : 1);
    }
}
