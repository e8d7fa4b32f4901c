package nl.spoor.api.disclosure;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import nl.spoor.api.visibility.BsnIds;
import nl.spoor.api.visibility.ResultGuard;
import nl.spoor.api.visibility.View;
import nl.spoor.ingest.ftm.FtmExport;
import nl.spoor.ingest.world.load.LoadProgress;
import nl.spoor.model.graph.BsnKey;
import nl.spoor.model.store.SpoorStore;

/**
 * Every export of graph data leaves through here, and none without an entry in the {@link DisclosureRegister}:
 * the request is checked first (recipient, purpose and legal basis are required; nothing is written without
 * them), the file is written beside its target as {@code .partial} while its SHA-256 and contents are
 * counted, the disclosure is recorded, and only then is the file moved into place. A failure at any step
 * leaves no file.
 *
 * <p>A GraphQL export discloses what the request's purpose may use: it is written through the request's
 * {@link View} (see {@link ScopedGraph}); FtM lines too: only the usable sources, their facts and evidence, entities'
 * properties as those sources assert them, protected persons masked and BSN hashes left out as the scoped graph does
 * ({@link FtmExport.Disclosed}). The command line exports with {@link View#internal()}. An
 * export that would hold no entity is refused and registers nothing.
 */
public final class Exports {

    /** What is asked: format, to whom, why, under which basis, of what, by whom. */
    public record Request(ExportFormat format, String recipient, String purpose, String legalBasis, ExportScope scope,
                          String by, String organisation) {
    }

    private final SpoorStore store;
    private final BsnKey bsnKey;
    private final BsnIds bsnIds;
    private final DisclosureRegister register;

    public Exports(SpoorStore store, BsnKey bsnKey, DisclosureRegister register) {
        this.store = store;
        this.bsnKey = bsnKey;
        this.bsnIds = new BsnIds(bsnKey);
        this.register = register;
    }

    /**
     * Refuses a request that lacks a recipient, purpose or legal basis, naming every missing field.
     *
     * @throws IllegalArgumentException "export refused: ..." naming the missing fields
     */
    public static void check(Request r) {
        List<String> missing = new ArrayList<>();
        if (blank(r.recipient())) {
            missing.add("recipient (the partner organisation receiving the export)");
        }
        if (blank(r.purpose())) {
            missing.add("purpose (the case, signal or HHKP it is given for)");
        }
        if (blank(r.legalBasis())) {
            missing.add("legal basis (e.g. WGS art. 2.3)");
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Export refused, nothing written: no " + String.join(", no ", missing)
                    + ". Every export is a disclosure and is registered with its recipient, purpose and legal basis.");
        }
        if (r.format() == ExportFormat.FTM && !r.scope().entityIds().isEmpty()) {
            throw new IllegalArgumentException("Export refused: FtM exports the whole graph or one case; for entities with hops use graphml, csv or i2");
        }
    }

    /** Writes everything in scope (the command line: no user, no view) to {@code target} after recording the disclosure. */
    public Disclosure export(Request r, Path target, LoadProgress progress) {
        return export(r, View.internal(), target, progress);
    }

    /**
     * Writes what {@code view} may see of the scope to {@code target} after recording the disclosure; returns the register's entry.
     *
     * @throws IllegalArgumentException "Export refused, ..." without recipient, purpose or basis, and when the scope holds
     *                                  nothing the view may see
     */
    public Disclosure export(Request r, View view, Path target, LoadProgress progress) {
        check(r);
        Path file = target.toAbsolutePath().normalize();
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            Files.createDirectories(file.getParent());
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            ScopedGraph graph = new ScopedGraph(store, r.scope(), view, bsnIds, r.format() == ExportFormat.FTM ? LoadProgress.silent() : progress);
            ExportContents contents = new ExportContents(graph::storedId);
            try (OutputStream out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)), sha)) {
                switch (r.format()) {
                    case FTM -> {
                        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                        FtmExport.Report report = new FtmExport(store, bsnKey, progress).run(w, r.scope().caseId(), disclosed(view, graph));
                        w.flush();
                        graph.forEachEntity(e -> contents.entity(e.spoorId(), e.sourceIds()));
                        contents.relationships = report.relationships();
                    }
                    case GRAPHML -> GraphMlFile.write(graph, out, contents);
                    case CSV -> CsvFiles.write(graph, out, contents);
                    case I2 -> I2LinkFile.write(graph, out, contents);
                }
            }
            if (contents.entityIds.isEmpty()) {
                throw new IllegalArgumentException("Export refused, nothing registered: " + r.scope().describe() + " holds no entity"
                        + (view.all() ? "" : " that a source this request may use asserts (" + view.who() + ": sources of other partners,"
                        + " and sources past their retain-until date, are not disclosed)") + ".");
            }
            String hash = HexFormat.of().formatHex(sha.digest());
            Instant at = Instant.now();
            Disclosure d = new Disclosure("disclosure:" + at.toEpochMilli() + ":" + hash.substring(0, 16), at, r.by(), r.organisation(),
                    r.recipient().strip(), r.purpose().strip(), r.legalBasis().strip(), r.format(), r.scope().describe(),
                    List.copyOf(contents.entityIds), List.copyOf(contents.sourceIds), contents.relationships,
                    file.getFileName().toString(), Files.size(partial), hash);
            register.record(d);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException("Export to " + file + " failed: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the export failed already; the partial file is left for the operator
            }
        }
    }

    /**
     * What an FtM export through {@code view} may carry: the facts of its usable sources, with the masking and BSN
     * aliases of the scoped graph (the same as the other formats'), or everything for an unrestricted view.
     */
    private FtmExport.Disclosed disclosed(View view, ScopedGraph graph) {
        if (view.unrestricted()) {
            return FtmExport.Disclosed.everything();
        }
        return new FtmExport.Disclosed(view.all() ? null : view.usable(), id -> view.seesBsn() ? id : bsnIds.hide(id), view.seesBsn(),
                graph.protectedPersons(), ResultGuard.LOCATING, graph::maskText);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
