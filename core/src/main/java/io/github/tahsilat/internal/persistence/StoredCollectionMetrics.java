package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.persistence.spi.record.LedgerEntryKind;
import io.github.tahsilat.persistence.spi.record.LedgerEntryRecord;
import io.github.tahsilat.report.AgingAmounts;
import io.github.tahsilat.report.AgingOptions;
import io.github.tahsilat.report.AgingReport;
import io.github.tahsilat.report.CollectionMetrics;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * Computes a company's {@link CollectionMetrics} in one currency from the stored ledger, with the
 * formulas that {@link CollectionMetrics} documents, over all counterparties at once.
 *
 * <p>Opening and closing receivables come from the replayed aging of the day before the period and
 * of its last day. Credit sales are the receivable invoice entries dated in the period (a
 * cancellation counts negatively). The timing figures weigh each {@code ALLOCATION} entry dated in
 * the period on a receivable item, split over the installments it covered in due order, after what
 * earlier allocations, discounts and write-offs covered. On the payable side the same figures
 * describe the company's own payments to its suppliers. Not thread-safe while running.
 */
public final class StoredCollectionMetrics {

    private static final int COUNTBACK_MONTHS = 36;

    private final StoreContext context;
    private final CompanyId companyId;
    private final CurrencyUnit currency;
    private final LocalDate from;
    private final LocalDate to;
    private final Direction side;
    private final Map<YearMonth, Long> salesByMonth = new HashMap<>();
    private long sales;

    private final PaymentTiming timing;

    private StoredCollectionMetrics(
            StoreContext context,
            CompanyId companyId,
            CurrencyUnit currency,
            LocalDate from,
            LocalDate to,
            Direction side) {
        this.context = context;
        this.companyId = companyId;
        this.currency = currency;
        this.from = from;
        this.to = to;
        this.side = side;
        this.timing = new PaymentTiming(currency, from);
    }

    /**
     * Returns the receivables figures of the company in {@code currency} from {@code from} to
     * {@code to}, both inclusive. The caller has checked that {@code to} is not before {@code
     * from}.
     */
    public static CollectionMetrics of(
            StoreContext context,
            CompanyId companyId,
            CurrencyUnit currency,
            LocalDate from,
            LocalDate to) {
        return of(context, companyId, currency, from, to, Direction.RECEIVABLE);
    }

    /**
     * Returns the figures of the company's items on {@code side} in {@code currency} from {@code
     * from} to {@code to}, both inclusive. The caller has checked that {@code to} is not before
     * {@code from}.
     */
    public static CollectionMetrics of(
            StoreContext context,
            CompanyId companyId,
            CurrencyUnit currency,
            LocalDate from,
            LocalDate to,
            Direction side) {
        return new StoredCollectionMetrics(context, companyId, currency, from, to, side).compute();
    }

    private CollectionMetrics compute() {
        AgingAmounts opening = receivables(from.minusDays(1));
        AgingAmounts closing = receivables(to);
        for (LedgerAccounts.Account account :
                LedgerAccounts.inCurrency(context, companyId, currency, to)) {
            read(account);
        }
        long open = units(opening.total());
        long close = units(closing.total());
        long current = units(closing.buckets().get(0));
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        return new CollectionMetrics(
                from,
                to,
                opening.total(),
                money(sales),
                closing.total(),
                money(current),
                ratio(big(close).multiply(big(days)), big(sales)),
                countback(close),
                ratio(big(open + sales - close).multiply(big(100)), big(open + sales - current)),
                ratio(big(timing.daysFromIssue()), big(timing.applied())),
                ratio(big(timing.daysFromDue()), big(timing.applied())));
    }

    /** Returns the company's receivables in the currency at the end of {@code asOf}. */
    private AgingAmounts receivables(LocalDate asOf) {
        AgingOptions options = AgingOptions.asOf(asOf).side(side);
        AgingReport report =
                StoredAging.ofLedger(
                        companyId,
                        new LedgerOpenItems(context, companyId, asOf, Instant.MAX, options.side()),
                        options);
        for (AgingAmounts total : report.totals()) {
            if (total.currency().equals(currency)) {
                return total;
            }
        }
        return new AgingAmounts(
                currency,
                List.of(money(0), money(0), money(0), money(0), money(0)),
                money(0),
                money(0));
    }

    /** Adds one account's credit sales and payment timing. */
    private void read(LedgerAccounts.Account account) {
        LocalDate firstMonth = YearMonth.from(to).minusMonths(COUNTBACK_MONTHS - 1).atDay(1);
        LedgerAccounts.forEachItemEntry(
                context,
                companyId,
                account,
                to,
                side,
                (entry, invoice) -> {
                    if (entry.kind() == LedgerEntryKind.INVOICE) {
                        sale(entry, firstMonth);
                    }
                    timing.take(entry, invoice);
                });
        timing.forgetPositions();
    }

    /**
     * Adds an invoice entry to the period's sales and, within the countback months, its month's.
     */
    private void sale(LedgerEntryRecord entry, LocalDate firstMonth) {
        long amount = units(entry.amount());
        if (!entry.valueDate().isBefore(firstMonth)) {
            salesByMonth.merge(YearMonth.from(entry.valueDate()), amount, Math::addExact);
        }
        if (!entry.valueDate().isBefore(from)) {
            sales = Math.addExact(sales, amount);
        }
    }

    private Optional<BigDecimal> countback(long receivables) {
        long rest = receivables;
        BigDecimal days = BigDecimal.ZERO;
        YearMonth month = YearMonth.from(to);
        for (int i = 0; i < COUNTBACK_MONTHS && rest > 0; i++, month = month.minusMonths(1)) {
            LocalDate end = i == 0 ? to : month.atEndOfMonth();
            long monthDays = end.getDayOfMonth();
            long monthSales = salesByMonth.getOrDefault(month, 0L);
            if (monthSales >= rest) {
                BigDecimal part =
                        new BigDecimal(big(rest).multiply(big(monthDays)))
                                .divide(BigDecimal.valueOf(monthSales), 10, RoundingMode.HALF_UP);
                return Optional.of(days.add(part).setScale(2, RoundingMode.HALF_UP));
            }
            rest -= monthSales;
            days = days.add(BigDecimal.valueOf(monthDays));
        }
        return rest > 0 ? Optional.empty() : Optional.of(days.setScale(2, RoundingMode.HALF_UP));
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

    private long units(javax.money.MonetaryAmount amount) {
        return MinorAmount.of(amount, RoundingMode.UNNECESSARY).units();
    }

    private long units(BigDecimal amount) {
        return MinorAmount.of(amount, currency, RoundingMode.UNNECESSARY).units();
    }

    private javax.money.MonetaryAmount money(long units) {
        return new MinorAmount(units, currency).toMonetaryAmount();
    }
}
