package nl.spoor.api.ingest;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import nl.spoor.api.access.AccessContext;
import nl.spoor.api.access.AccessPolicy;
import nl.spoor.api.access.AccessRefusal;
import nl.spoor.api.access.CurrentUser;
import nl.spoor.api.access.PurposeBinding;
import nl.spoor.api.access.SpoorUser;

/**
 * {@code POST /api/ingest/uploads} (multipart: {@code files}, one or more, and the form fields
 * {@code case}, {@code partner}, {@code basis}, {@code retainUntil}) answers 202 with the queued job;
 * {@code GET /api/ingest/jobs/{id}} its progress; {@code GET /api/ingest/jobs/{id}/events} the same as
 * server-sent events ({@link JobEvents}). Errors are RFC 9457 problem details; a missing or bad form
 * field is a 400 naming it in {@code fields}. Access: {@link AccessPolicy#UPLOAD} (a purpose in the
 * {@value AccessContext#PURPOSE_HEADER} header) and {@link AccessPolicy#UPLOAD_STATUS}; refused is a 403
 * with the reason in {@code refused}.
 */
@RestController
@RequestMapping("/api/ingest")
class UploadController {

    /** An events stream ends after this long; EventSource clients reconnect and get the state again. */
    private static final long EVENTS_TIMEOUT_MILLIS = 60 * 60 * 1000L;

    private final IngestJobs jobs;
    private final PurposeBinding binding;

    UploadController(IngestJobs jobs, PurposeBinding binding) {
        this.jobs = jobs;
        this.binding = binding;
    }

    @PostMapping(path = "/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> upload(@RequestParam(name = "files", required = false) List<MultipartFile> files,
                             @RequestParam(name = "case", required = false) String caseId,
                             @RequestParam(name = "partner", required = false) String partner,
                             @RequestParam(name = "basis", required = false) String basis,
                             @RequestParam(name = "retainUntil", required = false) String retainUntil,
                             @RequestHeader(name = AccessContext.PURPOSE_HEADER, required = false) String purpose) {
        SpoorUser user = CurrentUser.get().orElseThrow();
        try {
            PurposeBinding.require(AccessPolicy.UPLOAD, user, binding.resolve(user, purpose));
        } catch (AccessRefusal refusal) {
            return refused(refusal);
        }
        List<String> missing = new ArrayList<>();
        for (String[] field : new String[][] {{caseId, "case"}, {partner, "partner"}, {basis, "basis"}, {retainUntil, "retainUntil"}}) {
            if (field[0] == null || field[0].isBlank()) {
                missing.add(field[1]);
            }
        }
        List<MultipartFile> sent = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty() || f.getOriginalFilename() != null).toList();
        if (sent.isEmpty()) {
            missing.add("files");
        }
        if (!missing.isEmpty()) {
            return badRequest(missing, "Missing form field" + (missing.size() > 1 ? "s" : "") + ": " + String.join(", ", missing)
                    + ". An upload needs its files and the case it was received for, the partner that supplied it, the legal basis "
                    + "(basis) and the last day it may be kept (retainUntil, yyyy-mm-dd): provenance is mandatory.");
        }
        LocalDate until;
        try {
            until = LocalDate.parse(retainUntil.strip());
        } catch (DateTimeParseException e) {
            return badRequest(List.of("retainUntil"), "retainUntil \"" + retainUntil + "\" is not a date yyyy-mm-dd");
        }
        IngestJob job = jobs.accept(new IngestJob.Delivery(caseId.strip(), partner.strip(), basis.strip(), until), sent);
        return ResponseEntity.accepted().location(URI.create(IngestJobs.statusUrl(job.id()))).body(job.view());
    }

    @GetMapping("/jobs/{id}")
    ResponseEntity<?> job(@PathVariable String id) {
        try {
            PurposeBinding.require(AccessPolicy.UPLOAD_STATUS, CurrentUser.get().orElseThrow(), PurposeBinding.Resolved.NONE);
        } catch (AccessRefusal refusal) {
            return refused(refusal);
        }
        return jobs.job(id).<ResponseEntity<?>>map(j -> ResponseEntity.ok(j.view())).orElseGet(() -> notFound(id));
    }

    @GetMapping(path = "/jobs/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Object events(@PathVariable String id) {
        try {
            PurposeBinding.require(AccessPolicy.UPLOAD_STATUS, CurrentUser.get().orElseThrow(), PurposeBinding.Resolved.NONE);
        } catch (AccessRefusal refusal) {
            return refused(refusal);
        }
        return jobs.job(id).<Object>map(j -> jobs.events().subscribe(j, EVENTS_TIMEOUT_MILLIS)).orElseGet(() -> notFound(id));
    }

    private static ResponseEntity<ProblemDetail> badRequest(List<String> fields, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Bad upload");
        problem.setProperty("fields", fields);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Refused by access control: 403 with the reason in {@code refused}, as GraphQL's {@code extensions.refused}. */
    private static ResponseEntity<ProblemDetail> refused(AccessRefusal refusal) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, refusal.getMessage());
        problem.setTitle("Refused");
        problem.setProperty("refused", refusal.reason().name());
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ResponseEntity<ProblemDetail> notFound(String id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No ingest job " + id);
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
