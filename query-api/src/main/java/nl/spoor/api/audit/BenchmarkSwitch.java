package nl.spoor.api.audit;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The consultation log's only off switch, for {@code spoor bench queries} to time the same queries with
 * and without logging in one server. It is not a setting: no property or environment variable reaches it;
 * only a program that starts the server itself can install it ({@link #install}), so {@code spoor serve}
 * always logs (DESIGN §6: the log is always on).
 */
public final class BenchmarkSwitch {

    private volatile boolean logging = true;

    /** Whether requests are logged now. */
    public boolean logging() {
        return logging;
    }

    public void logging(boolean on) {
        this.logging = on;
    }

    /** Puts this switch into a server that is being started, before its beans are made. */
    public ApplicationContextInitializer<GenericApplicationContext> install() {
        return context -> context.registerBean(BenchmarkSwitch.class, () -> this);
    }
}
