package nl.spoor.ingest.world.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The planted cases of {@code truth.json}: which entity belongs to which case. */
final class Truth {

    private final Map<String, String> caseByEntity = new LinkedHashMap<>();
    private final List<String> caseIds = new ArrayList<>();

    static Truth read(Path worldDir) {
        Path file = worldDir.resolve("truth.json");
        Truth truth = new Truth();
        if (!Files.exists(file)) {
            return truth;
        }
        ObjectMapper mapper = JsonMapper.builder().build();
        JsonNode root;
        try {
            root = mapper.readTree(file.toFile());
        } catch (RuntimeException e) {
            throw new WorldFormatException(file, "is not valid JSON: " + e.getMessage());
        }
        JsonNode cases = root.path("cases");
        for (int i = 0; i < cases.size(); i++) {
            JsonNode c = cases.get(i);
            String caseId = c.path("caseId").asString(null);
            if (caseId == null || caseId.isEmpty()) {
                throw new WorldFormatException(file, "cases[" + i + "].caseId is missing");
            }
            truth.caseIds.add(caseId);
            // Only planted cases: look-alikes are benign and documents about them are ordinary.
            if (!c.path("planted").asBoolean(true)) {
                continue;
            }
            for (JsonNode e : c.path("entities")) {
                truth.caseByEntity.putIfAbsent(e.path("id").asString(), caseId);
            }
            for (JsonNode s : c.path("subjects")) {
                truth.caseByEntity.putIfAbsent(s.asString(), caseId);
            }
        }
        return truth;
    }

    /** The first planted case among the given entities, in their order. */
    Optional<String> caseOf(List<String> entityIds) {
        for (String id : entityIds) {
            String caseId = caseByEntity.get(id);
            if (caseId != null) {
                return Optional.of(caseId);
            }
        }
        return Optional.empty();
    }

    boolean inCase(String entityId) {
        return caseByEntity.containsKey(entityId);
    }
}
