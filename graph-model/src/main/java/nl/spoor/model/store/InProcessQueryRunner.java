package nl.spoor.model.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.NoSuchRecordException;
import org.neo4j.driver.internal.InternalRecord;
import org.neo4j.driver.summary.DatabaseInfo;
import org.neo4j.driver.summary.GqlStatusObject;
import org.neo4j.driver.summary.Notification;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.ProfiledPlan;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;
import org.neo4j.driver.summary.ServerInfo;
import org.neo4j.driver.summary.SummaryCounters;
import org.neo4j.graphdb.QueryStatistics;
import org.neo4j.graphdb.Transaction;

/**
 * The driver's {@link SimpleQueryRunner} over an in-process {@link Transaction}, so that code written
 * against the driver runs unchanged in this JVM. Parameters pass through the driver's own value
 * conversion first, so Cypher sees exactly what it would over Bolt (an {@code Integer} arrives as an
 * integer of 64 bits, an array as a list); results are read whole when the statement runs and handed back
 * as driver {@link Record}s. Only values come back: a statement that returns a node, relationship or path
 * is refused with a clear error (the statements run this way return ids, counts and properties). The
 * summary holds the statement's counters; plans, notifications and server details are not known here.
 */
final class InProcessQueryRunner implements SimpleQueryRunner {

    private final Transaction tx;

    InProcessQueryRunner(Transaction tx) {
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public Result run(Query query) {
        return execute(query.text(), query.parameters(), query);
    }

    @Override
    public Result run(String query, Value parameters) {
        Value p = parameters == null ? Values.EmptyMap : parameters;
        return execute(query, p, new Query(query, p));
    }

    @Override
    public Result run(String query, Map<String, Object> parameters) {
        return run(query, parameters == null ? Values.EmptyMap : Values.value(parameters));
    }

    @Override
    public Result run(String query, Record parameters) {
        return run(query, parameters == null ? Values.EmptyMap : Values.value(parameters.asMap()));
    }

    @Override
    public Result run(String query) {
        return run(query, Values.EmptyMap);
    }

    private Result execute(String text, Value parameters, Query query) {
        List<Record> records = new ArrayList<>();
        List<String> keys;
        QueryStatistics statistics;
        try (org.neo4j.graphdb.Result result = tx.execute(text, parameters.asMap())) {
            keys = List.copyOf(result.columns());
            while (result.hasNext()) {
                Map<String, Object> row = result.next();
                List<Value> values = new ArrayList<>(keys.size());
                for (String key : keys) {
                    values.add(value(key, row.get(key)));
                }
                records.add(new InternalRecord(keys, values));
            }
            statistics = result.getQueryStatistics();
        }
        return new Materialised(keys, records, new Summary(query, Counters.of(statistics)));
    }

    private static Value value(String key, Object o) {
        if (o instanceof org.neo4j.graphdb.Entity || o instanceof org.neo4j.graphdb.Path
                || o instanceof Iterable<?> list && containsEntity(list)) {
            throw new IllegalArgumentException("Column '" + key + "' holds a node, relationship or path; a statement run in process returns values only");
        }
        return Values.value(o);
    }

    private static boolean containsEntity(Iterable<?> list) {
        for (Object o : list) {
            if (o instanceof org.neo4j.graphdb.Entity || o instanceof org.neo4j.graphdb.Path) {
                return true;
            }
        }
        return false;
    }

    /** A result read whole when the statement ran. */
    private static final class Materialised implements Result {
        private final List<String> keys;
        private final List<Record> records;
        private final ResultSummary summary;
        private int next;

        Materialised(List<String> keys, List<Record> records, ResultSummary summary) {
            this.keys = keys;
            this.records = records;
            this.summary = summary;
        }

        @Override
        public List<String> keys() {
            return keys;
        }

        @Override
        public boolean hasNext() {
            return next < records.size();
        }

        @Override
        public Record next() {
            if (!hasNext()) {
                throw new NoSuchRecordException("No more records");
            }
            return records.get(next++);
        }

        @Override
        public Record single() {
            int left = records.size() - next;
            if (left == 0) {
                throw new NoSuchRecordException("Cannot retrieve a single record, because this result is empty.");
            }
            if (left > 1) {
                throw new NoSuchRecordException("Expected a result with a single record, but this result contains at least one more.");
            }
            return next();
        }

        @Override
        public Record peek() {
            if (!hasNext()) {
                throw new NoSuchRecordException("Cannot peek past the last record");
            }
            return records.get(next);
        }

        @Override
        public Stream<Record> stream() {
            List<Record> rest = records.subList(next, records.size());
            next = records.size();
            return rest.stream();
        }

        @Override
        public List<Record> list() {
            return stream().toList();
        }

        @Override
        public <T> List<T> list(Function<Record, T> mapFunction) {
            return stream().map(mapFunction).toList();
        }

        @Override
        public ResultSummary consume() {
            next = records.size();
            return summary;
        }

        @Override
        public boolean isOpen() {
            return hasNext();
        }
    }

    private record Counters(int nodesCreated, int nodesDeleted, int relationshipsCreated, int relationshipsDeleted, int propertiesSet,
                            int labelsAdded, int labelsRemoved, int indexesAdded, int indexesRemoved, int constraintsAdded,
                            int constraintsRemoved, int systemUpdates, boolean containsUpdates, boolean containsSystemUpdates)
            implements SummaryCounters {
        static Counters of(QueryStatistics s) {
            return new Counters(s.getNodesCreated(), s.getNodesDeleted(), s.getRelationshipsCreated(), s.getRelationshipsDeleted(),
                    s.getPropertiesSet(), s.getLabelsAdded(), s.getLabelsRemoved(), s.getIndexesAdded(), s.getIndexesRemoved(),
                    s.getConstraintsAdded(), s.getConstraintsRemoved(), s.getSystemUpdates(), s.containsUpdates(), s.containsSystemUpdates());
        }
    }

    private record Summary(Query query, SummaryCounters counters) implements ResultSummary {
        @Override
        public QueryType queryType() {
            throw unknown("the query type");
        }

        @Override
        public boolean hasPlan() {
            return false;
        }

        @Override
        public boolean hasProfile() {
            return false;
        }

        @Override
        public Plan plan() {
            throw unknown("a plan");
        }

        @Override
        public ProfiledPlan profile() {
            throw unknown("a profile");
        }

        @Override
        public List<Notification> notifications() {
            return List.of();
        }

        @Override
        public Set<GqlStatusObject> gqlStatusObjects() {
            return Set.of();
        }

        @Override
        public long resultAvailableAfter(TimeUnit unit) {
            return -1;
        }

        @Override
        public long resultConsumedAfter(TimeUnit unit) {
            return -1;
        }

        @Override
        public ServerInfo server() {
            throw unknown("server details");
        }

        @Override
        public DatabaseInfo database() {
            throw unknown("database details");
        }

        private static UnsupportedOperationException unknown(String what) {
            return new UnsupportedOperationException("A statement run in process has no " + what + " in its summary; run it through the driver");
        }
    }
}
