package io.github.tahsilat.persistence.spi.store;

import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.Page;
import io.github.tahsilat.persistence.spi.record.EventRecord;
import io.github.tahsilat.persistence.spi.record.NewEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A company's append-only event log, which a host can read as a transactional outbox.
 *
 * <p>The store assigns each company's events increasing sequence numbers from 1 in append order.
 * Numbers of a rolled-back append may be skipped, so a reader must not expect them without gaps. An
 * event becomes visible to other threads only when its transaction commits, and a store must not
 * let an event become visible after a later-numbered one. So a reader that remembers the last
 * sequence it handled misses nothing. Implementations are thread-safe and join the active
 * transaction.
 */
public interface EventLog {

    /**
     * Appends an event and assigns its sequence number.
     *
     * @return the stored event
     * @throws DuplicateKeyException if an event with the same id is already stored in the company
     */
    EventRecord append(UUID companyId, NewEvent event);

    /**
     * Appends events in list order and assigns them consecutive sequence numbers, as the same
     * number of {@link #append} calls would. The library calls it inside a transaction, so the
     * events commit or roll back together.
     *
     * <p>The default calls {@link #append} once per event, in list order. When one of them throws,
     * the events before it stay in the active transaction, which then rolls back. A store can
     * override it to append the events with one statement.
     *
     * @return the stored events, in list order
     * @throws DuplicateKeyException if an event's id is already stored in the company or appears
     *     twice in {@code events}
     * @throws NullPointerException if {@code events} or one of its elements is {@code null}
     */
    default List<EventRecord> appendAll(UUID companyId, List<NewEvent> events) {
        Objects.requireNonNull(events, "events");
        List<EventRecord> stored = new ArrayList<>(events.size());
        for (NewEvent event : events) {
            stored.add(append(companyId, event));
        }
        return stored;
    }

    /**
     * Returns the company's events with a sequence number greater than {@code afterSequence}, in
     * sequence order. {@link Page#next()} is the last returned sequence as decimal text when more
     * events follow.
     *
     * @param afterSequence the last sequence the caller handled, 0 to read from the start
     * @param size the maximum number of events, from 1 to {@link Page#MAX_SIZE}
     * @throws IllegalArgumentException if {@code afterSequence} is negative or {@code size} is out
     *     of range
     */
    Page<EventRecord> readAfter(UUID companyId, long afterSequence, int size);
}
