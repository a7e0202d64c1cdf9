package io.github.tahsilat.persistence.memory;

import io.github.tahsilat.persistence.spi.Page;
import io.github.tahsilat.persistence.spi.PageRequest;
import io.github.tahsilat.persistence.spi.record.QueueResolution;
import io.github.tahsilat.persistence.spi.record.QueuedLineRecord;
import io.github.tahsilat.persistence.spi.store.ReconciliationQueueStore;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Queued bank lines per company, unique per entry key, with the open lines sorted by (booking date,
 * entry key) for the pages.
 */
final class MemoryReconciliationQueueStore implements ReconciliationQueueStore {

    private final MemoryTransactions transactions;
    private final Map<UUID, Map<String, QueuedLineRecord>> byCompany = new HashMap<>();
    private final Map<UUID, TreeMap<Position, QueuedLineRecord>> openByCompany = new HashMap<>();

    MemoryReconciliationQueueStore(MemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public boolean enqueue(UUID companyId, QueuedLineRecord line) {
        Objects.requireNonNull(companyId, "companyId");
        WriteChecks.sameCompany(companyId, line.companyId());
        if (!line.isOpen()) {
            throw new IllegalArgumentException(
                    "invalid queued line: "
                            + line.entryKey()
                            + " is already resolved; expected an open line");
        }
        return transactions.write(
                undo -> {
                    Map<String, QueuedLineRecord> lines =
                            byCompany.computeIfAbsent(companyId, id -> new HashMap<>());
                    if (lines.putIfAbsent(line.entryKey(), line) != null) {
                        return false;
                    }
                    TreeMap<Position, QueuedLineRecord> open =
                            openByCompany.computeIfAbsent(companyId, id -> new TreeMap<>());
                    Position position = Position.of(line);
                    open.put(position, line);
                    undo.add(
                            () -> {
                                lines.remove(line.entryKey());
                                open.remove(position);
                            });
                    return true;
                });
    }

    @Override
    public Optional<QueuedLineRecord> find(UUID companyId, String entryKey) {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(entryKey, "entryKey");
        return transactions.read(
                () ->
                        Optional.ofNullable(
                                byCompany.getOrDefault(companyId, Map.of()).get(entryKey)));
    }

    @Override
    public Page<QueuedLineRecord> open(UUID companyId, PageRequest request) {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(request, "request");
        Optional<Position> cursor = request.cursor().map(Position::parse);
        return transactions.read(
                () -> {
                    TreeMap<Position, QueuedLineRecord> open =
                            openByCompany.getOrDefault(companyId, new TreeMap<>());
                    Map<Position, QueuedLineRecord> after =
                            cursor.isPresent() ? open.tailMap(cursor.get(), false) : open;
                    List<QueuedLineRecord> items = new ArrayList<>(request.size());
                    Position last = null;
                    for (Map.Entry<Position, QueuedLineRecord> entry : after.entrySet()) {
                        if (items.size() == request.size()) {
                            return new Page<>(items, Optional.of(last.cursor()));
                        }
                        items.add(entry.getValue());
                        last = entry.getKey();
                    }
                    return Page.last(items);
                });
    }

    @Override
    public Optional<QueuedLineRecord> resolve(
            UUID companyId, String entryKey, QueueResolution resolution) {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(entryKey, "entryKey");
        Objects.requireNonNull(resolution, "resolution");
        return transactions.write(
                undo -> {
                    Map<String, QueuedLineRecord> lines = byCompany.get(companyId);
                    QueuedLineRecord line = lines == null ? null : lines.get(entryKey);
                    if (line == null || !line.isOpen()) {
                        return Optional.empty();
                    }
                    QueuedLineRecord resolved = line.resolved(resolution);
                    TreeMap<Position, QueuedLineRecord> open = openByCompany.get(companyId);
                    Position position = Position.of(line);
                    lines.put(entryKey, resolved);
                    open.remove(position);
                    undo.add(
                            () -> {
                                lines.put(entryKey, line);
                                open.put(position, line);
                            });
                    return Optional.of(resolved);
                });
    }

    /**
     * The place of an open line in the pages: booking date, then entry key. Its cursor is the epoch
     * day, a space, then the entry key, which may itself contain spaces.
     */
    private record Position(LocalDate bookingDate, String entryKey)
            implements Comparable<Position> {

        private static final Comparator<Position> ORDER =
                Comparator.comparing(Position::bookingDate).thenComparing(Position::entryKey);

        static Position of(QueuedLineRecord line) {
            return new Position(line.bookingDate(), line.entryKey());
        }

        static Position parse(String cursor) {
            int space = cursor.indexOf(' ');
            if (space >= 1 && space < cursor.length() - 1) {
                try {
                    long epochDay = Long.parseLong(cursor.substring(0, space));
                    return new Position(
                            LocalDate.ofEpochDay(epochDay), cursor.substring(space + 1));
                } catch (NumberFormatException | DateTimeException e) {
                    throw invalidCursor(cursor, e);
                }
            }
            throw invalidCursor(cursor, null);
        }

        private static IllegalArgumentException invalidCursor(String cursor, Exception cause) {
            return new IllegalArgumentException(
                    "invalid cursor: "
                            + cursor
                            + "; expected the next cursor of a previous open-queue page",
                    cause);
        }

        String cursor() {
            return bookingDate.toEpochDay() + " " + entryKey;
        }

        @Override
        public int compareTo(Position other) {
            return ORDER.compare(this, other);
        }
    }
}
