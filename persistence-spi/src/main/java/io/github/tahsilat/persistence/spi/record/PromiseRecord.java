package io.github.tahsilat.persistence.spi.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A counterparty's promise to pay an amount on an item by a date, which pauses dunning on the item
 * until then. Amounts are in {@code currency} at its minor-unit scale.
 *
 * @param companyId the owning company
 * @param id the promise's id, made by the library
 * @param version 0 for a record to insert, else the stored version this record was read at
 * @param itemId the invoice the promise is for
 * @param promisedOn the day the promise was made; its epoch day fits in an int
 * @param payBy the last day to pay, on or after {@code promisedOn}
 * @param currency the ISO 4217 code of the amounts
 * @param amount the promised amount, greater than 0
 * @param outstandingWhenPromised the item's outstanding amount when the promise was made, 0 or more
 * @param status the state of the promise
 * @param lastWrite who wrote this version and when
 */
public record PromiseRecord(
        UUID companyId,
        UUID id,
        long version,
        UUID itemId,
        LocalDate promisedOn,
        LocalDate payBy,
        String currency,
        BigDecimal amount,
        BigDecimal outstandingWhenPromised,
        PromiseStatus status,
        WriteStamp lastWrite) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if a date is out of range or {@code payBy} is before {@code
     *     promisedOn}, the currency code is malformed, or an amount is out of range
     */
    public PromiseRecord {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(id, "id");
        Checks.version(version);
        Objects.requireNonNull(itemId, "itemId");
        Checks.epochDayDate(promisedOn, "promisedOn");
        Checks.epochDayDate(payBy, "payBy");
        if (payBy.isBefore(promisedOn)) {
            throw Checks.invalid("payBy", payBy, "a date on or after " + promisedOn);
        }
        Checks.currency(currency, "currency");
        Checks.positive(amount, "amount");
        Checks.nonNegative(outstandingWhenPromised, "outstandingWhenPromised");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(lastWrite, "lastWrite");
    }

    /** Returns a copy with another version; stores use it when they write. */
    public PromiseRecord withVersion(long newVersion) {
        return new PromiseRecord(
                companyId,
                id,
                newVersion,
                itemId,
                promisedOn,
                payBy,
                currency,
                amount,
                outstandingWhenPromised,
                status,
                lastWrite);
    }

    /** Returns a copy with another status, at the version it was read. */
    public PromiseRecord withStatus(PromiseStatus newStatus, WriteStamp stamp) {
        return new PromiseRecord(
                companyId,
                id,
                version,
                itemId,
                promisedOn,
                payBy,
                currency,
                amount,
                outstandingWhenPromised,
                newStatus,
                stamp);
    }
}
