package io.github.tahsilat.reconciliation;

import io.github.tahsilat.internal.money.MinorAmount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Open items by currency and amount in minor units, for exact and range look-ups. Not thread-safe.
 */
final class AmountBuckets {

    private final Map<String, TreeMap<Long, TreeSet<ItemKey>>> byCurrency = new HashMap<>();

    void add(MinorAmount amount, ItemKey key) {
        byCurrency
                .computeIfAbsent(amount.currencyCode(), code -> new TreeMap<>())
                .computeIfAbsent(amount.units(), units -> new TreeSet<>())
                .add(key);
    }

    void remove(MinorAmount amount, ItemKey key) {
        TreeMap<Long, TreeSet<ItemKey>> amounts = byCurrency.get(amount.currencyCode());
        if (amounts == null) {
            return;
        }
        TreeSet<ItemKey> keys = amounts.get(amount.units());
        if (keys != null && keys.remove(key) && keys.isEmpty()) {
            amounts.remove(amount.units());
            if (amounts.isEmpty()) {
                byCurrency.remove(amount.currencyCode());
            }
        }
    }

    boolean isEmpty() {
        return byCurrency.isEmpty();
    }

    /**
     * Returns up to {@code limit} items with an amount from {@code low} to {@code high} inclusive,
     * by amount and then item order.
     */
    List<ItemKey> between(MinorAmount low, MinorAmount high, int limit) {
        List<ItemKey> found = new ArrayList<>();
        TreeMap<Long, TreeSet<ItemKey>> amounts = byCurrency.get(low.currencyCode());
        if (amounts == null || low.units() > high.units()) {
            return found;
        }
        NavigableMap<Long, TreeSet<ItemKey>> range =
                amounts.subMap(low.units(), true, high.units(), true);
        for (TreeSet<ItemKey> keys : range.values()) {
            for (ItemKey key : keys) {
                if (found.size() >= limit) {
                    return found;
                }
                found.add(key);
            }
        }
        return found;
    }
}
