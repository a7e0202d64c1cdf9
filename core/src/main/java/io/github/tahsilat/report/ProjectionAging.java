package io.github.tahsilat.report;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.report.AgingTable;
import io.github.tahsilat.invoice.Direction;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;
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
     *     or currency code, an amount to add in a currency code that Moneta's currency providers do
     *     not supply, or one counterparty number for two ids, or if a sum of the table overflows a
     *     long
     */
    static void age(CompactItems items, AgingOptions options, AgingTable table) {
        long asOf = options.asOf().toEpochDay();
        BucketLookup buckets = new BucketLookup(options.buckets().upperBounds());
        boolean byDueDate = options.basis() == AgingBasis.DUE_DATE;
        Direction aged = options.side();
        KnownCurrencies known = new KnownCurrencies();
        items.forEachIndexed(
                (index, counterparty, currency, side, issueDay, dueDay, openMinor) -> {
                    requireKey("openMinor", counterparty, currency, side);
                    if (openMinor != 0 && side == aged) {
                        known.require(currency, counterparty);
                        long day = byDueDate ? dueDay : issueDay;
                        int row = table.row(index, counterparty, currency);
                        if (index >= 0) {
                            requireSameCounterparty(table, row, index, counterparty);
                        }
                        int bucket = buckets.bucketOf(asOf - day);
                        try {
                            table.add(row, bucket, openMinor);
                        } catch (ArithmeticException overflow) {
                            throw sumOverflow("openMinor", openMinor, counterparty, currency);
                        }
                    }
                },
                (counterparty, currency, side, creditMinor) -> {
                    requireKey("creditMinor", counterparty, currency, side);
                    if (creditMinor != 0 && side == aged) {
                        known.require(currency, counterparty);
                        int row = table.row(counterparty, currency);
                        try {
                            table.addCredit(row, creditMinor);
                        } catch (ArithmeticException overflow) {
                            throw sumOverflow("creditMinor", creditMinor, counterparty, currency);
                        }
                    }
                },
                (counterparty, currency, side, coveredMinor) -> {
                    requireKey("coveredMinor", counterparty, currency, side);
                    if (coveredMinor != 0 && side == aged) {
                        known.require(currency, counterparty);
                        int row = table.row(counterparty, currency);
                        try {
                            table.addCovered(row, coveredMinor);
                        } catch (ArithmeticException overflow) {
                            throw sumOverflow("coveredMinor", coveredMinor, counterparty, currency);
                        }
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
     * Rejects a counterparty number that the table already has for another id, since the table
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

    private static InvalidInputException sumOverflow(
            String field, long units, UUID counterparty, String currency) {
        return new InvalidInputException(
                field,
                units,
                "minor units whose sum for counterparty "
                        + counterparty
                        + " in "
                        + currency
                        + " stays within a long, at most "
                        + Long.MAX_VALUE
                        + "; a larger sum is a data error in the source");
    }

    /**
     * The currency codes of one pass that Moneta's currency providers supply. A code is checked
     * when the pass first adds an amount in it, before the table gives it a row, because the table
     * keeps an array per code for numbered counterparties. Not thread-safe.
     */
    private static final class KnownCurrencies {

        private final Set<String> codes = new HashSet<>();

        // Sources hand over one shared string per currency, so most checks end at this compare.
        private String last;

        /**
         * Rejects {@code currency} if Moneta's currency providers do not supply it, such as {@code
         * "eur"} in lower case, naming {@code counterparty} whose amount uses it.
         */
        void require(String currency, UUID counterparty) {
            if (currency == last) {
                return;
            }
            if (!codes.contains(currency)) {
                if (!Monetary.isCurrencyAvailable(currency)) {
                    throw new InvalidInputException(
                            "currency",
                            currency,
                            "an ISO 4217 code in upper case, such as EUR, for the items of"
                                    + " counterparty "
                                    + counterparty);
                }
                codes.add(currency);
            }
            last = currency;
        }
    }

    /**
     * Returns the exception for a per-currency total of {@code table} that overflows a long, naming
     * the first currency whose exact total of a bucket or column is out of range. Called only after
     * a total overflowed, so the exact sums cost nothing in a normal run.
     */
    static InvalidInputException totalOverflow(AgingTable table) {
        int width = table.buckets();
        String[] currencies = new String[table.currencyCount()];
        BigInteger[][] sums = new BigInteger[currencies.length][width + 2];
        for (int row = 0; row < table.rows(); row++) {
            int code = table.currencyIndex(row);
            currencies[code] = table.currency(row);
            BigInteger[] sum = sums[code];
            for (int column = 0; column < width + 2; column++) {
                BigInteger before = sum[column] == null ? BigInteger.ZERO : sum[column];
                sum[column] = before.add(BigInteger.valueOf(units(table, row, column)));
            }
        }
        for (int code = 0; code < currencies.length; code++) {
            for (BigInteger sum : sums[code]) {
                if (sum != null && sum.bitLength() >= Long.SIZE) {
                    return new InvalidInputException(
                            "items",
                            "a total of " + sum + " minor units in " + currencies[code],
                            "totals per currency within a long count of minor units, at most "
                                    + Long.MAX_VALUE
                                    + "; a larger total is a data error in the source");
                }
            }
        }
        // The exact totals fit, so only a partial sum of positive and negative rows overflowed.
        return new InvalidInputException(
                "items",
                "partial sums past a long count of minor units",
                "amounts whose running totals per currency stay within " + Long.MAX_VALUE);
    }

    /** Returns a bucket's units of a row, then its covered amount, then its credit. */
    private static long units(AgingTable table, int row, int column) {
        int width = table.buckets();
        if (column < width) {
            return table.amount(row, column);
        }
        return column == width ? table.covered(row) : table.credit(row);
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
