package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.persistence.spi.record.Installment;
import io.github.tahsilat.persistence.spi.record.InvoiceRecord;
import io.github.tahsilat.persistence.spi.record.LedgerEntryKind;
import io.github.tahsilat.persistence.spi.record.LedgerEntryRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.money.CurrencyUnit;

/**
 * Sums how late money applied to items of one side came, weighted by amount, from stored ledger
 * entries handed over in value-date order.
 *
 * <p>Each {@code ALLOCATION} entry dated on or after {@code from} counts, split over the
 * installments it covered in due order, after what earlier allocations, discounts and write-offs of
 * the same invoice covered. An allocation with a negative amount (a reversal) counts negatively.
 * The caller hands over no entry dated after the period. Not thread-safe.
 */
final class PaymentTiming {

    private final CurrencyUnit currency;
    private final LocalDate from;
    private final Map<UUID, long[]> settled = new HashMap<>();
    private long applied;
    private long daysFromIssue;
    private long daysFromDue;

    /**
     * Creates empty sums.
     *
     * @param currency the currency of every entry
     * @param from the first value date whose allocations count
     */
    PaymentTiming(CurrencyUnit currency, LocalDate from) {
        this.currency = currency;
        this.from = from;
    }

    /**
     * Takes one entry on a receivable item of {@code invoice}, skipping kinds that settle nothing.
     */
    void take(LedgerEntryRecord entry, InvoiceRecord invoice) {
        boolean settles =
                entry.kind() == LedgerEntryKind.ALLOCATION
                        || entry.kind() == LedgerEntryKind.DISCOUNT
                        || entry.kind() == LedgerEntryKind.WRITE_OFF;
        if (!settles) {
            return;
        }
        long[] position = settled.computeIfAbsent(invoice.id(), id -> new long[1]);
        long amount = units(entry.amount());
        if (entry.kind() == LedgerEntryKind.ALLOCATION && !entry.valueDate().isBefore(from)) {
            weigh(invoice, position[0], amount, entry.valueDate());
        }
        position[0] += amount;
    }

    /** Forgets the settled positions, once every entry of an account was handed over. */
    void forgetPositions() {
        settled.clear();
    }

    /** Returns the minor units applied in the period, reversals subtracted. */
    long applied() {
        return applied;
    }

    /** Returns the sum of minor units applied times days from the invoice's issue date. */
    long daysFromIssue() {
        return daysFromIssue;
    }

    /** Returns the sum of minor units applied times days from the installment's due date. */
    long daysFromDue() {
        return daysFromDue;
    }

    /**
     * Returns the amount-weighted average days from due date to payment, rounded to two decimals
     * with halves up, or empty when nothing was applied.
     */
    Optional<BigDecimal> averageDaysBeyondTerms() {
        if (applied == 0) {
            return Optional.empty();
        }
        return Optional.of(
                BigDecimal.valueOf(daysFromDue)
                        .divide(BigDecimal.valueOf(applied), 2, RoundingMode.HALF_UP));
    }

    /** Adds {@code amount} applied from position {@code start} of the invoice's schedule. */
    private void weigh(InvoiceRecord invoice, long start, long amount, LocalDate paid) {
        long low = Math.min(start, start + amount);
        long high = Math.max(start, start + amount);
        long sign = amount < 0 ? -1 : 1;
        long edge = 0;
        List<Installment> installments =
                invoice.schedule().isEmpty()
                        ? List.of(
                                new Installment(
                                        1,
                                        invoice.dueDate(),
                                        invoice.totals().receivable(),
                                        List.of()))
                        : invoice.schedule();
        for (int i = 0; i < installments.size(); i++) {
            long size = units(installments.get(i).amount());
            long end = i == installments.size() - 1 ? Long.MAX_VALUE : edge + size;
            long part = Math.max(0, Math.min(high, end) - Math.max(low, edge));
            if (part > 0) {
                long weight = sign * part;
                applied += weight;
                daysFromIssue += weight * (paid.toEpochDay() - invoice.issueDate().toEpochDay());
                daysFromDue +=
                        weight * (paid.toEpochDay() - installments.get(i).dueDate().toEpochDay());
            }
            edge = end;
            if (edge == Long.MAX_VALUE) {
                break;
            }
        }
    }

    private long units(BigDecimal amount) {
        return MinorAmount.of(amount, currency, RoundingMode.UNNECESSARY).units();
    }
}
