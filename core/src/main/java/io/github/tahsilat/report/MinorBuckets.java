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
 * <p>The lines of one report share one array of units, and each line reads its own slice of {@code
 * width} units. Each line keeps the amounts it has built in an array of its own, made on the first
 * read. G1 allocates an array of half a region or more, such as one array of amounts for a
 * 50,000-line report, in the old generation. There every store of a new, young amount takes the
 * slow path of G1's post-write barrier, which records the reference for the remembered set.
 *
 * <p>Immutable as a list: every mutator throws {@link UnsupportedOperationException}. Thread-safe.
 * Two threads that read the same amount at once may both build it, and either may be kept. Both are
 * equal, and a {@code Money} has only final fields, so either thread reads a complete one.
 */
final class MinorBuckets extends AbstractList<MonetaryAmount> implements RandomAccess {

    private final CurrencyUnit currency;
    private final long[] units;
    private final int offset;
    private final int width;

    // The amounts built so far: the buckets, then the total at index width. It is null until the
    // first read. Two threads may each make one, and the later write wins, so an amount may then
    // be built again.
    private MonetaryAmount[] built;

    /**
     * Creates the buckets in {@code units[offset, offset + width)}, which the caller no longer
     * changes.
     */
    MinorBuckets(CurrencyUnit currency, long[] units, int offset, int width) {
        this.currency = currency;
        this.units = units;
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
        MonetaryAmount[] amounts = built();
        MonetaryAmount amount = amounts[index];
        if (amount == null) {
            MonetaryAmount total = amounts[width];
            // A bucket that contains the whole total is the same amount, so it shares the instance.
            amount =
                    total != null && onlyNonZeroBucket() == index
                            ? total
                            : new MinorAmount(units[offset + index], currency).toMonetaryAmount();
            amounts[index] = amount;
        }
        return amount;
    }

    @Override
    public int size() {
        return width;
    }

    /** Returns the sum of the buckets, built once. */
    MonetaryAmount total() {
        MonetaryAmount[] amounts = built();
        MonetaryAmount total = amounts[width];
        if (total == null) {
            int single = onlyNonZeroBucket();
            total = single >= 0 ? get(single) : sum(offset, offset + width);
            amounts[width] = total;
        }
        return total;
    }

    /** Returns the index of the only bucket other than zero, or -1 if none or several are. */
    private int onlyNonZeroBucket() {
        int found = -1;
        for (int i = 0; i < width; i++) {
            if (units[offset + i] != 0) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    private MonetaryAmount[] built() {
        MonetaryAmount[] amounts = built;
        if (amounts == null) {
            amounts = new MonetaryAmount[width + 1];
            built = amounts;
        }
        return amounts;
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
