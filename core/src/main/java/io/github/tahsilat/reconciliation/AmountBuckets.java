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
 * Open items by currency and outstanding amount in minor units, for exact and range look-ups. Not
 * thread-safe.
 */
final class AmountBuckets {

    private final Map<String, TreeMap<Long, TreeSet<OpenItemIndex.Indexed>>> byCurrency =
            new HashMap<>();

    void add(OpenItemIndex.Indexed item) {
        MinorAmount amount = item.outstanding();
        byCurrency
                .computeIfAbsent(amount.currencyCode(), code -> new TreeMap<>())
                .computeIfAbsent(amount.units(), units -> new TreeSet<>())
                .add(item);
    }

    void remove(OpenItemIndex.Indexed item) {
        MinorAmount amount = item.outstanding();
        TreeMap<Long, TreeSet<OpenItemIndex.Indexed>> amounts =
                byCurrency.get(amount.currencyCode());
        if (amounts == null) {
            return;
        }
        TreeSet<OpenItemIndex.Indexed> items = amounts.get(amount.units());
        if (items != null && items.remove(item) && items.isEmpty()) {
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
    List<OpenItemCandidate> between(MinorAmount low, MinorAmount high, int limit) {
        TreeMap<Long, TreeSet<OpenItemIndex.Indexed>> amounts = byCurrency.get(low.currencyCode());
        if (amounts == null || low.units() > high.units()) {
            return List.of();
        }
        List<OpenItemCandidate> found = new ArrayList<>();
        NavigableMap<Long, TreeSet<OpenItemIndex.Indexed>> range =
                amounts.subMap(low.units(), true, high.units(), true);
        for (TreeSet<OpenItemIndex.Indexed> items : range.values()) {
            for (OpenItemIndex.Indexed item : items) {
                if (found.size() >= limit) {
                    return found;
                }
                found.add(item.candidate());
            }
        }
        return found;
    }
}
