package nl.spoor.ingest.world.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A ZIP a partner delivers: a dossier of two to four documents of other kinds (a PV, an e-mail with its
 * attachment, a rental contract, a spreadsheet), so that ingest must open the archive and, within it,
 * the mail and its attachment. The manifest lists the entities of every document inside.
 */
final class Archief implements DocumentKind {

    private final List<DocumentKind> sources;

    /** @param sources the kinds whose documents go in; the first document is about the candidate */
    Archief(List<DocumentKind> sources) {
        this.sources = sources;
    }

    @Override
    public String name() {
        return "archief";
    }

    @Override
    public List<Candidate> candidates() {
        return DocumentKind.via(sources);
    }

    @Override
    public Draft render(Candidate c, SplittableRandom random) {
        List<Draft> inside = new ArrayList<>();
        inside.add(c.via().render(new Candidate(c.row(), c.about()), random));
        int more = 1 + random.nextInt(3);
        for (int i = 0; i < more; i++) {
            DocumentKind kind = sources.get(random.nextInt(sources.size()));
            List<Candidate> pool = kind.candidates();
            if (!pool.isEmpty()) {
                inside.add(kind.render(pool.get(random.nextInt(pool.size())), random));
            }
        }
        LocalDateTime packed = Office.at(java.time.LocalDate.of(2024, 6, 1).plusDays(random.nextInt(200)), random);
        List<Mention> mentions = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < inside.size(); i++) {
                Draft d = inside.get(i);
                ZipEntry entry = new ZipEntry(String.format(Locale.ROOT, "dossier/%02d-%s.%s", i + 1, d.folder(), d.extension()));
                entry.setTimeLocal(packed);
                zip.putNextEntry(entry);
                zip.write(d.bytes());
                zip.closeEntry();
                for (Mention mention : d.mentions()) {
                    if (seen.add(mention.id() + "\u0000" + mention.text())) {
                        mentions.add(mention);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Draft("zip", "zip", "archief", inside.size() + "-documenten", "application/zip", bytes.toByteArray(),
                List.copyOf(mentions), c.about(), null);
    }
}
