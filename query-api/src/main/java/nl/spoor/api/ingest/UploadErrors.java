package nl.spoor.api.ingest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * An upload refused while it is read, before any controller sees it: too large (413) or not readable
 * as multipart (400). Global, because the multipart parse happens before a handler is chosen.
 */
@RestControllerAdvice
class UploadErrors {

    private final IngestSettings settings;

    UploadErrors(IngestSettings settings) {
        this.settings = settings;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "The upload is too large: at most " + settings.maxFile().toMegabytes() + " MB (" + settings.maxFile().toBytes()
                        + " bytes) per file and " + settings.maxRequest().toMegabytes() + " MB per upload "
                        + "(SPOOR_UPLOAD_MAX_FILE, SPOOR_UPLOAD_MAX_REQUEST). Nothing was stored. " + rootMessage(e));
        problem.setTitle("Upload too large");
        problem.setProperty("maxFileBytes", settings.maxFile().toBytes());
        problem.setProperty("maxRequestBytes", settings.maxRequest().toBytes());
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadable(MultipartException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The upload could not be read as multipart/form-data: " + rootMessage(e));
        problem.setTitle("Bad upload");
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? "" : t.getMessage();
    }
}
