package nl.spoor.model.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the store holds: counts per node label and relationship type.
 *
 * @param uri the Bolt address; for the embedded store a loopback address
 */
public record StoreStatus(StoreMode mode, String uri, String database, long nodes, long relationships,
                          Map<String, Long> nodesPerLabel, Map<String, Long> relationshipsPerType) {

    public StoreStatus {
        nodesPerLabel = Collections.unmodifiableMap(new LinkedHashMap<>(nodesPerLabel));
        relationshipsPerType = Collections.unmodifiableMap(new LinkedHashMap<>(relationshipsPerType));
    }
}
