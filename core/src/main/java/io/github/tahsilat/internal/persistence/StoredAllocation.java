package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.allocation.ItemSettlement;
import java.util.Objects;
import java.util.UUID;

/**
 * An allocation as stored, for the services.
 *
 * @param id the allocation's id
 * @param settlement what it did to the item; amounts are negated when {@code reversing}
 * @param reversing {@code true} if it takes back another allocation
 */
public record StoredAllocation(UUID id, ItemSettlement settlement, boolean reversing) {

    /** Checks that every part is present. */
    public StoredAllocation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(settlement, "settlement");
    }
}
