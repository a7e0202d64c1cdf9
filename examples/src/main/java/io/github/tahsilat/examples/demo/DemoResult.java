package io.github.tahsilat.examples.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * What a replay did, for the terminal summary and the HTML report. Amounts are exact and in one
 * currency each; nothing is converted between currencies.
 *
 * @param companyName the company's legal name, as given (escape it before printing it as HTML)
 * @param seed the scenario's seed
 * @param customers the number of customers
 * @param first the first day replayed
 * @param last the last day replayed
 * @param counts what happened, by event
 * @param statementDays the reconciliation of each business day's statements, in date order
 * @param reimport the second import of the first statement file with an auto-applied line, or
 *     {@code null} when no line was auto-applied
 * @param instruments the post-dated cheques and promissory notes
 * @param paymentPlans the payment plans agreed and how they ended
 * @param currencies the money figures per currency, by currency code
 * @param bucketLabels the aging buckets' labels, in order
 * @param agingByMonthEnd the month-end agings, in date order
 * @param collections the collections of each month against the forecast, in month order
 * @param noticesByMonth the notices delivered per month, indexed by level from 0 to {@link #LEVELS}
 * @param largestBalances the customers with the largest outstanding amounts at the end, largest
 *     first
 * @param elapsed how long the replay took
 */
record DemoResult(
        String companyName,
        long seed,
        int customers,
        LocalDate first,
        LocalDate last,
        Counts counts,
        List<StatementDay> statementDays,
        Reimport reimport,
        Instruments instruments,
        PaymentPlans paymentPlans,
        List<CurrencyFigures> currencies,
        List<String> bucketLabels,
        List<AgingSnapshot> agingByMonthEnd,
        List<MonthCollections> collections,
        Map<YearMonth, int[]> noticesByMonth,
        List<OpenBalance> largestBalances,
        Duration elapsed) {

    /** The number of dunning levels of the demo's policy. */
    static final int LEVELS = 3;

    /** Copies the lists and the map. */
    DemoResult {
        statementDays = List.copyOf(statementDays);
        currencies = List.copyOf(currencies);
        bucketLabels = List.copyOf(bucketLabels);
        agingByMonthEnd = List.copyOf(agingByMonthEnd);
        collections = List.copyOf(collections);
        noticesByMonth = Map.copyOf(noticesByMonth);
        largestBalances = List.copyOf(largestBalances);
    }

    /** Returns the bank lines of the whole replay counted by {@code count}. */
    int statementLines(java.util.function.ToIntFunction<StatementDay> count) {
        return statementDays.stream().mapToInt(count).sum();
    }

    /** Returns the notices delivered at {@code level} over the whole replay. */
    int noticesAtLevel(int level) {
        return noticesByMonth.values().stream().mapToInt(counts -> counts[level]).sum();
    }

    /**
     * The number of events of each kind.
     *
     * @param invoices the invoices issued
     * @param creditNotes the credit notes recorded
     * @param disputes the disputes recorded as dunning blocks
     * @param promises the promises to pay recorded
     * @param promisesKept the promises whose date passed with the promised amount paid
     * @param promisesBroken the promises the dunning service judged broken
     * @param statementFiles the camt.053 files written and imported
     * @param dunningRuns the dunning runs, one per business day
     */
    record Counts(
            int invoices,
            int creditNotes,
            int disputes,
            int promises,
            int promisesKept,
            int promisesBroken,
            int statementFiles,
            int dunningRuns) {}

    /**
     * The outcome of the library's reconciliation for the bank lines of one day's statements.
     *
     * @param date the booking day
     * @param matched the lines booked as payments without review (auto-applied)
     * @param suggested the lines matched below the auto-apply threshold, left for a person
     * @param unmatched the lines that matched no open item
     * @param reversed the returned lines booked as the reversal of an earlier payment
     */
    record StatementDay(LocalDate date, int matched, int suggested, int unmatched, int reversed) {}

    /**
     * The second import of one day's statement file, which must book nothing.
     *
     * @param date the statement's day
     * @param booked the lines booked by the second import, zero when the bank-entry keys work
     * @param alreadyBooked the lines the second import recognised as booked before
     */
    record Reimport(LocalDate date, int booked, int alreadyBooked) {}

    /**
     * The money of one currency over the replay. Invariant, checked by the tests: {@code invoiced +
     * fees + interest - applied - instruments - discounts - credited = outstanding}, and {@code
     * received = applied + overpaid}.
     *
     * @param currency the currency
     * @param invoiced the receivable of every invoice issued
     * @param fees the bounce fees charged
     * @param interest the payment plans' interest, booked as charges on the plans' first items
     * @param received the bank lines booked as payments
     * @param applied the money the payments applied to invoices, net of returned payments
     * @param instruments the money that cleared cheques and promissory notes applied to invoices
     * @param discounts the early-payment discounts granted
     * @param credited the credit notes applied to invoices
     * @param overpaid the money kept as the customers' unapplied credit
     * @param leftForReview the bank lines left for a person
     * @param outstanding what the invoices still owe at the end, with the fees and interest open on
     *     them
     */
    record CurrencyFigures(
            CurrencyUnit currency,
            MonetaryAmount invoiced,
            MonetaryAmount fees,
            MonetaryAmount interest,
            MonetaryAmount received,
            MonetaryAmount applied,
            MonetaryAmount instruments,
            MonetaryAmount discounts,
            MonetaryAmount credited,
            MonetaryAmount overpaid,
            MonetaryAmount leftForReview,
            MonetaryAmount outstanding) {}

    /**
     * The post-dated cheques and promissory notes of the replay, all in the company's currency.
     *
     * @param received the instruments received, notes included
     * @param notes the promissory notes among them
     * @param handedToBank the instruments given to the bank for collection before maturity
     * @param cleared the instruments paid at maturity
     * @param bounced the instruments not paid at maturity (karşılıksız)
     * @param endorsed the instruments endorsed to the supplier
     * @param feesCharged the bounce fees charged to customers
     * @param months the portfolio at each month end and the month's steps, in month order
     */
    record Instruments(
            int received,
            int notes,
            int handedToBank,
            int cleared,
            int bounced,
            int endorsed,
            MonetaryAmount feesCharged,
            List<PortfolioMonth> months) {

        /** Copies the list. */
        Instruments {
            months = List.copyOf(months);
        }
    }

    /**
     * The payment plans of the replay. A plan's items are left out of dunning while it is active.
     *
     * @param agreed the plans agreed
     * @param items the invoices the plans cover
     * @param completed the plans whose items were all paid
     * @param broken the plans broken by an installment left unpaid past its grace days
     * @param active the plans still active after the last dunning run
     * @param exclusions the items the dunning runs left out because an active plan covered them,
     *     counted once per run
     * @param excludedItems the distinct items left out of at least one run for that reason
     * @param currencies the plans' money per currency, by currency code
     * @param months the plans agreed, completed and broken in each month replayed, in month order
     */
    record PaymentPlans(
            int agreed,
            int items,
            int completed,
            int broken,
            int active,
            int exclusions,
            int excludedItems,
            List<PlanMoney> currencies,
            List<PlanMonth> months) {

        /** Copies the lists. */
        PaymentPlans {
            currencies = List.copyOf(currencies);
            months = List.copyOf(months);
        }
    }

    /**
     * The payment plans of one currency.
     *
     * @param currency the currency
     * @param agreed the plans agreed in this currency
     * @param restructured what the plans' items owed when the plans were agreed
     * @param interest the interest the plans added
     * @param paid what the customers paid towards the plans' installments
     * @param outstandingActive what is still owed on the plans active at the end
     */
    record PlanMoney(
            CurrencyUnit currency,
            int agreed,
            MonetaryAmount restructured,
            MonetaryAmount interest,
            MonetaryAmount paid,
            MonetaryAmount outstandingActive) {}

    /**
     * The payment plans of one month.
     *
     * @param month the month
     * @param agreed the plans agreed in the month
     * @param completed the plans completed in the month
     * @param broken the plans broken in the month
     */
    record PlanMonth(YearMonth month, int agreed, int completed, int broken) {}

    /**
     * The instruments of one month.
     *
     * @param month the month
     * @param inPortfolio the face value in the company's portfolio at the month end
     * @param atBank the face value at the bank for collection at the month end
     * @param endorsed the face value endorsed to the supplier and not yet cleared or bounced at the
     *     month end
     * @param received the instruments received in the month
     * @param cleared the instruments cleared in the month
     * @param bounced the instruments bounced in the month
     * @param endorsedInMonth the instruments endorsed in the month
     */
    record PortfolioMonth(
            YearMonth month,
            MonetaryAmount inPortfolio,
            MonetaryAmount atBank,
            MonetaryAmount endorsed,
            int received,
            int cleared,
            int bounced,
            int endorsedInMonth) {}

    /**
     * The aging of one currency at a month end.
     *
     * @param date the month end
     * @param currency the currency
     * @param buckets one amount per bucket, in the order of the labels
     */
    record AgingSnapshot(LocalDate date, CurrencyUnit currency, List<MonetaryAmount> buckets) {

        /** Copies the list. */
        AgingSnapshot {
            buckets = List.copyOf(buckets);
        }
    }

    /**
     * One month's collections in one currency against the forecast made on its first day.
     *
     * @param month the month
     * @param currency the currency
     * @param forecast the open amounts due by the month's last day, as known on its first day
     * @param collected the money applied to invoices during the month
     */
    record MonthCollections(
            YearMonth month,
            CurrencyUnit currency,
            MonetaryAmount forecast,
            MonetaryAmount collected) {}

    /**
     * A customer's outstanding amount at the end.
     *
     * @param name the customer's name, as given (escape it before printing it as HTML)
     * @param amount the outstanding amount
     */
    record OpenBalance(String name, MonetaryAmount amount) {}
}
