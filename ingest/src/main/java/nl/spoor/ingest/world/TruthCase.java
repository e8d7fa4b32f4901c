package nl.spoor.ingest.world;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.spoor.model.graph.EntityKind;

/**
 * One entry of {@code truth.json}: a planted case or a benign look-alike, as a planted case records it
 * through {@link CaseContext#record}. Mutable while the case plants, then written once.
 */
public final class TruthCase {

    /** An entity that plays a role in the case. */
    public record Role(String id, EntityKind kind, String role) {
    }

    /** An indicator that should fire (or, for a look-alike, should not) with its planted value. */
    public record Indicator(String name, BigDecimal value) {
    }

    private final String caseId;
    private final String typology;
    private final String variant;
    private final boolean planted;
    private final List<String> subjects = new ArrayList<>();
    private final List<Role> entities = new ArrayList<>();
    private final List<Indicator> indicators = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private String explanation = "";

    TruthCase(String caseId, String typology, String variant, boolean planted) {
        this.caseId = Objects.requireNonNull(caseId);
        this.typology = Objects.requireNonNull(typology);
        this.variant = Objects.requireNonNull(variant);
        this.planted = planted;
    }

    /** Adds the entity a query should rank; it is also listed among the entities with role {@code subject}. */
    public TruthCase subject(String id, EntityKind kind) {
        subjects.add(id);
        return entity(id, kind, "subject");
    }

    public TruthCase entity(String id, EntityKind kind, String role) {
        entities.add(new Role(id, kind, role));
        return this;
    }

    /** An indicator value, rounded half-up to two decimals so that it reads as written in the file. */
    public TruthCase indicator(String name, double value) {
        indicators.add(new Indicator(name, BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP)));
        return this;
    }

    /** A parameter of the plant: an amount (a {@link BigDecimal} or a {@code long} of cents via {@link Money}), a count, a text. */
    public TruthCase parameter(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    public TruthCase explanation(String text) {
        this.explanation = text;
        return this;
    }

    public String caseId() {
        return caseId;
    }

    public String typology() {
        return typology;
    }

    public String variant() {
        return variant;
    }

    public boolean planted() {
        return planted;
    }

    public List<String> subjects() {
        return List.copyOf(subjects);
    }

    public List<Role> entities() {
        return List.copyOf(entities);
    }

    public List<Indicator> indicators() {
        return List.copyOf(indicators);
    }

    public Map<String, Object> parameters() {
        return java.util.Collections.unmodifiableMap(parameters);
    }

    public String explanation() {
        return explanation;
    }
}
