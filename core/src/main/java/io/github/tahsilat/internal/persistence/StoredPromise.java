package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.internal.money.MinorAmount;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An open promise to pay on an item, as a run reads it.
 *
 * @param id the promise's id
 * @param payBy the last day to pay
 * @param amount the promised amount
 * @param outstandingWhenPromised the item's outstanding amount when the promise was made
 */
public record StoredPromise(
        UUID id, LocalDate payBy, MinorAmount amount, MinorAmount outstandingWhenPromised) {}
