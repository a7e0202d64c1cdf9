package io.github.tahsilat.internal.service;

import io.github.tahsilat.reconciliation.BankEntryKey;
import io.github.tahsilat.reconciliation.BankLine;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines in scope of one import by key, the first line of a key winning. The map is built at the
 * first look-up, because an import whose lines are all matched and none booked before looks up
 * none. Not thread-safe.
 */
final class ScopedLines {

    private final List<BankEntryKey> keys;
    private final List<BankLine> lines;
    private Map<BankEntryKey, BankLine> byKey;

    /**
     * Creates the lookup over the lines in scope.
     *
     * @param keys the keys of the lines in scope
     * @param lines the lines in scope, in the order of {@code keys}
     */
    ScopedLines(List<BankEntryKey> keys, List<BankLine> lines) {
        this.keys = keys;
        this.lines = lines;
    }

    boolean contains(BankEntryKey key) {
        return byKey().containsKey(key);
    }

    /** Returns the first line in scope with {@code key}, or {@code null}. */
    BankLine get(BankEntryKey key) {
        return byKey().get(key);
    }

    private Map<BankEntryKey, BankLine> byKey() {
        if (byKey == null) {
            byKey = new HashMap<>(Math.max(16, keys.size() * 2));
            for (int i = 0; i < keys.size(); i++) {
                byKey.putIfAbsent(keys.get(i), lines.get(i));
            }
        }
        return byKey;
    }
}
