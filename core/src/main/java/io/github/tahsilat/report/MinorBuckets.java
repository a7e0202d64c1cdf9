package io.github.tahsilat.report;

import io.github.tahsilat.internal.money.MinorAmount;
import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.RandomAccess;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * The bucket amounts of one aging line, kept as minor units and built as Moneta amounts only when
 * read. Moneta 1.4.5 builds every {@code Money} from the text of its number, and in a JFR profile
 * of {@code AgingBenchmark} (50,000 lines) building the amounts took about half of the report's
 * time. Each amount, and the total, is built on its first read and kept, so a later read returns
 * the same instance.
 *
 * <p>The lines of one report share two arrays, the units and the amounts built so far, and each
 * line reads its own slice of {@code width + 1} slots: the buckets, then the total.
 *
 * <p>Immutable as a list: every mutator throws {@link UnsupportedOperationException}. Thread-safe.
 * Two threads that read the same slot at once may both build the amount, and either may be kept.
 * Both are equal, and a {@code Money} has only final fields, so either thread sees a complete one.
 */
final class MinorBuckets extends AbstractList<MonetaryAmount> implements RandomAccess {

    private final CurrencyUnit currency;
    private final long[] units;
    private final MonetaryAmount[] built;
    private final int offset;
    private final int width;

    /**
     * Creates the buckets in {@code units[offset, offset + width)}, which the caller no longer
     * changes. {@code built} has the same length as {@code units} and is empty in that slice and at
     * {@code offset + width}, the slot of the total.
     */
    MinorBuckets(
            CurrencyUnit currency, long[] units, MonetaryAmount[] built, int offset, int width) {
        this.currency = currency;
        this.units = units;
        this.built = built;
        this.offset = offset;
        this.width = width;
    }

    /** Returns the currency of every amount. */
    CurrencyUnit currency() {
        return currency;
    }

    @Override
    public MonetaryAmount get(int index) {
        if (index < 0 || index >= width) {
            throw new IndexOutOfBoundsException(
                    "bucket index: " + index + "; expected 0 to " + (width - 1));
        }
        int slot = offset + index;
        MonetaryAmount amount = built[slot];
        if (amount == null) {
            amount = new MinorAmount(units[slot], currency).toMonetaryAmount();
            built[slot] = amount;
        }
        return amount;
    }

    @Override
    public int size() {
        return width;
    }

    /** Returns the sum of the buckets, built once. */
    MonetaryAmount total() {
        int slot = offset + width;
        MonetaryAmount total = built[slot];
        if (total == null) {
            total = sum(offset, slot);
            built[slot] = total;
        }
        return total;
    }

    private MonetaryAmount sum(int from, int to) {
        long sum = 0;
        boolean overflow = false;
        for (int i = from; i < to; i++) {
            long next = sum + units[i];
            // The sum overflows when both operands have the sign that the result lacks.
            overflow |= ((sum ^ next) & (units[i] ^ next)) < 0;
            sum = next;
        }
        if (!overflow) {
            return new MinorAmount(sum, currency).toMonetaryAmount();
        }
        // Each bucket fits in a long but their sum need not, so add exactly as decimals.
        BigDecimal exact = BigDecimal.ZERO;
        for (int i = from; i < to; i++) {
            exact = exact.add(new MinorAmount(units[i], currency).toBigDecimal());
        }
        return Money.of(exact, currency);
    }
}
