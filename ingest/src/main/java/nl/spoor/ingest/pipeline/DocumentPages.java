package nl.spoor.ingest.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.neo4j.driver.SimpleQueryRunner;

import nl.spoor.ingest.extract.Mention;
import nl.spoor.ingest.extract.MentionType;
import nl.spoor.model.store.StoreTransactions;
import nl.spoor.model.writer.GraphWriter;

/**
 * A document's text for search, and the amounts and dates it states: one {@code Page} node per page
 * ({@code (:Document)-[:HAS_PAGE]->(:Page {number, part, start, text, dates})}, full-text index
 * {@code page_search} with Spoor's name analyzer, migrations V6 and V8), and one {@code STATES_AMOUNT} from the
 * document to the page per amount written in it, with the amount in euros, the date written next to
 * it, page and offsets, so an investigator can ask which documents name amounts over € 9.000 in
 * March 2024 and open the page.
 *
 * <p>The text is kept here only, not in the graph writer's per-source evidence (no double storage).
 * A page longer than {@link #PART} characters is stored in parts of that size ({@code part},
 * {@code start} is the part's offset in the page), and writes are cut in transactions of at most
 * {@link #CHARS_PER_WRITE} characters, so a huge document never makes a huge Cypher parameter.
 * Page ids are {@code <sha256>:<page>:<part>}: writing the same document again changes nothing.
 */
final class DocumentPages {

    static final int PART = 100_000;
    static final int CHARS_PER_WRITE = 2_000_000;
    /** How far from an amount a date still counts as its date. */
    private static final int DATE_NEAR = 80;

    /** An amount the document states: euros, the date next to it (or null), where, and as written. */
    record Amount(int page, int start, int end, String text, BigDecimal amount, String currency, LocalDate date) {
    }

    record Pages(String sha256, List<String> texts, List<Amount> amounts, List<List<LocalDate>> dates) {
    }

    private DocumentPages() {
    }

    static Pages of(String sha256, List<String> pages, List<Mention> mentions) {
        List<Amount> amounts = new ArrayList<>();
        List<List<LocalDate>> dates = new ArrayList<>();
        for (int p = 1; p <= pages.size(); p++) {
            int page = p;
            List<Mention> onPage = mentions.stream().filter(m -> m.page() == page).toList();
            dates.add(List.copyOf(new TreeSet<>(onPage.stream().filter(m -> m.type() == MentionType.DATE)
                    .map(m -> LocalDate.parse(m.value())).toList())));
            for (Mention m : onPage) {
                if (m.type() != MentionType.MONEY) {
                    continue;
                }
                String[] value = m.value().split(" ");
                Mention nearest = null;
                int distance = Integer.MAX_VALUE;
                for (Mention d : onPage) {
                    if (d.type() != MentionType.DATE) {
                        continue;
                    }
                    int gap = d.end() <= m.start() ? m.start() - d.end() : d.start() >= m.end() ? d.start() - m.end() : 0;
                    if (gap <= DATE_NEAR && gap < distance) {
                        nearest = d;
                        distance = gap;
                    }
                }
                amounts.add(new Amount(page, m.start(), m.end(), m.text(), new BigDecimal(value[0]), value[1],
                        nearest == null ? null : LocalDate.parse(nearest.value())));
            }
        }
        return new Pages(sha256, List.copyOf(pages), List.copyOf(amounts), List.copyOf(dates));
    }

    // replan=skip: unique-index seeks and a MERGE between two bound nodes, the same plan at any store
    // size; replanning as a fresh store's statistics change would only cost (see GraphWriter). The rows
    // come inside a map, $batch.rows, so one plan serves every batch size (GraphWriter.rows).
    static final String WRITE_PAGES = """
            CYPHER replan=skip
            UNWIND $batch.rows AS row
            MATCH (d:Entity:Document {spoorId: row.document}) USING INDEX d:Entity(spoorId)
            MERGE (p:Page {pageId: row.pageId})
              ON CREATE SET p.sha256 = row.sha256, p.number = row.number, p.part = row.part, p.start = row.start,
                            p.text = row.text, p.dates = row.dates
            MERGE (d)-[:HAS_PAGE]->(p)
            RETURN count(*) AS written""";

    static final String WRITE_AMOUNTS = """
            CYPHER replan=skip
            UNWIND $batch.rows AS row
            MATCH (d:Entity:Document {spoorId: row.document}) USING INDEX d:Entity(spoorId)
            MATCH (p:Page {pageId: row.pageId}) USING INDEX p:Page(pageId)
            MERGE (d)-[a:STATES_AMOUNT {at: row.at}]->(p)
              ON CREATE SET a += row.props
            RETURN count(*) AS written""";

    /** Writes the pages and amounts of these documents (their Document entities must be stored), each part in its own transaction. */
    static void write(StoreTransactions transactions, Collection<Pages> documents) {
        for (Write w : writes(documents)) {
            transactions.write(tx -> tx.run(w.cypher(), GraphWriter.rows(w.rows())).consume());
        }
    }

    /**
     * Writes the pages and amounts of these documents in the caller's transaction when they are small (at
     * most {@link #CHARS_PER_WRITE} characters of text and 10,000 amounts: one statement each), so the
     * pipeline commits them with the candidates and the done marks of the same documents; returns false,
     * writing nothing, when they are larger: then {@link #write(StoreTransactions, Collection)} cuts them.
     */
    static boolean writeSmall(SimpleQueryRunner tx, Collection<Pages> documents) {
        List<Write> writes = writes(documents);
        if (writes.stream().filter(w -> w.cypher().equals(WRITE_PAGES)).count() > 1
                || writes.stream().filter(w -> w.cypher().equals(WRITE_AMOUNTS)).count() > 1) {
            return false;
        }
        writes.forEach(w -> tx.run(w.cypher(), GraphWriter.rows(w.rows())).consume());
        return true;
    }

    /** One statement of a page write: its query and rows. */
    private record Write(String cypher, List<Map<String, Object>> rows) {
    }

    private static List<Write> writes(Collection<Pages> documents) {
        List<Write> writes = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Map<String, Object>> amounts = new ArrayList<>();
        long chars = 0;
        for (Pages doc : documents) {
            String document = DocumentFacts.documentRef(doc.sha256()).spoorId();
            for (int p = 0; p < doc.texts().size(); p++) {
                String text = doc.texts().get(p);
                for (int part = 0, start = 0; part == 0 || start < text.length(); part++, start += PART) {
                    String piece = text.substring(start, Math.min(text.length(), start + PART));
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("document", document);
                    row.put("pageId", pageId(doc.sha256(), p + 1, part));
                    row.put("sha256", doc.sha256());
                    row.put("number", (long) p + 1);
                    row.put("part", (long) part);
                    row.put("start", (long) start);
                    row.put("text", piece);
                    row.put("dates", doc.dates().get(p));
                    rows.add(row);
                    chars += piece.length();
                    if (chars >= CHARS_PER_WRITE) {
                        writes.add(new Write(WRITE_PAGES, List.copyOf(rows)));
                        rows.clear();
                        chars = 0;
                    }
                }
            }
            for (Amount a : doc.amounts()) {
                Map<String, Object> props = new LinkedHashMap<>();
                props.put("amount", a.amount().doubleValue());
                props.put("currency", a.currency());
                if (a.date() != null) {
                    props.put("date", a.date());
                }
                props.put("page", (long) a.page());
                props.put("start", (long) a.start());
                props.put("end", (long) a.end());
                props.put("text", a.text());
                amounts.add(Map.of("document", document, "pageId", pageId(doc.sha256(), a.page(), a.start() / PART),
                        "at", "p" + a.page() + ":" + a.start(), "props", props));
            }
        }
        if (!rows.isEmpty()) {
            writes.add(new Write(WRITE_PAGES, List.copyOf(rows)));
        }
        for (int i = 0; i < amounts.size(); i += 10_000) {
            writes.add(new Write(WRITE_AMOUNTS, List.copyOf(amounts.subList(i, Math.min(amounts.size(), i + 10_000)))));
        }
        return writes;
    }

    static String pageId(String sha256, int page, int part) {
        return sha256 + ":" + page + ":" + part;
    }
}
