package io.github.tahsilat.reconciliation;

import io.github.tahsilat.counterparty.CounterpartyId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counterparties by a text key (an IBAN, a tax id, a folded name), counting the open items that put
 * each pair in, so that removing one item keeps the pair while others remain. Not thread-safe.
 */
final class CountingIndex {

    private final Map<String, Map<CounterpartyId, Integer>> counts = new HashMap<>();

    void add(String key, CounterpartyId counterpartyId) {
        counts.computeIfAbsent(key, k -> new HashMap<>()).merge(counterpartyId, 1, Integer::sum);
    }

    void remove(String key, CounterpartyId counterpartyId) {
        Map<CounterpartyId, Integer> forKey = counts.get(key);
        if (forKey == null) {
            return;
        }
        forKey.computeIfPresent(counterpartyId, (id, count) -> count > 1 ? count - 1 : null);
        if (forKey.isEmpty()) {
            counts.remove(key);
        }
    }

    /** Returns the counterparties under {@code key}, ordered by id. */
    List<CounterpartyId> get(String key) {
        Map<CounterpartyId, Integer> forKey = counts.get(key);
        if (forKey == null) {
            return List.of();
        }
        return forKey.keySet().stream()
                .sorted(Comparator.comparing(CounterpartyId::value))
                .toList();
    }
}
