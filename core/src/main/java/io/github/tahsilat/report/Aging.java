package io.github.tahsilat.report;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.fx.MissingRateException;
import io.github.tahsilat.fx.spi.ExchangeRateSource;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.report.AgingTable;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.ledger.CounterpartyLedger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;

/**
 * Builds agings of receivables or payables, from dated ledger entries or from the store's compact
 * projection of open items.
 *
 * <p>The ledger path is exact for any past date and as known at any instant: it replays the entries
 * with a value date on or before the date and recorded at or before the instant, so an aging does
 * not change when later entries are added. The line of each ledger satisfies {@code net() =
 * ledger.balance(asOf, knownAt)} when the ledger has items and credit on one side only. The
 * projection path reads primitives only and suits a million items; it ages the amounts the
 * projection carries, with the instrument and credit columns its source hands over.
 *
 * <p>Totals are per currency; {@link #inFunctionalCurrency} adds them converted into the functional
 * currency at the rates of one date.
 *
 * <p>Stateless and thread-safe.
 */
public final class Aging {

    private Aging() {}

    /**
     * Returns the aging of the ledgers of one company.
     *
     * @param ledgers the counterparties' ledgers, all of one company
     * @param invoices the invoices of the ledgers' items on the aged side, for their due schedules
     *     and issue dates; others are ignored
     * @param options the date, instant, side, basis and buckets
     * @throws InvalidInputException if an argument is missing, {@code ledgers} is empty or spans
     *     several companies, or an item on the aged side has no invoice in {@code invoices}
     */
    public static AgingReport of(
            Collection<CounterpartyLedger> ledgers,
            Collection<Invoice> invoices,
            AgingOptions options) {
        InputChecks.present(ledgers, "ledgers", "the counterparties' ledgers");
        InputChecks.present(invoices, "invoices", "the ledgers' invoices");
        InputChecks.present(options, "options", "the aging's options");
        if (ledgers.isEmpty()) {
            throw new InvalidInputException("ledgers", ledgers, "at least one ledger");
        }
        CompanyId company = ledgers.iterator().next().companyId();
        Map<InvoiceId, Invoice> byId = byId(invoices);
        AgingTable table = new AgingTable(options.buckets().size());
        for (CounterpartyLedger ledger : ledgers) {
            if (!ledger.companyId().equals(company)) {
                throw new InvalidInputException(
                        "ledgers", ledger.companyId(), "ledgers of company " + company + " only");
            }
            LedgerAging.age(ledger, byId, options, table);
        }
        return TableReports.report(company, options, table);
    }

    /**
     * Returns the aging of one ledger.
     *
     * @throws InvalidInputException under the conditions of {@link #of(Collection, Collection,
     *     AgingOptions)}
     */
    public static AgingReport of(
            CounterpartyLedger ledger, Collection<Invoice> invoices, AgingOptions options) {
        InputChecks.present(ledger, "ledger", "a counterparty ledger");
        return of(List.of(ledger), invoices, options);
    }

    /**
     * Returns the open items of one ledger on {@code options.side()} as of {@code options.asOf()},
     * as known at {@code options.knownAt()}: one line per installment or charge with something
     * open, by due date, then invoice number and installment. The basis and buckets are not used.
     *
     * @throws InvalidInputException if an argument is missing or an item on the side has no invoice
     *     in {@code invoices}
     */
    public static List<OpenItemLine> openItems(
            CounterpartyLedger ledger, Collection<Invoice> invoices, AgingOptions options) {
        InputChecks.present(ledger, "ledger", "a counterparty ledger");
        InputChecks.present(invoices, "invoices", "the ledger's invoices");
        InputChecks.present(options, "options", "the date, instant and side");
        return LedgerAging.openItems(ledger, byId(invoices), options);
    }

    /**
     * Returns the aging of open items in compact form, such as the store's open-item projection.
     * Each item's open amount counts as its amount on {@code options.asOf()}; for a past date the
     * caller hands over amounts as of that date. {@code options.knownAt()} is not used. Items and
     * credit of the other side, and items with nothing open, are skipped. The unapplied credit and
     * the covered amounts that {@link CompactItems#forEach(CompactItems.Sink,
     * CompactItems.CreditSink, CompactItems.CoverSink)} hands over go to the credit and
     * covered-by-instruments columns.
     *
     * <p>A source that numbers its counterparties costs the report an {@code int} per number, from
     * 0 up to the largest number used, in each currency. Dense numbers, such as row positions, keep
     * this small. A number near 2^22 costs about 16 MB per currency; from 2^22 on, the report finds
     * the counterparty by its id instead.
     *
     * @throws InvalidInputException if an argument is missing, if a sum overflows a long count of
     *     minor units, or if {@code items} hands over an item, credit or covered amount without its
     *     side, counterparty id or currency code, or with a counterparty number that it used for
     *     another id in the same pass. Also if an amount that is not zero and is on {@code
     *     options.side()} has a currency code that Moneta does not know, which is rejected before
     *     the source hands over its next amount.
     */
    public static AgingReport ofCompact(
            CompanyId companyId, CompactItems items, AgingOptions options) {
        InputChecks.present(companyId, "companyId", "the company's id");
        InputChecks.present(items, "items", "the open items in compact form");
        InputChecks.present(options, "options", "the aging's options");
        AgingTable table = new AgingTable(options.buckets().size());
        ProjectionAging.age(items, options, table);
        try {
            return TableReports.report(companyId, options, table);
        } catch (ArithmeticException overflow) {
            throw ProjectionAging.totalOverflow(table);
        }
    }

    /**
     * Returns {@code report} with its per-currency totals converted into {@code functional} at the
     * rates {@code rates} gives for {@code rateDate}. Each bucket and column is converted on its
     * own and rounded to the functional currency's minor unit with {@code roundingMode}, as {@link
     * FunctionalTotals} describes. A total already in the functional currency is copied unchanged.
     * The lines stay in their own currencies, and each counterparty's lines are also converted,
     * amount by amount, and added up in {@link FunctionalTotals#perCounterparty()}.
     *
     * @throws InvalidInputException if an argument is missing or {@code roundingMode} is {@link
     *     RoundingMode#UNNECESSARY}
     * @throws MissingRateException if {@code rates} has no rate from a total's currency to {@code
     *     functional} on {@code rateDate}
     * @throws CurrencyMismatchException if {@code rates} returns a rate of another currency pair
     * @throws ArithmeticException if a converted sum overflows a long count of minor units
     */
    public static AgingReport inFunctionalCurrency(
            AgingReport report,
            CurrencyUnit functional,
            ExchangeRateSource rates,
            LocalDate rateDate,
            RoundingMode roundingMode) {
        InputChecks.present(report, "report", "an aging report");
        InputChecks.present(functional, "functional", "the functional currency");
        InputChecks.present(rates, "rates", "an exchange-rate source");
        InputChecks.present(rateDate, "rateDate", "the date of the rates");
        InputChecks.present(roundingMode, "roundingMode", "a rounding mode such as HALF_UP");
        if (roundingMode == RoundingMode.UNNECESSARY) {
            throw new InvalidInputException(
                    "roundingMode", roundingMode, "a mode that rounds, such as HALF_UP");
        }
        return report.withFunctionalTotals(
                FunctionalConversion.convert(report, functional, rates, rateDate, roundingMode));
    }

    private static Map<InvoiceId, Invoice> byId(Collection<Invoice> invoices) {
        Map<InvoiceId, Invoice> byId = new HashMap<>();
        for (Invoice invoice : invoices) {
            byId.put(invoice.id(), invoice);
        }
        return byId;
    }
}
