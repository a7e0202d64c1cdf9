package io.github.tahsilat.ledger;

import io.github.tahsilat.invoice.Direction;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import javax.money.MonetaryAmount;

/**
 * The state of one source of credit: a payment or a credit document and what became of it.
 *
 * <p>Invariant: {@code amount = applied + refunded + writtenOff + unapplied}, every part zero or
 * more.
 *
 * @param sourceId the payment's or the credit document's id
 * @param kind payment or credit document
 * @param side {@link Direction#RECEIVABLE} for credit against what the counterparty owes, {@link
 *     Direction#PAYABLE} for credit against what the company owes it
 * @param valueDate the date the credit arose
 * @param amount the payment's or document's amount
 * @param applied the part applied to items
 * @param refunded the part paid back
 * @param writtenOff the part written off as a small excess
 * @param unapplied the part still available
 */
public record CreditBalance(
        UUID sourceId,
        CreditSourceKind kind,
        Direction side,
        LocalDate valueDate,
        MonetaryAmount amount,
        MonetaryAmount applied,
        MonetaryAmount refunded,
        MonetaryAmount writtenOff,
        MonetaryAmount unapplied) {

    /** Checks that every component is present. */
    public CreditBalance {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(valueDate, "valueDate");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(applied, "applied");
        Objects.requireNonNull(refunded, "refunded");
        Objects.requireNonNull(writtenOff, "writtenOff");
        Objects.requireNonNull(unapplied, "unapplied");
    }
}
