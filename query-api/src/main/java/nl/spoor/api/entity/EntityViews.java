package nl.spoor.api.entity;

import java.util.List;

/** What the GraphQL {@code Entity} type and its parts return; names match the schema. */
final class EntityViews {

    private EntityViews() {
    }

    record Entity(String spoorId, String kind, String caption, List<Property> properties, List<Assertion> sources) {
    }

    record Property(String name, String value) {
    }

    record Assertion(Source source, String locator, Integer page, Integer start, Integer end, double confidence,
                     String snippet, String asserted) {
    }

    record Source(String sourceId, String kind, String title, String documentId, String partner, String legalBasis,
                  String caseId, String receivedAt, String retainUntil, String extractor) {
    }

    record Relationship(String type, String direction, String key, EntityRef other, List<Property> properties,
                        List<Assertion> sources) {
    }

    record EntityRef(String spoorId, String kind, String caption) {
    }
}
