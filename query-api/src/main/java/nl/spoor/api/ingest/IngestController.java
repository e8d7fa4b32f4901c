package nl.spoor.api.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import nl.spoor.ingest.pipeline.IngestFileStatus;
import nl.spoor.ingest.pipeline.IngestFiles;

/**
 * GraphQL {@code ingestJob}, {@code ingestJobs}, {@code ingestFiles} and {@code ingestFile}. Cursors
 * are opaque to clients (base64url of a tag and the key); a cursor this API did not give, or a page
 * size out of range, is a BAD_REQUEST error.
 */
@Controller
class IngestController {

    static final int MAX_JOBS = 100;
    static final int MAX_FILES = 500;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final IngestJobs jobs;

    IngestController(IngestJobs jobs) {
        this.jobs = jobs;
    }

    record Edge<T>(String cursor, T node) {
    }

    record PageInfo(boolean hasNextPage, String endCursor) {
    }

    record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo) {
        static <T> Connection<T> of(List<Edge<T>> edges, boolean more) {
            return new Connection<>(edges, new PageInfo(more, edges.isEmpty() ? null : edges.getLast().cursor()));
        }
    }

    /** What the GraphQL {@code IngestFile} type returns; names match the schema. */
    record IngestFile(String sha256, String sourceId, String path, String name, String status, String reason, String statementError,
                      boolean needsOcr, long documents, String parent, String caseId, String partner, String legalBasis, long attempts,
                      String started, String finished) {

        static IngestFile of(IngestFileStatus f) {
            String path = f.path();
            int cut = Math.max(path.lastIndexOf("!/") + 1, Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')));
            return new IngestFile(f.sha256(), f.sourceId(), path, path.substring(cut + 1), f.status().toUpperCase(Locale.ROOT), f.error(),
                    f.statementError(), f.needsOcr(), f.documents(), f.parent(), f.caseId(), f.partner(), f.legalBasis(), f.attempts(),
                    f.startedAt() == null ? null : f.startedAt().toString(), f.finishedAt() == null ? null : f.finishedAt().toString());
        }
    }

    @QueryMapping
    IngestJobView ingestJob(@Argument String id) {
        return jobs.job(id).map(IngestJob::view).orElse(null);
    }

    @QueryMapping
    Connection<IngestJobView> ingestJobs(@Argument Integer first, @Argument String after) {
        int n = size("first", first, 20, MAX_JOBS);
        List<IngestJob> all = jobs.jobs();
        int from = 0;
        if (after != null) {
            String id = decode(after, "j");
            from = -1;
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).id().equals(id)) {
                    from = i + 1;
                }
            }
            if (from < 0) {
                throw new IllegalArgumentException("after: no ingest job " + id + " (was it removed?)");
            }
        }
        List<Edge<IngestJobView>> edges = all.subList(from, Math.min(all.size(), from + n)).stream()
                .map(j -> new Edge<>(encode("j", j.id()), j.view())).toList();
        return Connection.of(edges, from + n < all.size());
    }

    @QueryMapping
    Connection<IngestFile> ingestFiles(@Argument List<String> status, @Argument("case") String caseId, @Argument Integer first,
                                       @Argument String after) {
        int n = size("first", first, 50, MAX_FILES);
        IngestFiles.After from = null;
        if (after != null) {
            String key = decode(after, "f");
            int sep = key.lastIndexOf('\n');
            if (sep < 0) {
                throw new IllegalArgumentException("after is not a cursor this API gave: " + after);
            }
            from = new IngestFiles.After(key.substring(0, sep), key.substring(sep + 1));
        }
        List<String> statuses = status == null ? List.of() : status.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
        List<IngestFileStatus> page = jobs.files().page(statuses, caseId, from, n + 1);
        List<Edge<IngestFile>> edges = new ArrayList<>();
        for (IngestFileStatus f : page.subList(0, Math.min(n, page.size()))) {
            edges.add(new Edge<>(encode("f", f.path() + "\n" + f.sourceId()), IngestFile.of(f)));
        }
        return Connection.of(edges, page.size() > n);
    }

    @QueryMapping
    IngestFile ingestFile(@Argument String sha256, @Argument("case") String caseId) {
        String sha = sha256.strip().toLowerCase(Locale.ROOT);
        if (!SHA256.matcher(sha).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 hex digits, got \"" + sha256 + "\"");
        }
        if (caseId == null) {
            return jobs.files().status(sha).map(IngestFile::of).orElse(null);
        }
        // Of several deliveries for one case (other partners or bases), the one worked on last.
        return jobs.files().deliveries(sha).stream().filter(f -> caseId.equals(f.caseId()))
                .max(java.util.Comparator.comparing((IngestFileStatus f) -> f.startedAt() == null ? java.time.Instant.EPOCH : f.startedAt()))
                .map(IngestFile::of).orElse(null);
    }

    private static int size(String name, Integer value, int otherwise, int max) {
        int n = value == null ? otherwise : value;
        if (n < 0 || n > max) {
            throw new IllegalArgumentException(name + " must be 0.." + max + ", got " + n);
        }
        return n;
    }

    private static String encode(String tag, String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((tag + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor, String tag) {
        String key;
        try {
            key = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            key = "";
        }
        if (!key.startsWith(tag + ":")) {
            throw new IllegalArgumentException("after is not a cursor this API gave: " + cursor);
        }
        return key.substring(tag.length() + 1);
    }
}
