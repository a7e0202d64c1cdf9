package io.github.tahsilat.persistence.memory;

import io.github.tahsilat.persistence.spi.Page;
import io.github.tahsilat.persistence.spi.PageRequest;
import io.github.tahsilat.persistence.spi.record.QueueResolution;
import io.github.tahsilat.persistence.spi.record.QueuedLineRecord;
import io.github.tahsilat.persistence.spi.store.QueuePosition;
import io.github.tahsilat.persistence.spi.store.ReconciliationQueueStore;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Queued bank lines per company, unique per entry key, with the open lines sorted by (booking date,
 * entry key) for the pages.
 */
final class MemoryReconciliationQueueStore implements ReconciliationQueueStore {

    private final MemoryTransactions transactions;
    private final Map<UUID, Map<String, QueuedLineRecord>> byCompany = new HashMap<>();
    private final Map<UUID, TreeMap<QueuePosition, QueuedLineRecord>> openByCompany =
            new HashMap<>();

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
                    TreeMap<QueuePosition, QueuedLineRecord> open =
                            openByCompany.computeIfAbsent(companyId, id -> new TreeMap<>());
                    QueuePosition position = QueuePosition.of(line);
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

    /** Returns every key of {@code entryKeys} that the company has a line under. */
    @Override
    public Set<String> queuedKeys(UUID companyId, Collection<String> entryKeys) {
        Objects.requireNonNull(companyId, "companyId");
        List<String> keys = List.copyOf(entryKeys);
        return transactions.read(
                () -> {
                    Map<String, QueuedLineRecord> lines =
                            byCompany.getOrDefault(companyId, Map.of());
                    // Built at the first queued key, sized for every key left, so that a
                    // statement imported again fills it without resizing.
                    Set<String> queued = null;
                    for (int i = 0; i < keys.size(); i++) {
                        String key = keys.get(i);
                        if (lines.containsKey(key)) {
                            if (queued == null) {
                                queued = new HashSet<>(capacityFor(keys.size() - i));
                            }
                            queued.add(key);
                        }
                    }
                    return queued == null ? new HashSet<>() : queued;
                });
    }

    /** Sets the position of every key of {@code entryKeys} that the company has a line under. */
    @Override
    public BitSet queuedPositions(UUID companyId, List<String> entryKeys) {
        Objects.requireNonNull(companyId, "companyId");
        for (String key : entryKeys) {
            Objects.requireNonNull(key, "entryKey");
        }
        // The keys are read in place, with no copy, because the read below runs before this
        // method returns.
        return transactions.read(
                () -> {
                    Map<String, QueuedLineRecord> lines =
                            byCompany.getOrDefault(companyId, Map.of());
                    BitSet queued = new BitSet(entryKeys.size());
                    if (lines.isEmpty()) {
                        return queued;
                    }
                    int position = 0;
                    for (String key : entryKeys) {
                        if (lines.containsKey(key)) {
                            queued.set(position);
                        }
                        position++;
                    }
                    return queued;
                });
    }

    /** Returns the initial capacity of a {@code HashSet} that takes {@code size} keys unresized. */
    private static int capacityFor(int size) {
        return (int) Math.min(Integer.MAX_VALUE, size * 4L / 3 + 1);
    }

    @Override
    public Page<QueuedLineRecord> open(UUID companyId, PageRequest request) {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(request, "request");
        Optional<QueuePosition> cursor = request.cursor().map(QueuePosition::parse);
        return transactions.read(
                () -> {
                    TreeMap<QueuePosition, QueuedLineRecord> open =
                            openByCompany.getOrDefault(companyId, new TreeMap<>());
                    Map<QueuePosition, QueuedLineRecord> after =
                            cursor.isPresent() ? open.tailMap(cursor.get(), false) : open;
                    List<QueuedLineRecord> items = new ArrayList<>(request.size());
                    QueuePosition last = null;
                    for (Map.Entry<QueuePosition, QueuedLineRecord> entry : after.entrySet()) {
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
                    TreeMap<QueuePosition, QueuedLineRecord> open = openByCompany.get(companyId);
                    QueuePosition position = QueuePosition.of(line);
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
}
