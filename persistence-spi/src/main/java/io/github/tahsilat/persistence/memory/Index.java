package io.github.tahsilat.persistence.memory;

import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.UUID;

/** Helpers for secondary indexes that map a key to the ids of several records. */
final class Index {

    private Index() {}

    static <K> void add(Map<K, NavigableSet<UUID>> index, K key, UUID id) {
        index.computeIfAbsent(key, k -> new TreeSet<>(IdOrder.UNSIGNED)).add(id);
    }

    static <K> void remove(Map<K, NavigableSet<UUID>> index, K key, UUID id) {
        NavigableSet<UUID> ids = index.get(key);
        if (ids != null) {
            ids.remove(id);
            if (ids.isEmpty()) {
                index.remove(key);
            }
        }
    }
}
