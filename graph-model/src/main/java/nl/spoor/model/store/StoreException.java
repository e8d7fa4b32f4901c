package nl.spoor.model.store;

/** The store could not be opened or used; the message says what to do about it. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
