package io.github.tahsilat.persistence.memory;

import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.Page;
import io.github.tahsilat.persistence.spi.record.EventRecord;
import io.github.tahsilat.persistence.spi.record.NewEvent;
import io.github.tahsilat.persistence.spi.store.EventLog;
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
 * Events per company in a list whose index is the sequence number less one. Appends run under the
 * global write lock until their transaction ends, so sequence numbers become visible in order and a
 * rollback frees its numbers without gaps.
 */
final class MemoryEventLog implements EventLog {

    private final MemoryTransactions transactions;
    private final Map<UUID, Log> logs = new HashMap<>();

    /** One company's events. */
    private static final class Log {
        final List<EventRecord> events = new ArrayList<>();
        final Set<UUID> ids = new HashSet<>();
    }

    MemoryEventLog(MemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public EventRecord append(UUID companyId, NewEvent event) {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(event, "event");
        return transactions.write(
                undo -> {
                    Log log = logs.computeIfAbsent(companyId, id -> new Log());
                    if (log.ids.contains(event.id())) {
                        throw new DuplicateKeyException("EventRecord", "id", event.id().toString());
                    }
                    EventRecord stored = event.toRecord(companyId, log.events.size() + 1L);
                    log.events.add(stored);
                    log.ids.add(stored.id());
                    undo.add(
                            () -> {
                                log.events.remove(log.events.size() - 1);
                                log.ids.remove(stored.id());
                            });
                    return stored;
                });
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
        return transactions.read(
                () -> {
                    Log log = logs.get(companyId);
                    int count = log == null ? 0 : log.events.size();
                    if (afterSequence >= count) {
                        return Page.<EventRecord>last(List.of());
                    }
                    int from = (int) afterSequence;
                    int to = (int) Math.min(count, afterSequence + size);
                    List<EventRecord> items = log.events.subList(from, to);
                    Optional<String> next =
                            to < count ? Optional.of(Long.toString(to)) : Optional.empty();
                    return new Page<>(items, next);
                });
    }
}
