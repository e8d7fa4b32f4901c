package nl.spoor.api.ingest;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
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
                "The upload is too large: at most " + shown(settings.maxFile()) + " per file and " + shown(settings.maxRequest())
                        + " per upload (SPOOR_UPLOAD_MAX_FILE, SPOOR_UPLOAD_MAX_REQUEST). Nothing was stored. " + rootMessage(e));
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

    /** 512 MB, 2 GB, 64 KB: the largest unit the size is a whole number of. */
    static String shown(DataSize size) {
        long b = size.toBytes();
        for (String[] unit : new String[][] {{"GB", "30"}, {"MB", "20"}, {"KB", "10"}}) {
            long per = 1L << Integer.parseInt(unit[1]);
            if (b >= per && b % per == 0) {
                return b / per + " " + unit[0];
            }
        }
        return b + " bytes";
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? "" : t.getMessage();
    }
}
