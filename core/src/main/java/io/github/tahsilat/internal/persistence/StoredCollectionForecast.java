package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.persistence.spi.record.LedgerEntryKind;
import io.github.tahsilat.persistence.spi.record.LedgerEntryRecord;
import io.github.tahsilat.report.CollectionForecast;
import io.github.tahsilat.report.CompanyCollectionForecast;
import io.github.tahsilat.report.ForecastPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Computes a company's {@link CompanyCollectionForecast} in one currency from the stored ledger,
 * and the cash actually applied in its periods, over all counterparties at once.
 *
 * <p>The forecast reads the ledger twice up to the forecast date: once account by account for each
 * counterparty's lateness, as {@link PaymentTiming} weighs it, and once through {@link
 * LedgerOpenItems} for the items open on that date. Stateless and thread-safe.
 */
public final class StoredCollectionForecast {

    private StoredCollectionForecast() {}

    /**
     * Returns the forecast of the company's receivables in {@code currency} as of {@code asOf},
     * with each counterparty's lateness taken from the {@code lookbackDays} days that end on {@code
     * asOf}. The caller has checked the arguments.
     */
    public static CompanyCollectionForecast of(
            StoreContext context,
            CompanyId companyId,
            CurrencyUnit currency,
            LocalDate asOf,
            CollectionForecast.Step step,
            int count,
            int lookbackDays) {
        LocalDate windowStart = asOf.minusDays(lookbackDays - 1L);
        Map<CounterpartyId, Long> lateness = new HashMap<>();
        for (LedgerAccounts.Account account :
                LedgerAccounts.inCurrency(context, companyId, currency, asOf)) {
            PaymentTiming timing = new PaymentTiming(currency, windowStart);
            LedgerAccounts.forEachItemEntry(
                    context, companyId, account, asOf, Direction.RECEIVABLE, timing::take);
            Optional<BigDecimal> days = timing.averageDaysBeyondTerms();
            if (days.isPresent()) {
                lateness.put(
                        new CounterpartyId(account.counterpartyId()),
                        days.get().setScale(0, RoundingMode.HALF_UP).longValueExact());
            }
        }
        return CompanyCollectionForecast.of(
                new LedgerOpenItems(context, companyId, asOf, Instant.MAX, Direction.RECEIVABLE),
                asOf,
                currency,
                lateness,
                step,
                count);
    }

    /**
     * Returns the cash applied to the company's receivable items in the forecast's currency in each
     * of its periods: the {@code ALLOCATION} entries dated in the period, reversals subtracted.
     */
    public static List<MonetaryAmount> applied(
            StoreContext context, CompanyId companyId, CompanyCollectionForecast forecast) {
        List<ForecastPeriod> periods = forecast.periods();
        LocalDate first = periods.get(0).start();
        LocalDate last = periods.get(periods.size() - 1).end();
        long[] sums = new long[periods.size()];
        CurrencyUnit currency = forecast.currency();
        for (LedgerAccounts.Account account :
                LedgerAccounts.inCurrency(context, companyId, currency, last)) {
            LedgerAccounts.forEachItemEntry(
                    context,
                    companyId,
                    account,
                    last,
                    Direction.RECEIVABLE,
                    (entry, invoice) -> {
                        LocalDate date = entry.valueDate();
                        if (entry.kind() == LedgerEntryKind.ALLOCATION && !date.isBefore(first)) {
                            int period = periodOf(periods, date);
                            sums[period] = Math.addExact(sums[period], units(entry, currency));
                        }
                    });
        }
        List<MonetaryAmount> applied = new ArrayList<>(sums.length);
        for (long sum : sums) {
            applied.add(new MinorAmount(sum, currency).toMonetaryAmount());
        }
        return applied;
    }

    private static long units(LedgerEntryRecord entry, CurrencyUnit currency) {
        return MinorAmount.of(entry.amount(), currency, RoundingMode.UNNECESSARY).units();
    }

    private static int periodOf(List<ForecastPeriod> periods, LocalDate date) {
        for (int i = 0; i < periods.size(); i++) {
            if (!date.isAfter(periods.get(i).end())) {
                return i;
            }
        }
        throw new IllegalStateException("date " + date + " after the last period");
    }
}
