package io.github.tahsilat.service.instrument;

import io.github.tahsilat.allocation.AllocationResult;
import java.util.Objects;

/**
 * The result of receiving an instrument. Immutable and thread-safe.
 *
 * @param instrument the instrument as stored
 * @param allocation its provisional allocation; the items stay open until it clears
 * @param repeated {@code true} if the same request was received before and nothing was written
 */
public record InstrumentReceipt(
        StoredInstrument instrument, AllocationResult allocation, boolean repeated) {

    /**
     * Checks that every part is present.
     *
     * @throws NullPointerException if a part is {@code null}
     */
    public InstrumentReceipt {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(allocation, "allocation");
    }
}
