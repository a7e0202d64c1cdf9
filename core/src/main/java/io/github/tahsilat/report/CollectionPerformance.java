package io.github.tahsilat.report;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.ledger.CounterpartyLedger;
import io.github.tahsilat.ledger.ItemBalance;
import io.github.tahsilat.ledger.LedgerEntry;
import io.github.tahsilat.ledger.LedgerEntryKind;
import io.github.tahsilat.terms.DueSchedule;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * Computes {@link CollectionMetrics}: DSO by the standard formula and by countback, the collection
 * effectiveness index, and the average days to pay and beyond terms. Stateless and thread-safe.
 */
public final class CollectionPerformance {

    private static final int COUNTBACK_MONTHS = 36;

    private CollectionPerformance() {}

    /**
     * Returns the collection figures of the ledger's receivables from {@code from} to {@code to}.
     *
     * @param invoices the invoices of the ledger's receivable items
     * @throws InvalidInputException if an argument is missing, {@code to} is before {@code from},
     *     or a receivable item has no invoice in {@code invoices}
     */
    public static CollectionMetrics of(
            CounterpartyLedger ledger, Collection<Invoice> invoices, LocalDate from, LocalDate to) {
        return of(ledger, invoices, from, to, Direction.RECEIVABLE);
    }

    /**
     * Returns the same figures for {@code side}. On {@link Direction#PAYABLE} they describe how
     * punctually the company pays the supplier: credit sales become purchases on credit, and the
     * average days beyond terms is the company's own lateness.
     *
     * @param invoices the invoices of the ledger's items on {@code side}
     * @throws InvalidInputException if an argument is missing, {@code to} is before {@code from},
     *     or an item on the side has no invoice in {@code invoices}
     */
    public static CollectionMetrics of(
            CounterpartyLedger ledger,
            Collection<Invoice> invoices,
            LocalDate from,
            LocalDate to,
            Direction side) {
        InputChecks.present(side, "side", "RECEIVABLE or PAYABLE");
        InputChecks.present(ledger, "ledger", "a counterparty ledger");
        InputChecks.present(invoices, "invoices", "the ledger's invoices");
        InputChecks.present(from, "from", "the first day of the period");
        InputChecks.present(to, "to", "the last day of the period");
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", to, "a date on or after " + from);
        }
        AgingAmounts opening = amounts(ledger, invoices, from.minusDays(1), side);
        AgingAmounts closing = amounts(ledger, invoices, to, side);
        long open = units(opening.total());
        long close = units(closing.total());
        long current = units(closing.buckets().get(0));
        long sales = sales(ledger, from, to, side);
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        Optional<BigDecimal> dso = ratio(BigInteger.valueOf(close).multiply(big(days)), big(sales));
        Optional<BigDecimal> cei =
                ratio(big(open + sales - close).multiply(big(100)), big(open + sales - current));
        long[] timing = timing(ledger, invoices, from, to, side);
        return new CollectionMetrics(
                from,
                to,
                opening.total(),
                money(ledger, sales),
                closing.total(),
                money(ledger, current),
                dso,
                countback(ledger, close, to, side),
                cei,
                ratio(big(timing[1]), big(timing[0])),
                ratio(big(timing[2]), big(timing[0])));
    }

    private static AgingAmounts amounts(
            CounterpartyLedger ledger,
            Collection<Invoice> invoices,
            LocalDate asOf,
            Direction side) {
        AgingReport report = Aging.of(ledger, invoices, AgingOptions.asOf(asOf).side(side));
        if (report.lines().isEmpty()) {
            MonetaryAmount zero = MinorAmount.zero(ledger.currency()).toMonetaryAmount();
            return new AgingAmounts(
                    ledger.currency(), List.of(zero, zero, zero, zero, zero), zero, zero);
        }
        return report.lines().get(0).amounts();
    }

    /** Returns the invoices on the side issued from {@code from} to {@code to} in minor units. */
    private static long sales(
            CounterpartyLedger ledger, LocalDate from, LocalDate to, Direction side) {
        Map<InvoiceId, Direction> sides = sides(ledger);
        long sum = 0;
        for (LedgerEntry entry : ledger.entries()) {
            if (entry.kind() == LedgerEntryKind.INVOICE
                    && !entry.valueDate().isBefore(from)
                    && !entry.valueDate().isAfter(to)
                    && sides.get(entry.invoiceId().orElseThrow()) == side) {
                sum += units(entry.amount());
            }
        }
        return sum;
    }

    private static Optional<BigDecimal> countback(
            CounterpartyLedger ledger, long receivables, LocalDate to, Direction side) {
        long rest = receivables;
        BigDecimal days = BigDecimal.ZERO;
        YearMonth month = YearMonth.from(to);
        for (int i = 0; i < COUNTBACK_MONTHS && rest > 0; i++, month = month.minusMonths(1)) {
            LocalDate end = i == 0 ? to : month.atEndOfMonth();
            long monthDays = end.getDayOfMonth();
            long sales = sales(ledger, month.atDay(1), end, side);
            if (sales >= rest) {
                BigDecimal part =
                        new BigDecimal(big(rest).multiply(big(monthDays)))
                                .divide(BigDecimal.valueOf(sales), 10, RoundingMode.HALF_UP);
                return Optional.of(days.add(part).setScale(2, RoundingMode.HALF_UP));
            }
            rest -= sales;
            days = days.add(BigDecimal.valueOf(monthDays));
        }
        return rest > 0 ? Optional.empty() : Optional.of(days.setScale(2, RoundingMode.HALF_UP));
    }

    /**
     * Returns {Σ applied, Σ applied × days from issue, Σ applied × days from due date} over the
     * money applied to items on {@code side} in the period. Each application is split over the
     * installments it covered in due order.
     */
    private static long[] timing(
            CounterpartyLedger ledger,
            Collection<Invoice> invoices,
            LocalDate from,
            LocalDate to,
            Direction side) {
        Map<InvoiceId, Direction> sides = sides(ledger);
        Map<InvoiceId, Invoice> byId = new HashMap<>();
        for (Invoice invoice : invoices) {
            byId.put(invoice.id(), invoice);
        }
        Map<InvoiceId, long[]> covered = new HashMap<>();
        long[] sums = new long[3];
        for (LedgerEntry entry : ledger.entries()) {
            Optional<InvoiceId> id = entry.invoiceId();
            boolean settles =
                    entry.kind() == LedgerEntryKind.ALLOCATION
                            || entry.kind() == LedgerEntryKind.DISCOUNT
                            || entry.kind() == LedgerEntryKind.WRITE_OFF;
            if (id.isEmpty() || !settles || sides.get(id.get()) != side) {
                continue;
            }
            Invoice invoice = byId.get(id.get());
            if (invoice == null) {
                throw new InvalidInputException(
                        "invoices",
                        id.get(),
                        "the invoice of every item on the side in the ledger");
            }
            long[] position = covered.computeIfAbsent(id.get(), key -> new long[1]);
            long amount = units(entry.amount());
            boolean counts =
                    entry.kind() == LedgerEntryKind.ALLOCATION
                            && !entry.valueDate().isBefore(from)
                            && !entry.valueDate().isAfter(to);
            if (counts) {
                weigh(invoice, position[0], amount, entry.valueDate(), sums);
            }
            position[0] += amount;
        }
        return sums;
    }

    /** Adds {@code amount} applied from position {@code start} of the invoice's schedule. */
    private static void weigh(
            Invoice invoice, long start, long amount, LocalDate paid, long[] sums) {
        long low = Math.min(start, start + amount);
        long high = Math.max(start, start + amount);
        long sign = amount < 0 ? -1 : 1;
        long edge = 0;
        List<DueSchedule.Installment> installments = invoice.dueSchedule().installments();
        for (int i = 0; i < installments.size(); i++) {
            long size = units(installments.get(i).amount());
            long end = i == installments.size() - 1 ? Long.MAX_VALUE : edge + size;
            long part = Math.max(0, Math.min(high, end) - Math.max(low, edge));
            if (part > 0) {
                long weight = sign * part;
                sums[0] += weight;
                sums[1] += weight * (paid.toEpochDay() - invoice.issueDate().toEpochDay());
                sums[2] +=
                        weight * (paid.toEpochDay() - installments.get(i).dueDate().toEpochDay());
            }
            edge = end;
            if (edge == Long.MAX_VALUE) {
                break;
            }
        }
    }

    /**
     * Returns the money applied to the ledger's receivable items with a value date from {@code
     * from} to {@code to}, applications undone by a reversal taken off.
     */
    static MonetaryAmount applied(
            CounterpartyLedger ledger, Collection<Invoice> invoices, LocalDate from, LocalDate to) {
        return money(ledger, timing(ledger, invoices, from, to, Direction.RECEIVABLE)[0]);
    }

    private static Map<InvoiceId, Direction> sides(CounterpartyLedger ledger) {
        Map<InvoiceId, Direction> sides = new HashMap<>();
        for (ItemBalance item : ledger.items()) {
            sides.put(item.invoiceId(), item.side());
        }
        return sides;
    }

    private static Optional<BigDecimal> ratio(BigInteger numerator, BigInteger denominator) {
        if (denominator.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(
                new BigDecimal(numerator)
                        .divide(new BigDecimal(denominator), 2, RoundingMode.HALF_UP));
    }

    private static BigInteger big(long value) {
        return BigInteger.valueOf(value);
    }

    private static long units(MonetaryAmount amount) {
        return MinorAmount.of(amount, RoundingMode.UNNECESSARY).units();
    }

    private static MonetaryAmount money(CounterpartyLedger ledger, long units) {
        return new MinorAmount(units, ledger.currency()).toMonetaryAmount();
    }
}
