package nl.spoor.api.sectornetworks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one indicator measured in one network: the value, the figures in words, and the evidence paths that show it
 * (description → relationship element ids, in the order they are to be read).
 */
record Finding(double value, String detail, Map<String, List<String>> evidence) {

    static Finding of(double value, String detail) {
        return new Finding(value, detail, new LinkedHashMap<>());
    }

    Finding path(String description, List<String> relationshipIds) {
        if (!relationshipIds.isEmpty()) {
            evidence.merge(description, List.copyOf(relationshipIds),
                    (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().toList());
        }
        return this;
    }
}
