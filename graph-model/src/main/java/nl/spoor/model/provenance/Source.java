package nl.spoor.model.provenance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Where facts come from: one delivery of one document (or register extract, bank statement, analyst
 * note) by one partner, under one legal basis, for one case, kept until a date (DESIGN §3, §6).
 * A fact stays visible while at least one of its sources may be used and is not expired.
 *
 * @param sourceId        stable id, e.g. {@code src:<sha256 of document + partner + case + legal basis>} (one delivery)
 * @param kind            what kind of source
 * @param documentId      content digest of the document, null for an analyst's assertion
 * @param title           file name or title, shown to users
 * @param partner         supplying organisation (e.g. {@code politie-nh}, {@code belastingdienst})
 * @param legalBasis      the legal basis under which it was received (e.g. {@code WGS art. 2.3})
 * @param caseId          the case (casus, signaal or HHKP) it was received for
 * @param receivedAt      when Spoor received it
 * @param retainUntil     last day it may be kept; facts only it supports are purged after
 * @param extractor       the extractor that turned it into facts
 * @param extractorVersion version of that extractor
 */
public record Source(String sourceId, SourceKind kind, String documentId, String title, String partner,
                     String legalBasis, String caseId, Instant receivedAt, LocalDate retainUntil,
                     String extractor, String extractorVersion) {

    public Source {
        require(sourceId, "sourceId");
        Objects.requireNonNull(kind, "kind");
        require(partner, "partner");
        require(legalBasis, "legalBasis");
        require(caseId, "caseId");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(retainUntil, "retainUntil");
        require(extractor, "extractor");
        require(extractorVersion, "extractorVersion");
    }

    /**
     * The id of one delivery of one content: {@code prefix:} and the SHA-256 of content hash, partner, case and
     * legal basis. The same file delivered again under the same delivery is the same Source (nothing changes);
     * under another partner, case or basis it is a Source of its own, so every delivery a fact came by stays
     * traceable and keeps its own retention (DESIGN §3, §6).
     */
    public static String deliveryId(String prefix, String contentSha256, String partner, String caseId, String legalBasis) {
        String delivery = String.join("\n", contentSha256, partner, caseId, legalBasis);
        try {
            return prefix + ":" + java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(delivery.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A source needs its " + field + " (provenance is mandatory for every fact)");
        }
    }
}
