package io.github.tahsilat.persistence.memory;

import java.util.Comparator;
import java.util.UUID;

/**
 * Orders ids as unsigned 128-bit numbers, the order of their lowercase text and of SQL {@code uuid}
 * columns. {@link UUID#compareTo} compares signed halves and differs from it.
 */
final class IdOrder {

    static final Comparator<UUID> UNSIGNED = IdOrder::compare;

    private IdOrder() {}

    static int compare(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        if (high != 0) {
            return high;
        }
        return Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }
}
