package io.github.tahsilat.reconciliation;

import io.github.tahsilat.counterparty.CounterpartyId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Counterparties by a text key (an IBAN, a tax id, a folded name), counting the open items that put
 * each pair in, so that removing one item keeps the pair while others remain. Not thread-safe.
 */
final class CountingIndex {

    private final NavigableMap<String, Map<CounterpartyId, Integer>> counts = new TreeMap<>();

    /** The same maps as {@link #counts} by key, for exact look-ups without string comparisons. */
    private final Map<String, Map<CounterpartyId, Integer>> exact = new HashMap<>();

    void add(String key, CounterpartyId counterpartyId) {
        Map<CounterpartyId, Integer> forKey = exact.get(key);
        if (forKey == null) {
            forKey = new HashMap<>(4);
            exact.put(key, forKey);
            counts.put(key, forKey);
        }
        forKey.merge(counterpartyId, 1, Integer::sum);
    }

    void remove(String key, CounterpartyId counterpartyId) {
        Map<CounterpartyId, Integer> forKey = exact.get(key);
        if (forKey == null) {
            return;
        }
        forKey.computeIfPresent(counterpartyId, (id, count) -> count > 1 ? count - 1 : null);
        if (forKey.isEmpty()) {
            counts.remove(key);
            exact.remove(key);
        }
    }

    /** Returns the counterparties under {@code key}, ordered by id. */
    List<CounterpartyId> get(String key) {
        Map<CounterpartyId, Integer> forKey = exact.get(key);
        if (forKey == null) {
            return List.of();
        }
        if (forKey.size() == 1) {
            return List.of(forKey.keySet().iterator().next());
        }
        return forKey.keySet().stream()
                .sorted(Comparator.comparing(CounterpartyId::value))
                .toList();
    }

    /**
     * Returns up to {@code limit} counterparties under keys that start with {@code prefix} but
     * differ from it, ordered by key, then id.
     */
    List<CounterpartyId> longerKeysWithPrefix(String prefix, int limit) {
        List<CounterpartyId> found = new ArrayList<>();
        for (Map.Entry<String, Map<CounterpartyId, Integer>> entry :
                counts.tailMap(prefix, false).entrySet()) {
            if (!entry.getKey().startsWith(prefix)) {
                break;
            }
            List<CounterpartyId> ids =
                    entry.getValue().keySet().stream()
                            .sorted(Comparator.comparing(CounterpartyId::value))
                            .toList();
            for (CounterpartyId id : ids) {
                if (found.size() == limit) {
                    return found;
                }
                found.add(id);
            }
        }
        return found;
    }
}
