package nl.spoor.ingest.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import nl.spoor.ingest.extract.Extractor;
import nl.spoor.ingest.extract.Mention;
import nl.spoor.ingest.extract.MentionType;
import nl.spoor.ingest.importers.bank.BankStatementImporter;
import nl.spoor.ingest.importers.bank.Statement;
import nl.spoor.ingest.importers.register.RegisterExtract;
import nl.spoor.model.graph.EntityKind;
import nl.spoor.model.graph.EntityRef;
import nl.spoor.model.graph.RelationshipKind;
import nl.spoor.model.provenance.Evidence;
import nl.spoor.model.provenance.Source;
import nl.spoor.model.provenance.SourceKind;
import nl.spoor.model.writer.EntityFact;
import nl.spoor.model.writer.RelationshipFact;
import nl.spoor.model.writer.WriteBatch;

/**
 * Extraction and resolution stages for one parsed document, and the facts they give: the document's
 * {@link Source}, its {@code Document} entity, every resolved entity with its evidence, a
 * {@code MENTIONS} per mention with page and offsets, the relations the text states, and the link
 * to the container it came out of.
 *
 * <p>A document that is a bank statement ({@link BankStatementImporter}) also gives the statement's
 * accounts, transfers and cash movements, under the same Source (this delivery of the document) with the
 * importer's line or entry locators, in the same batch as the document's other facts. Its own text is
 * then not read for stated transfers: the statement says them exactly. A register extract (KvK, RDW,
 * BRP, Kadaster: {@code RegisterImporter}) likewise gives its facts under the document's source, of kind
 * {@code REGISTER}.
 *
 * <p>A stated relation is written only between two mentions that resolved to entities of kinds the
 * relationship joins ({@link #fits}), with the phrase's page and offsets as evidence and the sentence
 * around both mentions as snippet. An organisation written with its KvK-nummer right after it
 * ("Glashelder B.V. (KvK 12345678)") resolves to the company of that number, so what the text says
 * about it meets the register.
 */
final class DocumentFacts {

    private static final int SNIPPET = 60;

    /** What one document adds to a write, and how much; its page text and stated amounts and dates go to {@link DocumentPages}. */
    record Facts(String sha256, String path, WriteBatch batch, int mentions, int unresolved, boolean statement,
                 String statementError, DocumentPages.Pages pages, boolean register) {
        Facts(String sha256, String path, WriteBatch batch, int mentions, int unresolved, boolean statement, String statementError) {
            this(sha256, path, batch, mentions, unresolved, statement, statementError, null, false);
        }
    }

    /**
     * A bank statement or register extract found in the document: read, or why it could not be (all null
     * when it is neither).
     */
    record StatementImport(Statement statement, RegisterExtract register, String error) {
        static final StatementImport NONE = new StatementImport(null, null, null);

        StatementImport(Statement statement, String error) {
            this(statement, null, error);
        }
    }

    private static final BankStatementImporter STATEMENTS = new BankStatementImporter();

    private final Extractor extractor;
    private final ExtractorRelease release;
    private final MentionResolver resolver;
    private final IngestOptions options;

    DocumentFacts(Extractor extractor, ExtractorRelease release, MentionResolver resolver, IngestOptions options) {
        this.extractor = extractor;
        this.release = release;
        this.resolver = resolver;
        this.options = options;
    }

    static EntityRef documentRef(String sha256) {
        return new EntityRef(EntityKind.DOCUMENT, "document:" + sha256);
    }

    /** @param children the content hashes of the documents taken out of this one that are stored (or written before it) */
    Facts of(String sha256, String path, String title, ParsedDocument doc, List<String> children) {
        return of(sha256, path, title, doc, children, StatementImport.NONE);
    }

    Facts of(String sha256, String path, String title, ParsedDocument doc, List<String> children, StatementImport statement) {
        String sourceId = options.sourceId(sha256);
        Statement read = statement.statement();
        RegisterExtract register = statement.register();
        Source source = new Source(sourceId,
                read != null ? SourceKind.BANK_STATEMENT : register != null ? SourceKind.REGISTER : doc.mediaType().startsWith("message/") ? SourceKind.EMAIL : SourceKind.DOCUMENT,
                sha256, title, options.partner(), options.legalBasis(), options.caseId(), options.receivedAt(), options.retainUntil(),
                release.name(), release.version());
        WriteBatch batch = new WriteBatch().source(source);
        EntityRef document = documentRef(sha256);
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("sha256", sha256);
        props.put("path", path);
        props.put("name", title);
        props.put("mediaType", doc.mediaType());
        props.put("pages", (long) doc.pages().size());
        props.put("needsOcr", doc.needsOcr());
        if (read != null) {
            props.put("statementFormat", read.format().name());
            props.put("statementAccount", read.account().value());
        }
        if (register != null) {
            props.put("registerFormat", register.format().name());
        }
        batch.entity(new EntityFact(document, props, new Evidence(sourceId, "document", null, null, null, 1.0, null)));
        // Written with the container, not the child: a child is written first, its container may not be stored yet.
        for (String child : children) {
            batch.relationship(RelationshipFact.of(RelationshipKind.EMBEDDED_IN, documentRef(child), document, Map.of(),
                    new Evidence(sourceId, "embedded:" + child, null, null, null, 1.0, null)));
        }

        if (read != null) {
            // The importer's facts, under this document's source (already in the batch).
            WriteBatch facts = STATEMENTS.toFacts(read, source);
            facts.entities().forEach(batch::entity);
            facts.relationships().forEach(batch::relationship);
        }
        if (register != null) {
            // The register's facts, read for this document's source with their line locators.
            register.entities().forEach(batch::entity);
            register.relationships().forEach(batch::relationship);
        }

        List<Mention> mentions = extractor.mentions(doc.pages());
        Map<Mention, Mention> kvkOf = kvkNumbers(doc.pages(), mentions);
        Map<String, PersonDetails> persons = personDetails(doc.pages(), mentions);
        Map<Mention, EntityRef> resolved = new HashMap<>();
        int unresolved = 0;
        for (Mention m : mentions) {
            Optional<MentionResolver.Resolved> r;
            if (kvkOf.containsKey(m)) {
                r = resolver.companyWithKvk(m, kvkOf.get(m)).or(() -> resolver.resolve(m, sha256));
            } else if (m.type() == MentionType.PERSON && persons.containsKey(m.value())) {
                PersonDetails p = persons.get(m.value());
                r = (p.bsn() == null ? Optional.<MentionResolver.Resolved>empty() : resolver.personWithBsn(m.value(), p.bsn()))
                        .or(() -> resolver.resolve(m, sha256)).map(p::addTo);
            } else {
                r = resolver.resolve(m, sha256);
            }
            if (r.isEmpty()) {
                unresolved++;
                continue;
            }
            resolved.put(m, r.get().ref());
            Evidence evidence = Evidence.mention(sourceId, m.page(), m.start(), m.end(), m.confidence(), snippet(doc.pages().get(m.page() - 1), m));
            batch.entity(new EntityFact(r.get().ref(), r.get().properties(), evidence));
            if (m.type() == MentionType.LOCATION) {
                // A town is joined to its municipality, the Place the registers use.
                CbsPlaces.of(m.value()).filter(p -> p.municipality() != null).ifPresent(p -> {
                    Evidence gazetteer = new Evidence(sourceId, "gazetteer:" + p.ref().spoorId(), null, null, null, 1.0, null);
                    batch.entity(new EntityFact(p.municipality(), Map.of("name", p.municipalityName(),
                            "cbsCode", p.municipality().spoorId().substring("place:".length())), gazetteer));
                    batch.relationship(RelationshipFact.of(RelationshipKind.LOCATED_IN, p.ref(), p.municipality(), Map.of(), gazetteer));
                });
            }
            Map<String, Object> where = new LinkedHashMap<>();
            where.put("page", (long) m.page());
            where.put("start", (long) m.start());
            where.put("end", (long) m.end());
            where.put("text", m.text());
            where.put("type", m.type().name());
            where.put("recogniser", m.recogniser());
            batch.relationship(new RelationshipFact(RelationshipKind.MENTIONS, document, r.get().ref(), evidence.locator(), where, evidence));
        }
        for (Extractor.StatedRelation rel : extractor.relations(doc.pages(), mentions)) {
            Optional<RelationshipKind> kind = RelationshipKind.fromType(rel.kind());
            EntityRef from = resolved.get(rel.from());
            EntityRef to = resolved.get(rel.to());
            if (kind.isEmpty() || from == null || to == null || !fits(kind.get(), from.kind(), to.kind()) || from.equals(to)
                    || read != null && kind.get() == RelationshipKind.TRANSFER) {
                continue;
            }
            String locator = "p" + rel.page() + ":" + rel.start();
            String page = doc.pages().get(rel.page() - 1);
            Evidence evidence = new Evidence(sourceId, "rel:" + locator, rel.page(), rel.start(), rel.end(), rel.confidence(),
                    snippet(page, Math.min(rel.start(), Math.min(rel.from().start(), rel.to().start())),
                            Math.max(rel.end(), Math.max(rel.from().end(), rel.to().end()))));
            Map<String, Object> stated = new LinkedHashMap<>();
            stated.put("phrase", rel.phrase());
            String key = "";
            if (kind.get().multiple()) {
                // Keyed by what the statement says, not where: the same statement in two documents is one relationship with two sources.
                StatedTerms terms = statedTerms(mentions, rel);
                key = terms.key();
                if (terms.amount() != null) {
                    stated.put("amount", terms.amount());
                    stated.put("currency", "EUR");
                }
                if (terms.date() != null) {
                    stated.put("date", terms.date());
                }
            }
            batch.relationship(new RelationshipFact(kind.get(), from, to, key, stated, evidence));
        }
        return new Facts(sha256, path, batch, resolved.size(), unresolved, read != null, statement.error(),
                DocumentPages.of(sha256, doc.pages(), mentions), register != null);
    }

    /** What a stated relation of a multiple kind says beyond its two ends: the amount and date in its sentence, and the key they make. */
    record StatedTerms(String key, java.math.BigDecimal amount, java.time.LocalDate date) {
    }

    /** The amount and the date between the start of the statement's sentence and its end ("Op 3 maart 2024 is € 9.850,00 van … overgemaakt naar …"). */
    static StatedTerms statedTerms(List<Mention> mentions, Extractor.StatedRelation rel) {
        int from = Math.min(rel.start(), Math.min(rel.from().start(), rel.to().start()));
        int to = Math.max(rel.end(), Math.max(rel.from().end(), rel.to().end()));
        java.math.BigDecimal amount = null;
        java.time.LocalDate date = null;
        for (Mention m : mentions) {
            if (m.page() != rel.page() || m.end() < from - SENTENCE || m.start() > to + SENTENCE) {
                continue;
            }
            if (m.type() == MentionType.MONEY && amount == null) {
                amount = new java.math.BigDecimal(m.value().substring(0, m.value().indexOf(' ')));
            } else if (m.type() == MentionType.DATE && date == null) {
                date = java.time.LocalDate.parse(m.value());
            }
        }
        String key = "stated" + (date == null ? "" : ":" + date) + (amount == null ? "" : ":" + amount.toPlainString());
        return new StatedTerms(key, amount, date);
    }

    /** How far before or after a stated relation its amount and date may be written. */
    private static final int SENTENCE = 40;

    /**
     * What the text says about a person right after their name: a BSN ("Jan de Vries (BSN 123456782)"),
     * a birth date and place ("J. de Vries, geboren op 2 maart 1984 te Zaandam"), by the person's value
     * (the fullest written form) so every mention of that name gets them.
     */
    record PersonDetails(String bsn, java.time.LocalDate birthDate, String birthPlace) {
        MentionResolver.Resolved addTo(MentionResolver.Resolved r) {
            Map<String, Object> props = new LinkedHashMap<>(r.properties());
            if (birthDate != null) {
                props.put("birthDate", birthDate);
            }
            if (birthPlace != null) {
                props.put("birthPlace", birthPlace);
            }
            return new MentionResolver.Resolved(r.ref(), props);
        }
    }

    private static final int DETAILS_WINDOW = 160;
    private static final Pattern BSN_CUE = Pattern.compile("(?i)\\b(?:bsn|burgerservicenummer|sofinummer)\\b[^\\n]{0,12}$");
    private static final Pattern BORN = Pattern.compile("(?i)^[,;:()\\s]*(?:\\(?(?:bsn|burgerservicenummer)[^\\n)]{0,30}\\)?[,\\s]*)?(?:geboren|geb\\.)(?:\\s+op)?\\s*:?\\s*$");
    private static final Pattern BORN_AT = Pattern.compile("(?i)^\\s*(?:te|in)\\s+$");

    static Map<String, PersonDetails> personDetails(List<String> pages, List<Mention> mentions) {
        Map<String, List<PersonDetails>> seen = new LinkedHashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention person = mentions.get(i);
            if (person.type() != MentionType.PERSON) {
                continue;
            }
            String page = pages.get(person.page() - 1);
            String bsn = null;
            java.time.LocalDate born = null;
            String bornAt = null;
            Mention date = null;
            for (int j = i + 1; j < mentions.size(); j++) {
                Mention m = mentions.get(j);
                if (m.page() != person.page() || m.start() - person.end() > DETAILS_WINDOW || m.type() == MentionType.PERSON
                        || m.type() == MentionType.ORGANIZATION || page.substring(person.end(), m.start()).contains("\n\n")) {
                    break;
                }
                String before = page.substring(person.end(), m.start());
                if (m.type() == MentionType.BSN && bsn == null && BSN_CUE.matcher(before).find()) {
                    bsn = m.value();
                } else if (m.type() == MentionType.DATE && born == null
                        && BORN.matcher(page.substring(j == i + 1 ? person.end() : mentions.get(j - 1).end(), m.start())).find()) {
                    born = java.time.LocalDate.parse(m.value());
                    date = m;
                } else if (m.type() == MentionType.LOCATION && date != null && bornAt == null
                        && BORN_AT.matcher(page.substring(date.end(), m.start())).find()) {
                    bornAt = m.value();
                }
            }
            if (bsn != null || born != null) {
                seen.computeIfAbsent(person.value(), k -> new ArrayList<>()).add(new PersonDetails(bsn, born, bornAt));
            }
        }
        Map<String, PersonDetails> details = new HashMap<>();
        seen.forEach((name, all) -> {
            // Two different BSNs or birth dates for one name in one document: two people, so none is given to all mentions.
            Set<String> bsns = new java.util.TreeSet<>();
            Set<java.time.LocalDate> dates = new java.util.TreeSet<>();
            Set<String> places = new java.util.TreeSet<>();
            all.forEach(d -> {
                if (d.bsn() != null) bsns.add(d.bsn());
                if (d.birthDate() != null) dates.add(d.birthDate());
                if (d.birthPlace() != null) places.add(d.birthPlace());
            });
            if (bsns.size() <= 1 && dates.size() <= 1) {
                details.put(name, new PersonDetails(bsns.isEmpty() ? null : bsns.iterator().next(),
                        dates.isEmpty() ? null : dates.iterator().next(), places.size() == 1 ? places.iterator().next() : null));
            }
        });
        return details;
    }

    private static final Set<EntityKind> PARTIES = Set.of(EntityKind.PERSON, EntityKind.COMPANY, EntityKind.ORGANIZATION);
    private static final Set<EntityKind> ORGANISATIONS = Set.of(EntityKind.COMPANY, EntityKind.ORGANIZATION);

    /** Whether a relationship of this kind may join entities of these kinds; kinds not listed are not taken from text. */
    static boolean fits(RelationshipKind kind, EntityKind from, EntityKind to) {
        return switch (kind) {
            case DIRECTOR_OF -> PARTIES.contains(from) && ORGANISATIONS.contains(to);
            case LIVES_AT -> from == EntityKind.PERSON && to == EntityKind.ADDRESS;
            case REGISTERED_AT -> ORGANISATIONS.contains(from) && to == EntityKind.ADDRESS;
            case REGISTERED_OWNER -> PARTIES.contains(from) && to == EntityKind.VEHICLE;
            case HOLDS_ACCOUNT -> PARTIES.contains(from) && to == EntityKind.BANK_ACCOUNT;
            case TRANSFER -> from == EntityKind.BANK_ACCOUNT && to == EntityKind.BANK_ACCOUNT;
            default -> false;
        };
    }

    /** Up to this many characters between a name and its KvK-nummer, holding the KvK label and nothing else the extractor found. */
    private static final int KVK_GAP = 60;
    private static final Pattern KVK_CUE = Pattern.compile("(?i)k\\.?v\\.?k|kamer van koophandel|handelsregister");

    /** Organisation mentions followed closely by their KvK-nummer ("Glashelder B.V. (KvK 12345678)"), to that number's mention. */
    static Map<Mention, Mention> kvkNumbers(List<String> pages, List<Mention> mentions) {
        Map<Mention, Mention> found = new HashMap<>();
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Mention org = mentions.get(i);
            Mention next = mentions.get(i + 1);
            if (org.type() != MentionType.ORGANIZATION || next.type() != MentionType.KVK || next.page() != org.page()
                    || next.start() < org.end() || next.start() - org.end() > KVK_GAP) {
                continue;
            }
            String gap = pages.get(org.page() - 1).substring(org.end(), next.start());
            if (KVK_CUE.matcher(gap).find() && !gap.contains("\n\n")) {
                found.put(org, next);
            }
        }
        return found;
    }

    private static String snippet(String page, Mention m) {
        return snippet(page, m.start(), m.end());
    }

    private static String snippet(String page, int start, int end) {
        int from = Math.max(0, start - SNIPPET);
        int to = Math.min(page.length(), end + SNIPPET);
        return page.substring(from, to).replaceAll("\\s+", " ").strip();
    }
}
