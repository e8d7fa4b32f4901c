package nl.spoor.api.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.spoor.api.access.AccessContext;
import nl.spoor.api.access.CurrentUser;
import nl.spoor.api.access.Purpose;
import nl.spoor.api.access.PurposeBinding;
import nl.spoor.api.access.Role;
import nl.spoor.api.access.SpoorUser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes every upload ({@code POST /api/ingest/uploads}) to the consultation log when it is done: who, for
 * which purpose, the delivery's form fields and file names, and whether it was accepted (202), refused (4xx,
 * with the status) or failed. The signed-in user and the purpose (with its legal basis, when the user may use
 * it) are resolved as the upload endpoint resolves them ({@link CurrentUser}, {@link PurposeBinding}).
 */
final class UploadConsultations implements HandlerInterceptor {

    static final String PATH = "/api/ingest/uploads";

    private static final Logger LOG = LoggerFactory.getLogger(UploadConsultations.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ARRIVED = UploadConsultations.class.getName() + ".arrived";

    private final ConsultationLog log;
    private final PurposeBinding binding;
    private final BenchmarkSwitch benchmark;

    UploadConsultations(ConsultationLog log, PurposeBinding binding, BenchmarkSwitch benchmark) {
        this.log = log;
        this.binding = binding;
        this.benchmark = benchmark;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        request.setAttribute(ARRIVED, Instant.now());
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (benchmark != null && !benchmark.logging()) {
            return;
        }
        int status = response.getStatus();
        Consultation.Outcome outcome = ex != null || status >= 500 ? Consultation.Outcome.ERROR
                : status >= 400 ? Consultation.Outcome.REFUSED : Consultation.Outcome.ANSWERED;
        String reason = ex != null ? String.valueOf(ex.getMessage()) : status >= 400 ? "HTTP " + status : "";
        String purpose = request.getHeader(AccessContext.PURPOSE_HEADER);
        SpoorUser user = CurrentUser.get().orElse(null);
        Optional<Purpose> accepted = user == null ? Optional.empty() : binding.resolve(user, purpose).purpose();
        Map<String, Object> form = new LinkedHashMap<>();
        for (String field : List.of("case", "partner", "basis", "retainUntil")) {
            form.put(field, request.getParameter(field));
        }
        if (request instanceof MultipartHttpServletRequest multipart) {
            form.put("files", multipart.getFiles("files").stream().map(MultipartFile::getOriginalFilename).toList());
        }
        Instant arrived = request.getAttribute(ARRIVED) instanceof Instant i ? i : Instant.now();
        try {
            log.record(new ConsultationLog.Request(arrived, "upload",
                    user != null ? user.username() : "",
                    user != null ? user.roles().stream().map(Role::code).toList() : List.of(),
                    user != null ? user.organisation() : "",
                    accepted.map(Purpose::id).orElse(purpose == null ? "" : purpose.strip()),
                    accepted.map(Purpose::legalBasis).orElse(""),
                    request.getAttribute(nl.spoor.api.observability.RequestIds.ATTRIBUTE) instanceof String id ? id : request.getRequestId(),
                    "upload", "", null, JSON.writeValueAsString(form), List.of(request.getMethod() + " " + PATH), outcome, reason, List.of()));
        } catch (RuntimeException e) {
            // The upload's answer is already sent; the failure must at least be loud.
            LOG.error("The consultation log could not record an upload ({} {}, HTTP {})", request.getMethod(), PATH, status, e);
        }
    }
}
