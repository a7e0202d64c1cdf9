package io.github.tahsilat.persistence.spi.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What one payment, credit document or operation cleared on one installment of one invoice. Records
 * are never changed: a reversal is a new record whose amounts are the negated amounts of the one it
 * {@code reverses}. Amounts are in {@code currency} at its minor-unit scale.
 *
 * @param companyId the owning company
 * @param id the allocation's id, made by the library
 * @param sourceId the payment, credit document or operation whose money or decision it applied
 * @param counterpartyId the counterparty
 * @param invoiceId the invoice
 * @param installment the 1-based installment number
 * @param valueDate the value date; its epoch day fits in an int
 * @param currency the ISO 4217 code of the amounts
 * @param fee money applied to the fee
 * @param interest money applied to the interest
 * @param principal money applied to the principal
 * @param discount early-payment discount granted
 * @param writeOff amount written off
 * @param componentOrder the name of the component order followed, never blank
 * @param reverses the allocation this one takes back, or empty
 * @param lastWrite who wrote it and when
 */
public record AllocationRecord(
        UUID companyId,
        UUID id,
        UUID sourceId,
        UUID counterpartyId,
        UUID invoiceId,
        int installment,
        LocalDate valueDate,
        String currency,
        BigDecimal fee,
        BigDecimal interest,
        BigDecimal principal,
        BigDecimal discount,
        BigDecimal writeOff,
        String componentOrder,
        Optional<UUID> reverses,
        WriteStamp lastWrite) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if the installment is below 1, the currency code is
     *     malformed, the date is out of range, the component order is blank, or an amount has the
     *     wrong sign: every amount is at least 0, or at most 0 in a record that reverses another
     */
    public AllocationRecord {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        Objects.requireNonNull(invoiceId, "invoiceId");
        if (installment < 1) {
            throw Checks.invalid("installment", installment, "a number from 1");
        }
        Checks.epochDayDate(valueDate, "valueDate");
        Checks.currency(currency, "currency");
        Checks.text(componentOrder, "componentOrder");
        Objects.requireNonNull(reverses, "reverses");
        int allowedSign = reverses.isPresent() ? -1 : 1;
        for (BigDecimal amount : List.of(fee, interest, principal, discount, writeOff)) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == -allowedSign) {
                throw Checks.invalid(
                        "amount",
                        amount.toPlainString(),
                        reverses.isPresent() ? "0 or less in a reversing allocation" : "0 or more");
            }
        }
        Objects.requireNonNull(lastWrite, "lastWrite");
    }
}
