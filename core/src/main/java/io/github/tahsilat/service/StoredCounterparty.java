package io.github.tahsilat.service;

import io.github.tahsilat.counterparty.Counterparty;
import java.util.Objects;

/**
 * A counterparty as stored: the domain value, the version it was read at, and its erasure status.
 *
 * <p>Pass {@link #version()} to an update, which fails if another writer changed the counterparty
 * since. Immutable and thread-safe. {@link #toString()} leaves out personal data, as {@link
 * Counterparty#toString()} does.
 *
 * @param counterparty the counterparty, never {@code null}
 * @param version the stored version, 1 after the first write
 * @param erasure where the erasure of its personal data stands, never {@code null}
 */
public record StoredCounterparty(Counterparty counterparty, long version, ErasureStatus erasure) {

    /** Checks that both values are present. */
    public StoredCounterparty {
        Objects.requireNonNull(counterparty, "counterparty");
        Objects.requireNonNull(erasure, "erasure");
    }
}
