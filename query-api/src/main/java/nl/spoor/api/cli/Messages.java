package nl.spoor.api.cli;

/** One readable line for an error: the deepest message that says something. */
final class Messages {

    private Messages() {
    }

    static String of(Throwable ex) {
        Throwable t = ex;
        String best = ex.getMessage();
        while (t != null) {
            if (t instanceof nl.spoor.model.store.StoreException || t instanceof IllegalArgumentException) {
                return t.getMessage();
            }
            if (t.getMessage() != null) {
                best = t.getMessage();
            }
            t = t.getCause();
        }
        return best == null ? ex.getClass().getSimpleName() : best;
    }
}
