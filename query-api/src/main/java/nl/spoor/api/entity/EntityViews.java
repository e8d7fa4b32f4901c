package nl.spoor.api.entity;

import java.util.List;

/** What the GraphQL {@code Entity} type and its parts return; names match the schema. */
public final class EntityViews {

    private EntityViews() {
    }

    public record Entity(String spoorId, String kind, String caption, List<Property> properties, List<Assertion> sources) {
    }

    public record Property(String name, String value) {
    }

    public record Assertion(Source source, String locator, Integer page, Integer start, Integer end, double confidence,
                     String snippet, String asserted) {
    }

    public record Source(String sourceId, String kind, String title, String documentId, String partner, String legalBasis,
                  String caseId, String receivedAt, String retainUntil, String extractor) {
    }

    public record Relationship(String type, String direction, String key, EntityRef other, List<Property> properties,
                        List<Assertion> sources) {
    }

    public record EntityRef(String spoorId, String kind, String caption) {
    }

    public record PageInfo(boolean hasNextPage, String endCursor) {
    }

    public record RelationshipEdge(String cursor, Relationship node) {
    }

    public record RelationshipConnection(List<RelationshipEdge> edges, PageInfo pageInfo, int totalCount) {
    }

    /** One dated moment of a relationship: ON its date, or the START or END of its period; {@code via} the account for a held account's transfer. */
    public record TimelineEvent(String date, String phase, String description, Relationship relationship, EntityRef via) {
    }

    public record TimelineEdge(String cursor, TimelineEvent node) {
    }

    public record TimelineConnection(List<TimelineEdge> edges, PageInfo pageInfo, int totalCount) {
    }
}
