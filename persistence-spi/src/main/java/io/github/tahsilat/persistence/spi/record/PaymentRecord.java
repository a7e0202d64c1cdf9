package io.github.tahsilat.persistence.spi.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A payment received from or paid to a counterparty. Amounts are in {@code currency} at its
 * minor-unit scale, and a store returns each with the scale it was given.
 *
 * @param companyId the owning company
 * @param id the payment's id, made by the library
 * @param version 0 for a record to insert, else the stored version this record was read at
 * @param counterpartyId the counterparty
 * @param direction received or paid
 * @param valueDate the day the money moved; its epoch day fits in an int
 * @param currency the ISO 4217 code of the amounts
 * @param amount the amount settled, greater than 0
 * @param charges bank charges or commission deducted, from 0 to below {@code amount}
 * @param method how it was paid
 * @param remittance the payer's remittance text, possibly empty
 * @param idempotencyKey the request's natural key, such as a bank transaction id, unique per
 *     company, or empty
 * @param unapplied the part not applied to items, refunded or written off, from 0 to {@code amount}
 * @param reversedOn the value date of the reversal, or empty while the payment stands
 * @param lastWrite who wrote this version and when
 */
public record PaymentRecord(
        UUID companyId,
        UUID id,
        long version,
        UUID counterpartyId,
        PaymentDirection direction,
        LocalDate valueDate,
        String currency,
        BigDecimal amount,
        BigDecimal charges,
        PaymentMethod method,
        String remittance,
        Optional<String> idempotencyKey,
        BigDecimal unapplied,
        Optional<LocalDate> reversedOn,
        WriteStamp lastWrite) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if the currency code is malformed, a date is out of range,
     *     an amount is out of range, or the idempotency key is blank
     */
    public PaymentRecord {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(id, "id");
        Checks.version(version);
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        Objects.requireNonNull(direction, "direction");
        Checks.epochDayDate(valueDate, "valueDate");
        Checks.currency(currency, "currency");
        Checks.positive(amount, "amount");
        Checks.nonNegative(charges, "charges");
        if (charges.compareTo(amount) >= 0) {
            throw Checks.invalid(
                    "charges",
                    charges.toPlainString(),
                    "below the amount " + amount.toPlainString());
        }
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(remittance, "remittance");
        Checks.optionalText(idempotencyKey, "idempotencyKey");
        Checks.nonNegative(unapplied, "unapplied");
        if (unapplied.compareTo(amount) > 0) {
            throw Checks.invalid(
                    "unapplied",
                    unapplied.toPlainString(),
                    "at most the amount " + amount.toPlainString());
        }
        Objects.requireNonNull(reversedOn, "reversedOn");
        reversedOn.ifPresent(date -> Checks.epochDayDate(date, "reversedOn"));
        Objects.requireNonNull(lastWrite, "lastWrite");
    }

    /** Returns a copy with another version; stores use it when they write. */
    public PaymentRecord withVersion(long newVersion) {
        return new PaymentRecord(
                companyId,
                id,
                newVersion,
                counterpartyId,
                direction,
                valueDate,
                currency,
                amount,
                charges,
                method,
                remittance,
                idempotencyKey,
                unapplied,
                reversedOn,
                lastWrite);
    }

    /**
     * Returns whether {@code other} is the same request: every component the payer sent is equal.
     * The id, the version, the state ({@code unapplied}, {@code reversedOn}) and the write stamp
     * are left out, so a repeated request matches a payment that was allocated or reversed since.
     */
    public boolean sameContentAs(PaymentRecord other) {
        return companyId.equals(other.companyId)
                && counterpartyId.equals(other.counterpartyId)
                && direction == other.direction
                && valueDate.equals(other.valueDate)
                && currency.equals(other.currency)
                && amount.equals(other.amount)
                && charges.equals(other.charges)
                && method == other.method
                && remittance.equals(other.remittance)
                && idempotencyKey.equals(other.idempotencyKey);
    }
}
