package nl.spoor.ingest.ftm;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import nl.spoor.ingest.ftm.FtmMapping.LinkMapping;
import nl.spoor.ingest.ftm.FtmMapping.Property;
import nl.spoor.ingest.ftm.FtmReader.FtmLine;
import nl.spoor.model.graph.EntityRef;
import nl.spoor.model.graph.RelationshipKind;

/**
 * What an FtM link (Directorship, Ownership, Payment, UnknownLink, …) becomes in Spoor: a relationship of
 * the kind the table gives for its schema, target kind and role, between the entities its two end
 * properties name, with its dates, role, share or amount as properties and the rest kept as its
 * {@code ftm} JSON.
 */
final class FtmLinks {

    /** A planned relationship, or the reason the line is bad. */
    record Planned(RelationshipKind kind, EntityRef from, EntityRef to, String key, Map<String, Object> properties,
                   Map<String, List<String>> kept, String problem, String field) {
        static Planned bad(String field, String problem) {
            return new Planned(null, null, null, null, null, null, problem, field);
        }
    }

    private FtmLinks() {
    }

    /**
     * @param refs the Spoor entity of every FtM id this import defines
     */
    static Planned plan(FtmLine line, Map<String, EntityRef> refs, Set<String> proofIds) {
        String typeName = line.spoor() == null ? null : FtmEntities.text(line.spoor(), "type");
        Optional<RelationshipKind> declared = typeName == null ? Optional.empty() : RelationshipKind.fromType(typeName);
        String fromProperty;
        String toProperty;
        LinkMapping mapping = declared.map(k -> FtmMapping.link(k, line.schema())).orElse(null);
        if (mapping != null) {
            fromProperty = mapping.from();
            toProperty = mapping.to();
        } else if (line.schema().equals("Payment")) {
            fromProperty = line.values("payerAccount").isEmpty() ? "payer" : "payerAccount";
            toProperty = line.values("beneficiaryAccount").isEmpty() ? "beneficiary" : "beneficiaryAccount";
        } else {
            LinkMapping any = FtmMapping.LINKS.stream().filter(l -> l.schema().equals(line.schema())).findFirst().orElseThrow();
            fromProperty = any.from();
            toProperty = any.to();
        }
        EntityRef from = end(line, fromProperty, refs);
        EntityRef to = end(line, toProperty, refs);
        if (from == null || to == null) {
            String missing = from == null ? fromProperty : toProperty;
            List<String> values = line.values(missing);
            return Planned.bad("properties." + missing, values.isEmpty()
                    ? "a " + line.schema() + " needs its " + missing
                    : "refers to " + values.getFirst() + ", which no line of this import defines");
        }
        String role = line.values("role").isEmpty() ? null : line.values("role").getFirst();
        if (mapping == null) {
            mapping = FtmMapping.linkFor(line.schema(), role, to.kind()).orElseThrow();
        }
        Map<String, List<String>> raw = FtmValues.withoutSourceProof(line.properties(), proofIds);
        Map<String, Object> props = FtmValues.fromTable(mapping.properties(), raw, null);
        if (line.spoor() != null) {
            props.putAll(FtmValues.untypedMap(line.spoor().get("properties"), line.where()));
            props.remove(FtmEntities.FTM);
        }
        RelationshipKind kind = mapping.kind();
        String key = "";
        if (kind.multiple()) {
            String declaredKey = line.spoor() == null ? null : FtmEntities.text(line.spoor(), "key");
            key = declaredKey != null && !declaredKey.isEmpty() ? declaredKey : line.id();
        }
        Map<String, List<String>> exported = ftmProperties(mapping, props);
        exported.put(fromProperty, List.of(line.values(fromProperty).getFirst()));
        exported.put(toProperty, List.of(line.values(toProperty).getFirst()));
        Map<String, List<String>> kept = new TreeMap<>();
        raw.forEach((name, values) -> {
            if (!FtmEntities.sameValues(exported.get(name), values)) {
                kept.put(name, values);
            }
        });
        boolean defaultEnds = fromProperty.equals(mapping.from()) && toProperty.equals(mapping.to());
        boolean turned = kind.symmetric() && from.spoorId().compareTo(to.spoorId()) > 0;
        boolean native_ = line.id().equals(exportId(kind, from.spoorId(), to.spoorId(), key)) && line.schema().equals(mapping.schema()) && kept.isEmpty()
                && defaultEnds && !turned;
        if (!native_) {
            props.put(FtmEntities.FTM, FtmEntities.keptJson(line.id(), line.schema(), kept,
                    defaultEnds ? null : List.of(fromProperty, toProperty), turned));
        }
        return new Planned(kind, from, to, key, props, kept, null, null);
    }

    private static EntityRef end(FtmLine line, String property, Map<String, EntityRef> refs) {
        List<String> values = line.values(property);
        return values.isEmpty() ? null : refs.get(values.getFirst());
    }

    /** The FtM properties of a link: the table's, and the role an UnknownLink of a Spoor kind travels with. */
    static Map<String, List<String>> ftmProperties(LinkMapping mapping, Map<String, Object> props) {
        Map<String, List<String>> m = tableToFtm(mapping.properties(), props);
        if (mapping.role() != null) {
            m.put("role", List.of(mapping.role()));
        }
        return m;
    }

    static Map<String, List<String>> tableToFtm(List<Property> table, Map<String, Object> props) {
        Map<String, List<String>> m = new TreeMap<>();
        for (Property p : table) {
            Object v = props.get(p.spoor());
            if (v != null) {
                FtmValues.toFtm(p, v).ifPresent(s -> m.put(p.ftm(), List.of(s)));
            }
        }
        return m;
    }

    /** The FtM id the export gives a relationship that came without one. */
    static String exportId(RelationshipKind kind, String fromSpoorId, String toSpoorId, String key) {
        return "spoor-" + FtmEntities.sha1(kind.name() + "|" + fromSpoorId + "|" + toSpoorId + "|" + key);
    }
}
