package io.github.tahsilat.report;

import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.internal.money.MinorAmount;
import java.util.AbstractList;
import java.util.RandomAccess;
import java.util.UUID;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The lines of a report built from an aging table, kept in arrays and built as {@link AgingLine}
 * records only when read. Each line is built on its first read and kept, so a later read returns
 * the same instance, with the same amounts. An unread line costs no object of its own. In a JFR
 * profile of the engine's report in {@code AgingBenchmark} (50,000 lines), building the report from
 * its table, most of it the lines with their ids and amounts, took 27 % of the samples.
 *
 * <p>Immutable as a list: every mutator throws {@link UnsupportedOperationException}. Thread-safe.
 * Two threads that read the same line at once may both build it, and either may be kept. Both are
 * equal, and an {@code AgingLine} has only final fields, so either thread reads a complete one.
 */
final class TableLines extends AbstractList<AgingLine> implements RandomAccess {

    private final int size;
    private final int width;
    private final CurrencyUnit[] currencies;
    private final int[] currencyIndex;
    private final UUID[] ids;
    private final long[] units;
    private final long[] covered;
    private final long[] credit;

    // The zero amount of each currency, shared by the covered and credit columns of every line.
    private final MonetaryAmount[] zeros;

    // The lines built so far, null until each one's first read.
    private final AgingLine[] built;

    /**
     * Creates {@code size} lines, which the caller no longer changes. Line {@code i} has the
     * currency {@code currencies[currencyIndex[i]]}, the counterparty id {@code ids[i]} and the
     * buckets {@code units[i * width, (i + 1) * width)}. Its covered amount and credit are {@code
     * covered[i]} and {@code credit[i]}, or zero when the array is {@code null}.
     */
    TableLines(
            int size,
            int width,
            CurrencyUnit[] currencies,
            int[] currencyIndex,
            UUID[] ids,
            long[] units,
            long[] covered,
            long[] credit) {
        this.size = size;
        this.width = width;
        this.currencies = currencies;
        this.currencyIndex = currencyIndex;
        this.ids = ids;
        this.units = units;
        this.covered = covered;
        this.credit = credit;
        this.zeros = new MonetaryAmount[currencies.length];
        this.built = new AgingLine[size];
    }

    @Override
    public AgingLine get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(
                    "line index: " + index + "; expected 0 to " + (size - 1));
        }
        AgingLine line = built[index];
        if (line == null) {
            line = build(index);
            built[index] = line;
        }
        return line;
    }

    @Override
    public int size() {
        return size;
    }

    private AgingLine build(int index) {
        int code = currencyIndex[index];
        CurrencyUnit currency = currencies[code];
        AgingAmounts amounts =
                new AgingAmounts(
                        currency,
                        new MinorBuckets(currency, units, index * width, width),
                        money(covered, index, code),
                        money(credit, index, code));
        return new AgingLine(new CounterpartyId(ids[index]), amounts);
    }

    private MonetaryAmount money(long[] column, int index, int code) {
        long value = column == null ? 0 : column[index];
        if (value != 0) {
            return new MinorAmount(value, currencies[code]).toMonetaryAmount();
        }
        MonetaryAmount zero = zeros[code];
        if (zero == null) {
            zero = MinorAmount.zero(currencies[code]).toMonetaryAmount();
            zeros[code] = zero;
        }
        return zero;
    }
}
