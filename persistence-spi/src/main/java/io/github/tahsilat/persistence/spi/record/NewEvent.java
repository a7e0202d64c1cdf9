package io.github.tahsilat.persistence.spi.record;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * An event to append to a company's log; the store assigns its sequence number.
 *
 * @param id the event's id, made by the library, so that an outbox consumer can drop repeats
 * @param type the event type, such as {@code "InvoiceIssued"}, never blank
 * @param aggregateId the id of the record the event is about
 * @param payload the event's data as text keys and values, copied into key order
 * @param occurredAt when it happened
 * @param actor who caused it
 */
public record NewEvent(
        UUID id,
        String type,
        UUID aggregateId,
        Map<String, String> payload,
        Instant occurredAt,
        Actor actor) {

    /**
     * Checks the components and copies the payload.
     *
     * @throws NullPointerException if a component, a payload key or a payload value is {@code null}
     * @throws IllegalArgumentException if {@code type} is blank
     */
    public NewEvent {
        Objects.requireNonNull(id, "id");
        Checks.text(type, "type");
        Objects.requireNonNull(aggregateId, "aggregateId");
        payload = EventRecord.copyPayload(payload);
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
    }

    /** Returns the stored form of this event with its company and sequence number. */
    public EventRecord toRecord(UUID companyId, long sequence) {
        return new EventRecord(
                companyId, sequence, id, type, aggregateId, payload, occurredAt, actor);
    }
}
