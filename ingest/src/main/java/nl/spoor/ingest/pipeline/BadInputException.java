package nl.spoor.ingest.pipeline;

/** A file that cannot be ingested as it is (corrupt, encrypted, empty, over a limit): it is quarantined with this reason. */
public final class BadInputException extends Exception {
    public BadInputException(String reason) {
        super(reason);
    }

    public BadInputException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
