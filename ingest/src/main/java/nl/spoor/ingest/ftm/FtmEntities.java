package nl.spoor.ingest.ftm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.spoor.ingest.ftm.FtmMapping.EntityMapping;
import nl.spoor.ingest.ftm.FtmMapping.Property;
import nl.spoor.ingest.ftm.FtmReader.FtmLine;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.EntityRef;
import nl.spoor.model.graph.IdentifierKeys;
import nl.spoor.model.identifiers.Bsn;
import nl.spoor.model.identifiers.DutchAddress;
import nl.spoor.model.identifiers.InvalidIdentifierException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an FtM entity becomes in Spoor: its kind, its Spoor id (by strong identifier, else from its FtM
 * id and dataset), its Spoor properties, and the FtM values Spoor cannot say itself, kept on the node as
 * its {@code ftm} JSON so the export gives them back. Shared by import (FtM → Spoor) and export
 * (Spoor → FtM) so both read the same table the same way.
 */
final class FtmEntities {

    /** The node property holding the kept FtM id, schema and values. */
    static final String FTM = "ftm";
    /** Spoor id prefixes that only a strong identifier may make. */
    private static final Set<String> STRONG_PREFIXES = Set.of("bsn", "rsin", "kvk", "btw", "iban", "kenteken", "phone", "email", "address");
    /** The order in which identifiers make an entity's Spoor id. */
    private static final List<IdentifierKeys> STRENGTH = List.of(IdentifierKeys.BSN, IdentifierKeys.KVK, IdentifierKeys.RSIN, IdentifierKeys.VAT,
            IdentifierKeys.IBAN, IdentifierKeys.KENTEKEN, IdentifierKeys.PHONE, IdentifierKeys.EMAIL, IdentifierKeys.ADDRESS);
    /** FtM properties that may hold a BSN; a BSN is stored only as its keyed hash and never kept as text. */
    private static final List<String> BSN_PROPERTIES = List.of("nationalId", "idNumber", "taxNumber", "socialSecurityNumber");
    private static final Pattern HOUSE_NUMBER = Pattern.compile(".*?\\s(\\d{1,5})\\s*(?:-?\\s*([A-Za-z0-9]{1,4}))?\\s*$");

    private final BsnKey bsnKey;
    private final String bsnFingerprint;

    FtmEntities(BsnKey bsnKey) {
        this.bsnKey = bsnKey;
        this.bsnFingerprint = fingerprint(bsnKey);
    }

    /**
     * Says which BSN key made a {@code bsnHash} without revealing it: the first 16 hex digits of the keyed
     * hash of a fixed, valid test number. Another store accepts exported hashes only under the same key.
     */
    static String fingerprint(BsnKey key) {
        return IdentifierKeys.BSN.storedValue("111222333", key).substring(0, 16);
    }

    String bsnFingerprint() {
        return bsnFingerprint;
    }

    /** An FtM entity as Spoor will store it. */
    record Planned(EntityRef ref, Map<String, Object> properties, Map<String, List<String>> kept, boolean bsnDropped) {
    }

    /**
     * @param proofIds ids of the Spoor source documents in this import: {@code proof} values naming them are
     *                 provenance, restored as such, not kept as values
     */
    Planned plan(FtmLine line, String dataset, Set<String> proofIds) {
        EntityKind kind = kind(line);
        EntityMapping mapping = FtmMapping.entity(kind);
        Map<String, List<String>> raw = FtmValues.withoutSourceProof(line.properties(), proofIds);
        Map<String, Object> props = FtmValues.fromTable(mapping.properties(), raw, bsnKey);
        if (kind == EntityKind.PERSON) {
            for (String name : BSN_PROPERTIES) {
                List<String> values = raw.getOrDefault(name, List.of());
                List<String> bsns = values.stream().filter(Bsn::isValid).toList();
                if (!bsns.isEmpty()) {
                    props.putIfAbsent("bsnHash", IdentifierKeys.BSN.storedValue(bsns.getFirst(), bsnKey));
                    List<String> rest = values.stream().filter(v -> !Bsn.isValid(v)).toList();
                    if (rest.isEmpty()) {
                        raw.remove(name);
                    } else {
                        raw.put(name, rest);
                    }
                }
            }
        }
        if (kind == EntityKind.ADDRESS && !props.containsKey("addressKey")) {
            addressKey(raw).ifPresent(k -> props.put("addressKey", k));
        }
        boolean bsnDropped = false;
        if (line.spoor() != null) {
            Map<String, Object> extension = FtmValues.untypedMap(line.spoor().get("properties"), line.where());
            Object hash = extension.remove("bsnHash");
            extension.remove(FTM);
            if (hash != null) {
                if (bsnFingerprint.equals(text(line.spoor(), "bsnKey")) && hash instanceof String h && h.matches("[0-9a-f]{64}")) {
                    props.put("bsnHash", h);
                } else {
                    bsnDropped = true;
                }
            }
            for (IdentifierKeys k : STRENGTH) {
                if (k != IdentifierKeys.BSN && k.kind() == kind && extension.get(k.property()) instanceof String v) {
                    extension.put(k.property(), stored(k, v));
                }
            }
            props.putAll(extension);
        }
        EntityRef ref = ref(kind, props, line, dataset);
        Map<String, List<String>> exported = ftmProperties(mapping, props);
        Map<String, List<String>> kept = new TreeMap<>();
        raw.forEach((name, values) -> {
            if (!sameValues(exported.get(name), values)) {
                kept.put(name, values);
            }
        });
        boolean native_ = line.id().equals(exportId(ref.spoorId())) && line.schema().equals(mapping.schema()) && kept.isEmpty();
        if (!native_) {
            props.put(FTM, keptJson(line.id(), line.schema(), kept, null, false));
        }
        return new Planned(ref, props, kept, bsnDropped);
    }

    private static EntityKind kind(FtmLine line) {
        if (line.spoor() != null && text(line.spoor(), "kind") != null) {
            Optional<EntityKind> k = EntityKind.fromLabel(text(line.spoor(), "kind"));
            if (k.isPresent()) {
                return k.get();
            }
        }
        return FtmMapping.kindOf(line.schema()).orElse(EntityKind.FTM_ENTITY);
    }

    private static EntityRef ref(EntityKind kind, Map<String, Object> props, FtmLine line, String dataset) {
        String claimed = line.spoor() == null ? null : text(line.spoor(), "id");
        List<EntityRef> candidates = new ArrayList<>();
        for (IdentifierKeys k : STRENGTH) {
            if (k.kind() == kind && props.get(k.property()) instanceof String v) {
                candidates.add(k.refForStoredValue(v));
            }
        }
        if (!candidates.isEmpty()) {
            return candidates.stream().filter(c -> c.spoorId().equals(claimed)).findFirst().orElse(candidates.getFirst());
        }
        if (claimed != null && claimed.contains(":") && !STRONG_PREFIXES.contains(claimed.substring(0, claimed.indexOf(':')))) {
            return new EntityRef(kind, claimed);
        }
        return new EntityRef(kind, "ftm:" + (line.datasets().isEmpty() ? dataset : line.datasets().getFirst()) + ":" + line.id());
    }

    /** A stored identifier from the extension, checked as if it were raw: a file cannot bring an invalid key. */
    private static String stored(IdentifierKeys k, String value) {
        try {
            return k.storedValue(value, null);
        } catch (InvalidIdentifierException e) {
            if (k == IdentifierKeys.ADDRESS) {
                return k.storedValue(value.replaceFirst("-", " "), null);
            }
            throw e;
        }
    }

    /** A Dutch address key from FtM's postal code and the house number at the end of the street. */
    private static Optional<String> addressKey(Map<String, List<String>> raw) {
        List<String> postcode = raw.getOrDefault("postalCode", List.of());
        List<String> street = raw.getOrDefault("street", List.of());
        if (postcode.isEmpty() || street.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = HOUSE_NUMBER.matcher(street.getFirst());
        if (!m.matches()) {
            return Optional.empty();
        }
        return DutchAddress.tryParse(postcode.getFirst() + " " + m.group(1) + (m.group(2) == null ? "" : "-" + m.group(2))).map(DutchAddress::value);
    }

    /** The FtM properties the table makes of Spoor properties; a value not of the table's type is left to the extension. */
    static Map<String, List<String>> ftmProperties(EntityMapping mapping, Map<String, Object> props) {
        return FtmLinks.tableToFtm(mapping.properties(), props);
    }

    /** The Spoor properties the table does not carry, for the extension. */
    static Map<String, Object> extensionProperties(List<Property> table, Map<String, Object> props, Set<String> leaveOut) {
        Map<String, Object> ext = new TreeMap<>(props);
        ext.keySet().removeAll(leaveOut);
        for (Property p : table) {
            Object v = props.get(p.spoor());
            if (v != null && FtmValues.toFtm(p, v).isPresent()) {
                ext.remove(p.spoor());
            }
        }
        return ext;
    }

    static boolean sameValues(List<String> a, List<String> b) {
        return a != null && b != null && new HashSet<>(a).equals(new HashSet<>(b)) && a.size() == b.size();
    }

    /** The FtM id the export gives an entity that came without one: FtM ids are plain, a Spoor id is not. */
    static String exportId(String spoorId) {
        return "spoor-" + sha1(spoorId);
    }

    static String sha1(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-1")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param ends   the FtM properties a link's ends came in, when not the table's (a Payment between persons)
     * @param turned a symmetric link stored the other way round than FtM wrote it
     */
    static String keptJson(String id, String schema, Map<String, List<String>> kept, List<String> ends, boolean turned) {
        ObjectNode o = FtmValues.JSON.createObjectNode();
        o.put("id", id);
        o.put("schema", schema);
        if (ends != null) {
            o.set("ends", FtmValues.JSON.valueToTree(ends));
        }
        if (turned) {
            o.put("turned", true);
        }
        o.set("properties", FtmValues.JSON.valueToTree(new TreeMap<>(kept)));
        return FtmValues.JSON.writeValueAsString(o);
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && v.isString() ? v.asString() : null;
    }

    static Map<String, Object> linked(Map<String, Object> m) {
        return new LinkedHashMap<>(m);
    }
}
