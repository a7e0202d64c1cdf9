package io.github.tahsilat.persistence.jdbc;

import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.Page;
import io.github.tahsilat.persistence.spi.record.Actor;
import io.github.tahsilat.persistence.spi.record.ActorKind;
import io.github.tahsilat.persistence.spi.record.EventRecord;
import io.github.tahsilat.persistence.spi.record.NewEvent;
import io.github.tahsilat.persistence.spi.store.EventLog;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The event log in one table, numbered from a per-company counter row.
 *
 * <p>An append increments the company's counter and inserts the event in one statement. The counter
 * row stays locked until the appending transaction ends, so a company's appends run one at a time,
 * and an event becomes visible only after every event with a lower number has committed or rolled
 * back. A rollback also undoes the increment, so in practice the numbers have no gaps. Appends of
 * different companies do not wait for each other. {@link #appendAll} raises the counter by the
 * number of events and inserts them from SQL arrays, also in one statement.
 */
final class JdbcEventLog implements EventLog {

    private final JdbcTransactionRunner transactions;
    private final int fetchSize;
    private final String table;
    private final String appendSql;
    private final String appendAllSql;
    private final String readSql;

    JdbcEventLog(JdbcTransactionRunner transactions, JdbcOptions options) {
        this.transactions = transactions;
        this.fetchSize = options.fetchSize();
        this.table = options.tablePrefix() + "event";
        String counterTable = options.tablePrefix() + "event_counter";
        this.appendSql =
                "WITH next AS (INSERT INTO "
                        + counterTable
                        + " AS counter (company_id, last_sequence) VALUES (?, 1)"
                        + " ON CONFLICT (company_id)"
                        + " DO UPDATE SET last_sequence = counter.last_sequence + 1"
                        + " RETURNING last_sequence)"
                        + " INSERT INTO "
                        + table
                        + " (company_id, sequence, id, type, aggregate_id, payload, occurred_at,"
                        + " actor_kind, actor_id)"
                        + " SELECT ?, last_sequence, ?, ?, ?, jsonb_object(?::text[], ?::text[]),"
                        + " ?, ?, ? FROM next RETURNING sequence";
        // Event k of n, counted from 1, gets the sequence last_sequence - n + k. The payloads'
        // keys and values are sent as two flat arrays, and event k's pairs are the slice
        // [payload_from:payload_to] of both. A conflict on the id skips the row, so that the
        // store can name the stored id and then throw, which rolls the statement back.
        this.appendAllSql =
                Sql.raiseCounter(counterTable)
                        + " INSERT INTO "
                        + table
                        + " (company_id, sequence, id, type, aggregate_id, payload, occurred_at,"
                        + " actor_kind, actor_id)"
                        + " SELECT ?, next.last_sequence - ? + e.position, e.id, e.type,"
                        + " e.aggregate_id,"
                        + " jsonb_object((?::text[])[e.payload_from:e.payload_to],"
                        + " (?::text[])[e.payload_from:e.payload_to]),"
                        + " e.occurred_at, e.actor_kind, e.actor_id"
                        + " FROM next, unnest(?::uuid[], ?::text[], ?::uuid[], ?::int[], ?::int[],"
                        + " ?::text[]::timestamptz[], ?::text[], ?::text[]) WITH ORDINALITY"
                        + " AS e(id, type, aggregate_id, payload_from, payload_to, occurred_at,"
                        + " actor_kind, actor_id, position)"
                        + " ON CONFLICT (company_id, id) DO NOTHING"
                        + " RETURNING id, sequence";
        this.readSql =
                "SELECT company_id, sequence, id, type, aggregate_id, occurred_at, actor_kind,"
                        + " actor_id,"
                        + " ARRAY(SELECT key FROM jsonb_each_text(payload) ORDER BY key)"
                        + " AS payload_keys,"
                        + " ARRAY(SELECT value FROM jsonb_each_text(payload) ORDER BY key)"
                        + " AS payload_values"
                        + " FROM "
                        + table
                        + " WHERE company_id = ? AND sequence > ? ORDER BY sequence LIMIT ?";
    }

    @Override
    public EventRecord append(UUID companyId, NewEvent event) {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(event, "event");
        Instant occurredAt = Params.micros(event.occurredAt());
        SqlErrors errors =
                SqlErrors.of("append event " + event.id())
                        .onUnique(
                                table + "_id_key",
                                () ->
                                        new DuplicateKeyException(
                                                "EventRecord", "id", event.id().toString()));
        return transactions.call(
                connection -> {
                    List<String> keys = new ArrayList<>(event.payload().keySet());
                    List<String> values = new ArrayList<>(event.payload().values());
                    try (PreparedStatement statement = Sql.prepare(connection, appendSql)) {
                        new Params(statement)
                                .uuid(companyId)
                                .uuid(companyId)
                                .uuid(event.id())
                                .text(event.type())
                                .uuid(event.aggregateId())
                                .textArray(connection, keys)
                                .textArray(connection, values)
                                .instant(occurredAt)
                                .name(event.actor().kind())
                                .text(event.actor().id());
                        try (ResultSet rows = statement.executeQuery()) {
                            rows.next();
                            long sequence = rows.getLong(1);
                            return new EventRecord(
                                    companyId,
                                    sequence,
                                    event.id(),
                                    event.type(),
                                    event.aggregateId(),
                                    event.payload(),
                                    occurredAt,
                                    event.actor());
                        }
                    }
                },
                errors);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs one statement for all the events.
     */
    @Override
    public List<EventRecord> appendAll(UUID companyId, List<NewEvent> events) {
        Objects.requireNonNull(companyId, "companyId");
        List<NewEvent> copy = List.copyOf(events);
        if (copy.isEmpty()) {
            return List.of();
        }
        Set<UUID> ids = new HashSet<>();
        for (NewEvent event : copy) {
            if (!ids.add(event.id())) {
                throw duplicate(event.id());
            }
        }
        return transactions.call(
                connection -> insertAll(connection, companyId, copy),
                SqlErrors.of("append " + copy.size() + " events of company " + companyId));
    }

    private List<EventRecord> insertAll(
            Connection connection, UUID companyId, List<NewEvent> events) throws SQLException {
        List<String> keys = new ArrayList<>();
        List<String> values = new ArrayList<>();
        List<Integer> payloadFrom = new ArrayList<>(events.size());
        List<Integer> payloadTo = new ArrayList<>(events.size());
        List<Instant> occurredAt = new ArrayList<>(events.size());
        for (NewEvent event : events) {
            // SQL array slices are 1-based and include both bounds, so an empty payload is [k+1:k].
            payloadFrom.add(keys.size() + 1);
            keys.addAll(event.payload().keySet());
            values.addAll(event.payload().values());
            payloadTo.add(keys.size());
            occurredAt.add(Params.micros(event.occurredAt()));
        }
        Map<UUID, Long> sequences = new HashMap<>();
        try (PreparedStatement statement = Sql.prepare(connection, appendAllSql)) {
            new Params(statement)
                    .uuid(companyId)
                    .integer(events.size())
                    .uuid(companyId)
                    .integer(events.size())
                    .textArray(connection, keys)
                    .textArray(connection, values)
                    .uuidArray(connection, Sql.column(events, NewEvent::id))
                    .textArray(connection, Sql.column(events, NewEvent::type))
                    .uuidArray(connection, Sql.column(events, NewEvent::aggregateId))
                    .integerArray(connection, payloadFrom)
                    .integerArray(connection, payloadTo)
                    .textArray(connection, Sql.column(occurredAt, Instant::toString))
                    .textArray(connection, Sql.column(events, event -> event.actor().kind().name()))
                    .textArray(connection, Sql.column(events, event -> event.actor().id()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    sequences.put(rows.getObject(1, UUID.class), rows.getLong(2));
                }
            }
        }
        List<EventRecord> stored = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            NewEvent event = events.get(i);
            Long sequence = sequences.get(event.id());
            if (sequence == null) {
                // Throwing ends the store call's transaction or marks the joined one
                // rollback-only, so the counter and the other rows roll back.
                throw duplicate(event.id());
            }
            stored.add(
                    new EventRecord(
                            companyId,
                            sequence,
                            event.id(),
                            event.type(),
                            event.aggregateId(),
                            event.payload(),
                            occurredAt.get(i),
                            event.actor()));
        }
        return stored;
    }

    private static DuplicateKeyException duplicate(UUID id) {
        return new DuplicateKeyException("EventRecord", "id", id.toString());
    }

    @Override
    public Page<EventRecord> readAfter(UUID companyId, long afterSequence, int size) {
        Objects.requireNonNull(companyId, "companyId");
        if (afterSequence < 0) {
            throw new IllegalArgumentException(
                    "invalid afterSequence: "
                            + afterSequence
                            + "; expected 0 or the sequence of a handled event");
        }
        if (size < 1 || size > Page.MAX_SIZE) {
            throw new IllegalArgumentException(
                    "invalid page size: "
                            + size
                            + "; expected a number from 1 to "
                            + Page.MAX_SIZE);
        }
        return transactions.call(
                connection -> {
                    try (PreparedStatement statement = Sql.prepare(connection, readSql)) {
                        statement.setFetchSize(Math.min(fetchSize, size + 1));
                        new Params(statement)
                                .uuid(companyId)
                                .longValue(afterSequence)
                                .integer(size + 1);
                        List<EventRecord> events = new ArrayList<>();
                        try (ResultSet rows = statement.executeQuery()) {
                            while (rows.next()) {
                                events.add(read(rows));
                            }
                        }
                        if (events.size() <= size) {
                            return Page.last(events);
                        }
                        List<EventRecord> pageEvents = events.subList(0, size);
                        long last = pageEvents.get(size - 1).sequence();
                        return new Page<>(pageEvents, Optional.of(Long.toString(last)));
                    }
                },
                SqlErrors.of("read events of company " + companyId));
    }

    private EventRecord read(ResultSet rows) throws SQLException {
        Row row = new Row(rows, table, "company_id", "sequence");
        UUID companyId = row.uuid("company_id");
        long sequence = row.longValue("sequence");
        UUID id = row.uuid("id");
        String type = row.text("type");
        UUID aggregateId = row.uuid("aggregate_id");
        Instant occurredAt = row.instant("occurred_at");
        ActorKind actorKind = row.enumValue("actor_kind", ActorKind.class);
        String actorId = row.text("actor_id");
        String[] keys = SqlArrays.strings(rows, "payload_keys");
        String[] values = SqlArrays.strings(rows, "payload_values");
        Map<String, String> payload = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            payload.put(keys[i], values[i]);
        }
        return row.build(
                () ->
                        new EventRecord(
                                companyId,
                                sequence,
                                id,
                                type,
                                aggregateId,
                                payload,
                                occurredAt,
                                new Actor(actorKind, actorId)));
    }
}
