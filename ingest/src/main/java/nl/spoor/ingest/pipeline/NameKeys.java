package nl.spoor.ingest.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import nl.spoor.ingest.extract.PersonName;
import nl.spoor.model.graph.EntityKind;

/**
 * The blocking keys {@code POSSIBLY_SAME_AS} candidates are looked up by (indexed, migration V6): a
 * person's surname without tussenvoegsel ({@code surnameKey}; the second part of a hyphenated
 * married name as {@code surnameKeyAlt}), an organisation's name without legal form ({@code orgKey}).
 */
final class NameKeys {

    private NameKeys() {
    }

    private static final Pattern LEGAL_FORM = Pattern.compile(
            "\\b(?:b ?v|n ?v|v ?o ?f|c ?v|u ?a|b ?a|holding|eenmanszaak|stichting|vereniging)\\b");

    static Map<String, Object> of(EntityKind kind, String name) {
        Map<String, Object> keys = new LinkedHashMap<>();
        if (kind == EntityKind.PERSON) {
            PersonName n = PersonName.parse(name);
            if (n != null) {
                keys.put("surnameKey", n.surnameParts().getFirst());
                if (n.surnameParts().size() > 1) {
                    keys.put("surnameKeyAlt", n.surnameParts().get(1));
                }
            }
        } else if (kind == EntityKind.COMPANY || kind == EntityKind.ORGANIZATION) {
            String key = orgKey(name);
            if (!key.isEmpty()) {
                keys.put("orgKey", key);
            }
        }
        return keys;
    }

    /** "Glashelder B.V." and "glashelder bv" → "glashelder". */
    static String orgKey(String name) {
        String plain = PersonName.plain(name).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return LEGAL_FORM.matcher(plain).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }
}
