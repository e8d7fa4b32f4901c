package nl.spoor.api.ingest;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The server-sent events of running jobs. A subscriber first gets a {@code progress} event with the
 * job as it stands, then a {@code progress} event whenever something changed (at most every
 * {@value #TICK_MILLIS} ms; without the per-file lists), and last a {@code done} or {@code failed}
 * event with the whole job, after which the stream ends. Subscribing to a finished job gives the
 * first and the last event at once.
 */
final class JobEvents implements AutoCloseable {

    static final long TICK_MILLIS = 250;

    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("ingest-events").daemon().factory());
    private final ConcurrentHashMap<String, Subscribers> subscribers = new ConcurrentHashMap<>();

    JobEvents() {
        ticker.scheduleWithFixedDelay(() -> subscribers.values().forEach(Subscribers::tick), TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    SseEmitter subscribe(IngestJob job, long timeoutMillis) {
        SseEmitter emitter = new SseEmitter(timeoutMillis);
        Subscribers s = subscribers.computeIfAbsent(job.id(), id -> new Subscribers(job));
        emitter.onCompletion(() -> s.remove(emitter));
        emitter.onTimeout(() -> s.remove(emitter));
        emitter.onError(e -> s.remove(emitter));
        if (!s.add(emitter)) {
            subscribers.remove(job.id(), s);
        }
        return emitter;
    }

    /** The job has ended (its state is DONE or FAILED): the last event to every subscriber. */
    void finished(IngestJob job) {
        Subscribers s = subscribers.remove(job.id());
        if (s != null) {
            s.finish();
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        subscribers.values().forEach(Subscribers::close);
        subscribers.clear();
    }

    private static final class Subscribers {
        private final IngestJob job;
        /** Each subscriber with the version of the job it last got. */
        private final java.util.Map<SseEmitter, Long> emitters = new java.util.LinkedHashMap<>();
        private boolean finished;

        Subscribers(IngestJob job) {
            this.job = job;
        }

        /** @return whether the emitter stays subscribed (false: the job had finished and it got everything) */
        synchronized boolean add(SseEmitter emitter) {
            long version = job.version();
            if (!send(emitter, "progress", version, job.view().summary())) {
                return true;
            }
            if (finished || job.isFinished()) {
                sendLast(emitter);
                return false;
            }
            emitters.put(emitter, version);
            return true;
        }

        synchronized void remove(SseEmitter emitter) {
            emitters.remove(emitter);
        }

        synchronized void tick() {
            long version = job.version();
            if (finished || emitters.values().stream().allMatch(v -> v == version)) {
                return;
            }
            IngestJobView summary = job.view().summary();
            // A copy: a failed send may call back into remove.
            for (var e : List.copyOf(emitters.entrySet())) {
                if (e.getValue() == version) {
                    continue;
                }
                if (send(e.getKey(), "progress", version, summary)) {
                    emitters.replace(e.getKey(), version);
                } else {
                    emitters.remove(e.getKey());
                }
            }
        }

        synchronized void finish() {
            finished = true;
            List.copyOf(emitters.keySet()).forEach(this::sendLast);
            emitters.clear();
        }

        synchronized void close() {
            emitters.keySet().forEach(SseEmitter::complete);
            emitters.clear();
        }

        private void sendLast(SseEmitter emitter) {
            IngestJobView view = job.view();
            if (send(emitter, view.state().toLowerCase(java.util.Locale.ROOT), job.version(), view)) {
                emitter.complete();
            }
        }

        /** @return false when the client has gone */
        private static boolean send(SseEmitter emitter, String name, long version, IngestJobView data) {
            try {
                emitter.send(SseEmitter.event().name(name).id(Long.toString(version)).data(data, MediaType.APPLICATION_JSON));
                return true;
            } catch (java.io.IOException | IllegalStateException e) {
                return false;
            }
        }
    }
}
