package io.github.tahsilat.service.report;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.error.StoredDataException;
import io.github.tahsilat.fx.MissingRateException;
import io.github.tahsilat.fx.spi.ExchangeRateSource;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.persistence.spi.StoreException;
import io.github.tahsilat.report.AgingOptions;
import io.github.tahsilat.report.AgingReport;
import io.github.tahsilat.report.CollectionForecast;
import io.github.tahsilat.report.CollectionMetrics;
import io.github.tahsilat.report.CompanyCollectionForecast;
import io.github.tahsilat.report.ForecastError;
import io.github.tahsilat.report.PaymentPunctuality;
import io.github.tahsilat.service.NotFoundException;
import java.time.LocalDate;
import java.util.List;
import javax.money.CurrencyUnit;

/**
 * Reports over the host's stores. Implementations are thread-safe.
 *
 * <p>An aging of a past date, or as known at an instant, is replayed from the stored ledger, so its
 * amounts are those of that date and it does not change when later entries are added.
 */
public interface ReportService {

    /**
     * Returns the aging of the company's receivables or payables as {@code options} request.
     *
     * <p>For {@code options.asOf()} on or after today's date in the company's time zone, with
     * {@code options.knownAt()} equal to {@link java.time.Instant#MAX}, the items are read from the
     * store's projection of open items through its {@code forEachOpenItem}, with today's amounts
     * and without the credit column. The projection carries outstanding principal, so the open fee
     * and interest of each receivable are read from the ledger and aged as items issued and due on
     * their own value dates, whatever the invoice's status. Otherwise each counterparty's ledger
     * entries with a value date on or before {@code asOf} and recorded at or before {@code knownAt}
     * are replayed: an item issued after {@code asOf} is left out, each open installment or charge
     * is aged, and the unapplied credit of each counterparty is its own column. Then the {@link
     * io.github.tahsilat.report.AgingAmounts#net()} of a line is the counterparty's ledger balance
     * in that currency as of that date and instant, negated for payables, when the counterparty has
     * entries on that side only.
     *
     * <p>The covered-by-instruments column is what the provisional allocations of the cheques and
     * promissory notes uncleared on the date took, every component included. Those amounts stay in
     * their items' buckets. On the replay path an instrument's amount that covers an item is no
     * longer unapplied credit. The line's net is then its total less the covered amount and the
     * credit.
     *
     * @throws InvalidInputException if an argument is missing
     * @throws NotFoundException if the company is not stored
     * @throws StoredDataException if the stored items contain a value the aging rejects: an unknown
     *     currency code, sums past a long count of minor units, or a counterparty number that the
     *     store handed over for two ids. The message names the company and the value.
     * @throws StoreException if the store fails
     */
    AgingReport aging(CompanyId companyId, AgingOptions options);

    /**
     * Returns the aging as {@link #aging(CompanyId, AgingOptions)} builds it, with its per-currency
     * totals also converted into the company's functional currency at the rates of {@code
     * rateDate}, each amount rounded with the company's rounding mode as {@link
     * io.github.tahsilat.report.FunctionalTotals} describes, and each counterparty's lines
     * converted and added up into one total per counterparty.
     *
     * @throws InvalidInputException if an argument is missing
     * @throws NotFoundException if the company is not stored
     * @throws MissingRateException if {@code rates} has no rate from a currency of the report to
     *     the functional currency on {@code rateDate}
     * @throws StoredDataException under the conditions of {@link #aging(CompanyId, AgingOptions)}
     * @throws StoreException if the store fails
     */
    AgingReport aging(
            CompanyId companyId,
            AgingOptions options,
            ExchangeRateSource rates,
            LocalDate rateDate);

    /**
     * Returns the company's receivables collection figures in {@code currency} from {@code from} to
     * {@code to}, both inclusive, over all its counterparties, with the formulas {@link
     * CollectionMetrics} documents. The figures are replayed from the stored ledger with every
     * entry recorded, so they are the same for a past period whenever they are computed, unless
     * entries are later recorded with value dates in or before it.
     *
     * @throws InvalidInputException if an argument is missing or {@code to} is before {@code from}
     * @throws NotFoundException if the company is not stored
     * @throws StoredDataException if the stored ledger contains a value the aging of the opening or
     *     closing day rejects, as for {@link #aging(CompanyId, AgingOptions)}
     * @throws StoreException if the store fails
     */
    CollectionMetrics collectionMetrics(
            CompanyId companyId, CurrencyUnit currency, LocalDate from, LocalDate to);

    /**
     * Returns the figures of {@link #collectionMetrics(CompanyId, CurrencyUnit, LocalDate,
     * LocalDate)} for the company's items on {@code side}. On {@link Direction#PAYABLE} they
     * describe the company's own payments: credit sales become purchases on credit, the DSO becomes
     * days payable outstanding, and the average days beyond terms is how late the company pays its
     * suppliers. Receivables and payables are never mixed.
     *
     * @throws InvalidInputException if an argument is missing or {@code to} is before {@code from}
     * @throws NotFoundException if the company is not stored
     * @throws StoredDataException if the stored ledger contains a value the aging of the opening or
     *     closing day rejects, as for {@link #aging(CompanyId, AgingOptions)}
     * @throws StoreException if the store fails
     */
    CollectionMetrics collectionMetrics(
            CompanyId companyId,
            CurrencyUnit currency,
            LocalDate from,
            LocalDate to,
            Direction side);

    /**
     * Returns how punctually money was applied to each counterparty's items on {@code side} in
     * {@code currency} from {@code from} to {@code to}, both inclusive: on {@link
     * Direction#PAYABLE} how punctually the company paid each supplier, on {@link
     * Direction#RECEIVABLE} how punctually each customer paid. There is a line per counterparty
     * with money applied in the period, by the counterparty id's text. The figures are replayed
     * from the stored ledger with every entry recorded.
     *
     * @throws InvalidInputException if an argument is missing or {@code to} is before {@code from}
     * @throws NotFoundException if the company is not stored
     * @throws StoreException if the store fails
     */
    List<PaymentPunctuality> paymentPunctuality(
            CompanyId companyId,
            CurrencyUnit currency,
            LocalDate from,
            LocalDate to,
            Direction side);

    /**
     * Returns the forecast of the cash the company's open receivables in {@code currency} bring in,
     * by week or month from {@code asOf}, with each counterparty's items moved by the lateness it
     * showed in the {@code lookbackDays} days that end on {@code asOf}, and the plain due-date
     * forecast beside it, by the method {@link CompanyCollectionForecast} documents. The open items
     * and the lateness are replayed from the stored ledger with every entry recorded, so a forecast
     * of a past date can be compared with what happened after it through {@link
     * #forecastError(CompanyId, CompanyCollectionForecast)}.
     *
     * @param count the number of periods, from 1 to 520
     * @param lookbackDays the length of the lateness window in days, at least 1
     * @throws InvalidInputException if an argument is missing, {@code count} is not from 1 to 520,
     *     or {@code lookbackDays} is below 1
     * @throws NotFoundException if the company is not stored
     * @throws StoreException if the store fails
     */
    CompanyCollectionForecast collectionForecast(
            CompanyId companyId,
            CurrencyUnit currency,
            LocalDate asOf,
            CollectionForecast.Step step,
            int count,
            int lookbackDays);

    /**
     * Returns how far {@code forecast} was from the cash the stored ledger shows applied to the
     * company's receivable items in each of its periods, reversals subtracted, as {@link
     * CompanyCollectionForecast#errorAgainst(java.util.List)} measures it. Periods still to come
     * count what has been applied so far.
     *
     * @throws InvalidInputException if an argument is missing
     * @throws NotFoundException if the company is not stored
     * @throws StoreException if the store fails
     */
    ForecastError forecastError(CompanyId companyId, CompanyCollectionForecast forecast);

    /**
     * Returns the receivables aging of the company's open items in the standard buckets, as of
     * today's date in the company's time zone, from the engine's clock.
     *
     * @throws InvalidInputException if {@code companyId} is missing
     * @throws NotFoundException if the company is not stored
     * @throws StoredDataException under the conditions of {@link #aging(CompanyId, AgingOptions)}
     * @throws StoreException if the store fails
     */
    AgingReport aging(CompanyId companyId);
}
