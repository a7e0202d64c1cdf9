package io.github.tahsilat.persistence.spi.record;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * An entry of a company's append-only event log, which a host can read as an outbox.
 *
 * <p>An event has no version: it is never updated.
 *
 * @param companyId the owning company
 * @param sequence the number the store assigned, from 1, increasing in append order per company
 * @param id the event's id, made by the library
 * @param type the event type, never blank
 * @param aggregateId the id of the record the event is about
 * @param payload the event's data as text keys and values, in key order
 * @param occurredAt when it happened
 * @param actor who caused it
 */
public record EventRecord(
        UUID companyId,
        long sequence,
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
     * @throws IllegalArgumentException if {@code sequence} is below 1 or {@code type} is blank
     */
    public EventRecord {
        Objects.requireNonNull(companyId, "companyId");
        if (sequence < 1) {
            throw Checks.invalid("sequence", sequence, "a number from 1");
        }
        Objects.requireNonNull(id, "id");
        Checks.text(type, "type");
        Objects.requireNonNull(aggregateId, "aggregateId");
        payload = copyPayload(payload);
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
    }

    static Map<String, String> copyPayload(Map<String, String> payload) {
        Objects.requireNonNull(payload, "payload");
        payload.forEach(
                (key, value) -> {
                    Objects.requireNonNull(key, "payload key");
                    Objects.requireNonNull(value, "payload value of " + key);
                });
        return Collections.unmodifiableMap(new TreeMap<>(payload));
    }
}
