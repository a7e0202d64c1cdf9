package io.github.tahsilat.report;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.report.AgingTable;
import io.github.tahsilat.invoice.Direction;
import java.util.UUID;
import javax.money.Monetary;

/**
 * Ages compact items in one pass, with no boxing and no amount objects in the loop: days and minor
 * units are primitives, and the sums live in an {@link AgingTable}.
 *
 * <p>The pass checks what a source hands over before it reaches the table, because the table trusts
 * its caller. {@link Aging#ofCompact} lists what it rejects.
 */
final class ProjectionAging {

    private ProjectionAging() {}

    /**
     * Adds every item, credit and covered amount of {@code items} on {@code options.side()} to
     * {@code table}.
     *
     * @throws InvalidInputException if the source hands over a {@code null} side, counterparty id
     *     or currency code or uses one counterparty number for two ids
     */
    static void age(CompactItems items, AgingOptions options, AgingTable table) {
        long asOf = options.asOf().toEpochDay();
        BucketLookup buckets = new BucketLookup(options.buckets().upperBounds());
        boolean byDueDate = options.basis() == AgingBasis.DUE_DATE;
        Direction aged = options.side();
        items.forEachIndexed(
                (index, counterparty, currency, side, issueDay, dueDay, openMinor) -> {
                    requireKey("openMinor", counterparty, currency, side);
                    if (openMinor != 0 && side == aged) {
                        long day = byDueDate ? dueDay : issueDay;
                        int row = table.row(index, counterparty, currency);
                        if (index >= 0) {
                            requireSameCounterparty(table, row, index, counterparty);
                        }
                        table.add(row, buckets.bucketOf(asOf - day), openMinor);
                    }
                },
                (counterparty, currency, side, creditMinor) -> {
                    requireKey("creditMinor", counterparty, currency, side);
                    if (creditMinor != 0 && side == aged) {
                        table.addCredit(table.row(counterparty, currency), creditMinor);
                    }
                },
                (counterparty, currency, side, coveredMinor) -> {
                    requireKey("coveredMinor", counterparty, currency, side);
                    if (coveredMinor != 0 && side == aged) {
                        table.addCovered(table.row(counterparty, currency), coveredMinor);
                    }
                });
    }

    /** Rejects an amount handed over without its counterparty id, currency code or side. */
    private static void requireKey(
            String amountField, UUID counterparty, String currency, Direction side) {
        if (counterparty == null) {
            throw new InvalidInputException(
                    "counterpartyId", null, "the id of the counterparty of each " + amountField);
        }
        if (currency == null) {
            throw new InvalidInputException(
                    "currency",
                    null,
                    "the ISO 4217 code of each "
                            + amountField
                            + " of counterparty "
                            + counterparty);
        }
        if (side == null) {
            throw new InvalidInputException(
                    "side",
                    null,
                    "RECEIVABLE or PAYABLE for each "
                            + amountField
                            + " of counterparty "
                            + counterparty);
        }
    }

    /**
     * Rejects a counterparty number that the table already holds for another id, since the table
     * would otherwise add the item to that other counterparty's line.
     */
    private static void requireSameCounterparty(
            AgingTable table, int row, int index, UUID counterparty) {
        UUID known = table.counterparty(row);
        if (known != counterparty && !known.equals(counterparty)) {
            throw new InvalidInputException(
                    "counterpartyIndex",
                    index,
                    "one number per counterparty id within a pass, but it was handed over for "
                            + known
                            + " and for "
                            + counterparty);
        }
    }

    /**
     * Rejects a currency code of the table that Moneta does not know, such as {@code "eur"} in
     * lower case, naming a counterparty that uses it. Each code is looked up once.
     *
     * @throws InvalidInputException if a row's currency code is unknown
     */
    static void requireKnownCurrencies(AgingTable table) {
        boolean[] checked = new boolean[table.currencyCount()];
        for (int row = 0; row < table.rows(); row++) {
            int code = table.currencyIndex(row);
            if (!checked[code]) {
                String currency = table.currency(row);
                if (!Monetary.isCurrencyAvailable(currency)) {
                    throw new InvalidInputException(
                            "currency",
                            currency,
                            "an ISO 4217 code in upper case, such as EUR, for the items of"
                                    + " counterparty "
                                    + table.counterparty(row));
                }
                checked[code] = true;
            }
        }
    }

    /**
     * Returns the bucket of an item {@code days} old, given all upper bounds but the last in
     * ascending order: the number of bounds below {@code days}. Counting, rather than stopping at
     * the first bound not below, leaves no branch for the processor to mispredict on items of
     * random ages.
     */
    static int bucket(long days, long[] bounds) {
        int bucket = 0;
        for (long bound : bounds) {
            bucket += days > bound ? 1 : 0;
        }
        return bucket;
    }
}
