package io.github.tahsilat.report;

import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import java.math.BigDecimal;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * The amounts of one aging row in one currency.
 *
 * <p>Invariant: {@link #total()} is the sum of the buckets. Amounts covered by uncleared cheques or
 * promissory notes stay in their items' buckets and are shown again in {@code
 * coveredByInstruments}; unapplied credit is never in a bucket. Immutable and thread-safe.
 *
 * <p>In a report from {@link Aging#ofCompact} or {@link Aging#of}, each bucket amount and the total
 * are built on their first read and then kept, so a report that is never read in full builds few
 * Moneta amounts.
 *
 * @param currency the currency of every amount
 * @param buckets one amount per bucket, in the order of the report's buckets
 * @param coveredByInstruments the part of the buckets settled by instruments not yet cleared
 * @param unappliedCredit payments and credit documents not applied to any item
 */
public record AgingAmounts(
        CurrencyUnit currency,
        List<MonetaryAmount> buckets,
        MonetaryAmount coveredByInstruments,
        MonetaryAmount unappliedCredit) {

    /**
     * Checks the components and copies the buckets.
     *
     * @throws InvalidInputException if a component is missing or there is no bucket
     * @throws CurrencyMismatchException if an amount is in another currency
     */
    public AgingAmounts {
        InputChecks.present(currency, "currency", "an ISO 4217 currency");
        InputChecks.present(buckets, "buckets", "one amount per bucket");
        if (buckets instanceof MinorBuckets minor) {
            // A report's own buckets are immutable and built in their currency when read, and
            // copying them would build every amount.
            if (!minor.currency().equals(currency)) {
                throw new CurrencyMismatchException(
                        "build an aging row",
                        currency.getCurrencyCode(),
                        minor.currency().getCurrencyCode());
            }
        } else {
            buckets = List.copyOf(buckets);
            for (MonetaryAmount amount : buckets) {
                same(currency, amount);
            }
        }
        if (buckets.isEmpty()) {
            throw new InvalidInputException("buckets", buckets, "at least one amount");
        }
        same(
                currency,
                InputChecks.present(coveredByInstruments, "coveredByInstruments", "an amount"));
        same(currency, InputChecks.present(unappliedCredit, "unappliedCredit", "an amount"));
    }

    /** Returns the total outstanding: the sum of the buckets. */
    public MonetaryAmount total() {
        if (buckets instanceof MinorBuckets minor) {
            return minor.total();
        }
        // Build one amount for the sum rather than one per addition, because Moneta 1.4.5
        // builds every Money from the text of its number.
        BigDecimal sum = BigDecimal.ZERO;
        for (MonetaryAmount amount : buckets) {
            sum = sum.add(amount.getNumber().numberValue(BigDecimal.class));
        }
        return Money.of(sum, currency);
    }

    /**
     * Returns the balance on the ledger: the total less the part covered by uncleared instruments
     * and less the unapplied credit.
     */
    public MonetaryAmount net() {
        return total().subtract(coveredByInstruments).subtract(unappliedCredit);
    }

    private static void same(CurrencyUnit currency, MonetaryAmount amount) {
        if (!amount.getCurrency().equals(currency)) {
            throw new CurrencyMismatchException(
                    "build an aging row",
                    currency.getCurrencyCode(),
                    amount.getCurrency().getCurrencyCode());
        }
    }
}
