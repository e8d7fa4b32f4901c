package nl.spoor.api.document;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import nl.spoor.api.entity.EntityViews.EntityRef;
import nl.spoor.api.entity.EntityViews.Source;
import nl.spoor.api.entity.Provenance;
import nl.spoor.model.cypher.CypherResource;
import nl.spoor.model.store.SpoorStore;

/** GraphQL {@code documentPage}: what the document viewer shows of one page (text, mentions, sources). */
@Controller
class DocumentPageController {

    private static final String PAGE = CypherResource.load(DocumentPageController.class, "document-page.cypher");

    record PageMention(EntityRef entity, int start, int end, String text) {
    }

    record DocumentPage(EntityRef document, int page, int pages, String text, List<PageMention> mentions, List<Source> sources) {
    }

    private final SpoorStore store;

    DocumentPageController(SpoorStore store) {
        this.store = store;
    }

    @QueryMapping
    DocumentPage documentPage(@Argument String document, @Argument Integer page) {
        int number = page == null ? 1 : page;
        if (number < 1) {
            throw new IllegalArgumentException("documentPage(page) must be 1 or more, got " + number);
        }
        try (var s = store.driver().session(store.sessionConfig())) {
            return s.executeRead(tx -> tx.run(nl.spoor.api.warmup.PlanWarmUp.cypher(PAGE), Map.of("document", document, "page", number)).list()).stream().findFirst()
                    .filter(r -> !r.get("parts").isEmpty())
                    .map(r -> new DocumentPage(new EntityRef(document, "Document", r.get("caption").asString()), number,
                            r.get("numbers").asList(Value::asInt).stream().mapToInt(Integer::intValue).max().orElse(number),
                            String.join("", r.get("parts").asList(Value::asString)),
                            r.get("mentions").asList(m -> new PageMention(
                                    new EntityRef(m.get("spoorId").asString(), m.get("kind").asString(), m.get("caption").asString()),
                                    m.get("start").asInt(0), m.get("end").asInt(0), m.get("text").isNull() ? null : m.get("text").asString())),
                            r.get("sources").asList(v -> Provenance.source(v.asMap()))))
                    .orElse(null);
        }
    }
}
