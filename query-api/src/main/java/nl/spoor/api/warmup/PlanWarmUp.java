package nl.spoor.api.warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.spoor.api.visibility.View;
import nl.spoor.model.store.SpoorStore;

/**
 * Has Neo4j plan every pattern query the API runs as soon as the server is up, so that a user's first question
 * does not pay the planning (0.7–6.6 s per query on the quiet large world, 15–40 s under load: more than the
 * GraphQL timeout). Neo4j caches a plan by query text, parameter types (a list's type includes the order of
 * magnitude of its length) and whether the transaction has changes; {@code EXPLAIN} plans a query without running
 * it and fills the same cache entry the real call then hits (PlanWarmUpTest observes it).
 *
 * <p>The statements are not copied here: every {@link QueryPlans} calls its queries' own code with the warm-up
 * {@link Form} active on its thread, and that code sends its text through {@link #cypher(String)}, which prefixes
 * {@code EXPLAIN} while a warm-up runs. One background thread; requests are answered meanwhile. A failing plan is
 * logged with its family and form and the others go on. {@code SPOOR_PLAN_WARMUP=false} switches it off.
 */
@Component
public class PlanWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(PlanWarmUp.class);
    private static final ThreadLocal<Run> ACTIVE = new ThreadLocal<>();

    /**
     * The representative values a form gives to the parameters whose type, or list-length magnitude, the plan depends on.
     *
     * @param name     for the log: "unscoped, every source", "scoped to 12 accounts, 40 of 41 sources", …
     * @param view     the view whose text (View.cypher) and parameters the queries get: unrestricted or restricted
     * @param accounts a scope's accounts (placeholder Spoor ids, a real scope's typical count), or null when unscoped
     */
    public record Form(String name, View view, List<String> accounts) {

        public boolean scoped() {
            return accounts != null;
        }

        /** A placeholder Spoor id of a scope's entity (a warm-up never runs the query, so nothing is looked up). */
        public String entity() {
            return scoped() ? accounts.getFirst() : null;
        }
    }

    /**
     * What one warm-up run did: the statements it planned (their texts), the failures, how long it took in all and per
     * family (every form): what the log line, the tests and a benchmark report.
     */
    public record Outcome(int planned, List<String> failures, List<String> texts, long millis, Map<String, Long> millisByFamily) {
    }

    private static final class Run {
        final Form form;
        final List<String> texts;
        final AtomicInteger planned;

        Run(Form form, List<String> texts, AtomicInteger planned) {
            this.form = form;
            this.texts = texts;
            this.planned = planned;
        }
    }

    private final SpoorStore store;
    private final List<QueryPlans.Family> families;
    private final boolean enabled;
    private final AtomicReference<Outcome> last = new AtomicReference<>();

    public PlanWarmUp(SpoorStore store, List<QueryPlans> families, @Value("${SPOOR_PLAN_WARMUP:true}") boolean enabled) {
        this.store = store;
        this.families = families.stream().flatMap(f -> f.families().stream()).toList();
        this.enabled = enabled;
    }

    /**
     * The text to send: {@code cypher} without its leading comment lines and, while a warm-up runs on this thread, with
     * {@code EXPLAIN} before it, so that Neo4j plans it and runs nothing. Neo4j keys a plan by the text after its
     * options ({@code EXPLAIN}, {@code CYPHER 25}): after {@code EXPLAIN} a leading comment is skipped, without it the
     * comment is part of the key; so the comments go in both cases (they are for the reader of the resource).
     */
    public static String cypher(String cypher) {
        String text = withoutLeadingComments(cypher);
        Run run = ACTIVE.get();
        if (run == null) {
            return text;
        }
        run.planned.incrementAndGet();
        run.texts.add(text);
        return "EXPLAIN " + text;
    }

    static String withoutLeadingComments(String cypher) {
        int at = 0;
        while (at < cypher.length()) {
            int end = cypher.indexOf('\n', at);
            String line = (end < 0 ? cypher.substring(at) : cypher.substring(at, end)).strip();
            if (!line.isEmpty() && !line.startsWith("//")) {
                break;
            }
            at = end < 0 ? cypher.length() : end + 1;
        }
        return cypher.substring(at);
    }

    /** Whether this thread is warming plans (a query's code then gets no rows back and must not need any). */
    public static boolean active() {
        return ACTIVE.get() != null;
    }

    /** The form being warmed on this thread. */
    public static Form form() {
        Run run = ACTIVE.get();
        if (run == null) {
            throw new IllegalStateException("No plan warm-up runs on this thread");
        }
        return run.form;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!enabled) {
            LOG.info("Plan warm-up is off (SPOOR_PLAN_WARMUP=false): each pattern query is planned at its first use");
            return;
        }
        Thread t = new Thread(this::warm, "spoor-plan-warm-up");
        // One statement at a time: a request meanwhile waits at most for the plan of its own statement, if that is the
        // one being made (Neo4j plans a query text once and lets the others wait for it), never for the whole warm-up.
        t.setDaemon(true);
        t.start();
    }

    /** Whether the server warms plans when it is up (SPOOR_PLAN_WARMUP). */
    public boolean enabled() {
        return enabled;
    }

    /** The outcome of the last warm-up, or null while none has finished. */
    public Outcome last() {
        return last.get();
    }

    /** Plans every family in every form, one after the other on this thread; logs one line at the end. */
    public Outcome warm() {
        long start = System.nanoTime();
        List<String> texts = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger planned = new AtomicInteger();
        List<String> failures = new ArrayList<>();
        List<Form> forms = forms();
        Map<String, Long> byFamily = new java.util.LinkedHashMap<>();
        for (Form form : forms) {
            for (QueryPlans.Family family : families) {
                ACTIVE.set(new Run(form, texts, planned));
                long familyStart = System.nanoTime();
                try {
                    family.plan().accept(form);
                } catch (RuntimeException e) {
                    String failure = family.name() + " (" + form.name() + "): " + firstLine(e);
                    failures.add(failure);
                    LOG.warn("Plan warm-up: {} failed to plan; it is planned at its first use instead: {}", family.name() + " (" + form.name() + ")",
                            firstLine(e));
                } finally {
                    ACTIVE.remove();
                    byFamily.merge(family.name(), (System.nanoTime() - familyStart) / 1_000_000, Long::sum);
                }
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        Outcome outcome = new Outcome(planned.get(), List.copyOf(failures), List.copyOf(texts), millis,
                java.util.Collections.unmodifiableMap(byFamily));
        last.set(outcome);
        LOG.info("Plan warm-up: {} plans of {} query families in {} forms in {} s{}", outcome.planned(), families.size(), forms.size(),
                String.format(java.util.Locale.ROOT, "%.1f", millis / 1000.0),
                failures.isEmpty() ? "" : " (" + failures.size() + " failed: " + String.join("; ", failures) + ")");
        LOG.debug("Plan warm-up per family (ms, all forms): {}", byFamily);
        return outcome;
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /**
     * The forms a request can take: unrestricted and restricted view (the text View.cypher fills in differs, and the
     * restricted one has list parameters), each unscoped and scoped. A scope's accounts and a restricted view's
     * sources are lists: Neo4j plans a list of 2–10 apart from one of 11–100, so the scoped forms take the
     * magnitudes of an entity with its counterparties (up to 10, up to 100), the restricted view that of the store's sources.
     */
    List<Form> forms() {
        View all = View.internal();
        View restricted = restrictedView();
        List<Form> out = new ArrayList<>();
        for (View view : List.of(all, restricted)) {
            String sees = view.all() ? "every source" : view.usable().size() + " usable sources";
            out.add(new Form("unscoped, " + sees, view, null));
            for (int n : SCOPE_SIZES) {
                out.add(new Form("scoped to " + n + " accounts, " + sees, view, placeholders(n)));
            }
        }
        return out;
    }

    /** A placeholder Spoor id of the length of real ones. */
    public static final String SPOOR_ID = placeholders(1).getFirst();

    /** The lengths of a scope's account list that are warmed (each stands for its order of magnitude). */
    public static final int[] SCOPE_SIZES = {5, 50};

    /**
     * {@code n} placeholder Spoor ids, for a list parameter whose length (not content) a plan depends on. A string's length
     * is in the key too (to its order of magnitude): they are as long as real ones (iban:NL91ABNA0417164300, kvk:64567123).
     */
    public static List<String> placeholders(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(String.format(java.util.Locale.ROOT, "warm-up:%013d", i));
        }
        return out;
    }

    /**
     * A view that may use all sources but one: a purpose's usable sources are of the store's magnitude, and only the
     * list's magnitude, not its content, is in the plan's key.
     */
    private View restrictedView() {
        List<String> sources;
        try (var s = store.driver().session(store.sessionConfig())) {
            sources = s.executeRead(tx -> tx.run("MATCH (s:Source) RETURN s.sourceId AS id ORDER BY id LIMIT 100000").list(r -> r.get("id").asString()));
        }
        Set<String> usable = new java.util.LinkedHashSet<>(sources.isEmpty() ? List.of() : sources.subList(1, sources.size()));
        return new View(false, usable, false, false, java.time.LocalDate.now(), "plan warm-up");
    }
}
