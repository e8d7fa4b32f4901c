package nl.spoor.model.writer;

/** A batch could not be written; the message names the facts at fault. What was committed before stays. */
public class GraphWriteException extends RuntimeException {
    public GraphWriteException(String message) {
        super(message);
    }
}
