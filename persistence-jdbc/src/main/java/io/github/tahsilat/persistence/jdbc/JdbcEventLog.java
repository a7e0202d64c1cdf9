package io.github.tahsilat.persistence.jdbc;

import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.Page;
import io.github.tahsilat.persistence.spi.record.Actor;
import io.github.tahsilat.persistence.spi.record.ActorKind;
import io.github.tahsilat.persistence.spi.record.EventRecord;
import io.github.tahsilat.persistence.spi.record.NewEvent;
import io.github.tahsilat.persistence.spi.store.EventLog;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The event log in one table, numbered from a per-company counter row.
 *
 * <p>An append increments the company's counter and inserts the event in one statement. The counter
 * row stays locked until the appending transaction ends, so a company's appends run one at a time,
 * and an event becomes visible only after every event with a lower number has committed or rolled
 * back. A rollback also undoes the increment, so in practice the numbers have no gaps. Appends of
 * different companies do not wait for each other.
 */
final class JdbcEventLog implements EventLog {

    private final JdbcTransactionRunner transactions;
    private final int fetchSize;
    private final String table;
    private final String appendSql;
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
