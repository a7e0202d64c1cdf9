package io.github.tahsilat.ledger;

import io.github.tahsilat.counterparty.CounterpartyId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * A statement of account (cari hesap ekstresi) for a period: the opening balance, every entry whose
 * value date falls in the period with the running balance, and the closing balance.
 *
 * <p>Invariant: {@code closing = opening + Σ lines' balance effects}, and each line's running
 * balance is the opening balance plus the effects up to and including it. Credits are netted, so an
 * invoice of 150.00 and a credit note of 70.00 close at 80.00. Immutable and thread-safe.
 *
 * @param counterpartyId the counterparty
 * @param from the first day of the period
 * @param to the last day of the period, inclusive
 * @param opening the balance of the entries before {@code from}
 * @param lines the entries of the period, by value date, then in the order they were recorded
 * @param closing the balance after the last line
 */
public record Statement(
        CounterpartyId counterpartyId,
        LocalDate from,
        LocalDate to,
        MonetaryAmount opening,
        List<StatementLine> lines,
        MonetaryAmount closing) {

    /** Checks that every component is present and copies the lines. */
    public Statement {
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(opening, "opening");
        lines = List.copyOf(lines);
        Objects.requireNonNull(closing, "closing");
    }

    /** Returns the sum of the amounts of the period's entries of {@code kind}. */
    public MonetaryAmount totalOf(LedgerEntryKind kind) {
        MonetaryAmount sum = opening.multiply(0);
        for (StatementLine line : lines) {
            if (line.entry().kind() == kind) {
                sum = sum.add(line.entry().amount());
            }
        }
        return sum;
    }

    /**
     * Returns the money that came in or went out in the period: payments less reversals and
     * refunds. Applying credit moves no money, so it does not count twice. Bank charges are shown
     * apart as {@link LedgerEntryKind#CHARGES}.
     */
    public MonetaryAmount cashMoved() {
        return totalOf(LedgerEntryKind.PAYMENT)
                .subtract(totalOf(LedgerEntryKind.REVERSAL))
                .subtract(totalOf(LedgerEntryKind.REFUND));
    }
}
