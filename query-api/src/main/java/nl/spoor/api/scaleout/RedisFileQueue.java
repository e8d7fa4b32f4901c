package nl.spoor.api.scaleout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.lettuce.core.Consumer;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAutoClaimArgs;
import io.lettuce.core.XClaimArgs;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;

/**
 * The ingest queue between processes: one Redis stream ({@link ScaleOutSettings#STREAM}) read by one
 * consumer group ({@link ScaleOutSettings#GROUP}), one entry per file.
 *
 * <p>A worker reads entries with XREADGROUP; they stay in the group's pending list, under its name,
 * until it acknowledges them (XACK, then XDEL so the stream holds only open work) after their facts
 * are committed. A worker that dies leaves its entries pending; once nobody has touched them for
 * {@code claimAfter}, another worker takes them over with XAUTOCLAIM. A live worker touches its
 * entries (XCLAIM to itself, JUSTID) while it works, so a long document is not taken from it.
 *
 * <p>Lettuce multiplexes one connection; a blocking read holds it, so touches and depth questions have their own.
 */
public final class RedisFileQueue implements AutoCloseable {

    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;
    private final StatefulRedisConnection<String, String> side;
    private final String stream;
    private final String group;

    private RedisFileQueue(RedisClient client, String stream, String group) {
        this.client = client;
        this.stream = stream;
        this.group = group;
        try {
            this.connection = client.connect();
            this.side = client.connect();
        } catch (RuntimeException e) {
            client.shutdown();
            throw new IllegalStateException("The queue at SPOOR_REDIS_URI cannot be reached (is Redis running, is the URI right?): " + e.getMessage(), e);
        }
        createGroup();
    }

    public static RedisFileQueue connect(ScaleOutSettings settings) {
        RedisClient client = RedisClient.create(settings.redisUri().toString());
        return new RedisFileQueue(client, ScaleOutSettings.STREAM, ScaleOutSettings.GROUP);
    }

    /** Creates the stream and the group from its start, unless they exist: every process may call it. */
    private void createGroup() {
        try {
            redis().xgroupCreate(XReadArgs.StreamOffset.from(stream, "0"), group, XGroupCreateArgs.Builder.mkstream());
        } catch (RedisCommandExecutionException e) {
            if (e.getMessage() == null || !e.getMessage().startsWith("BUSYGROUP")) {
                throw e;
            }
        }
    }

    private RedisCommands<String, String> redis() {
        return connection.sync();
    }

    /** Appends the tasks, in order; returns their entry ids. */
    public List<String> publish(List<FileTask> tasks) {
        List<String> ids = new ArrayList<>();
        for (FileTask t : tasks) {
            ids.add(redis().xadd(stream, t.fields()));
        }
        return ids;
    }

    /** Up to {@code count} entries no worker has had yet, waiting up to {@code wait} for the first. */
    public List<Entry> next(String consumer, int count, Duration wait) {
        List<StreamMessage<String, String>> read = redis().xreadgroup(Consumer.from(group, consumer),
                XReadArgs.Builder.count(count).block(wait), XReadArgs.StreamOffset.lastConsumed(stream));
        return entries(read);
    }

    /** Up to {@code count} entries of other (dead) workers untouched for {@code idle}, now this worker's. */
    public List<Entry> claimAbandoned(String consumer, int count, Duration idle) {
        var claimed = redis().xautoclaim(stream, XAutoClaimArgs.Builder.xautoclaim(Consumer.from(group, consumer), idle, "0-0").count(count));
        return entries(claimed.getMessages());
    }

    /** Resets the idle time of entries this worker is working on (they remain, or become again, its own). */
    public void touch(String consumer, List<String> ids) {
        if (!ids.isEmpty()) {
            side.sync().xclaim(stream, Consumer.from(group, consumer), XClaimArgs.Builder.minIdleTime(0).justid(), ids.toArray(String[]::new));
        }
    }

    /** Acknowledges entries whose facts are committed and removes them from the stream. */
    public void done(List<String> ids) {
        if (!ids.isEmpty()) {
            String[] a = ids.toArray(String[]::new);
            redis().xack(stream, group, a);
            redis().xdel(stream, a);
        }
    }

    /**
     * Files waiting or being ingested: the stream's length, since finished entries are deleted. The
     * number to watch (and to scale workers on).
     */
    public long depth() {
        return side.sync().xlen(stream);
    }

    /** Of {@link #depth}, those a worker holds (read or claimed, not yet acknowledged). */
    public long inProgress() {
        return side.sync().xpending(stream, group).getCount();
    }

    /** Entries the named worker holds (read or claimed, not acknowledged). */
    public long heldBy(String consumer) {
        return side.sync().xpending(stream, Consumer.from(group, consumer), Range.create("-", "+"), Limit.from(10_000)).size();
    }

    private static List<Entry> entries(List<StreamMessage<String, String>> read) {
        List<Entry> out = new ArrayList<>();
        if (read != null) {
            for (StreamMessage<String, String> m : read) {
                // XAUTOCLAIM returns entries deleted meanwhile without a body.
                if (m.getBody() != null && !m.getBody().isEmpty()) {
                    out.add(new Entry(m.getId(), FileTask.of(m.getId(), m.getBody())));
                }
            }
        }
        return out;
    }

    /** A stream entry and the task it holds. */
    public record Entry(String id, FileTask task) {
    }

    @Override
    public void close() {
        side.close();
        connection.close();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}
