package io.github.tahsilat.report;

import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.internal.money.MinorAmount;
import java.util.AbstractList;
import java.util.RandomAccess;
import java.util.UUID;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The lines of a report built from an aging table, kept in primitive arrays and built as {@link
 * AgingLine} records only when read. Each line is built on its first read and kept, so a later read
 * returns the same instance, with the same amounts. An unread line costs no object. In a JFR
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
    private final long[] idHigh;
    private final long[] idLow;
    private final long[] units;
    private final long[] covered;
    private final long[] credit;

    // The lines built so far, null until each one's first read.
    private final AgingLine[] built;

    /**
     * Creates {@code size} lines, which the caller no longer changes. Line {@code i} has the
     * currency {@code currencies[currencyIndex[i]]}, the counterparty id {@code new UUID(idHigh[i],
     * idLow[i])} and the buckets {@code units[i * width, (i + 1) * width)}. Its covered amount and
     * credit are {@code covered[i]} and {@code credit[i]}, or zero when the array is {@code null}.
     */
    TableLines(
            int size,
            int width,
            CurrencyUnit[] currencies,
            int[] currencyIndex,
            long[] idHigh,
            long[] idLow,
            long[] units,
            long[] covered,
            long[] credit) {
        this.size = size;
        this.width = width;
        this.currencies = currencies;
        this.currencyIndex = currencyIndex;
        this.idHigh = idHigh;
        this.idLow = idLow;
        this.units = units;
        this.covered = covered;
        this.credit = credit;
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
        CurrencyUnit currency = currencies[currencyIndex[index]];
        AgingAmounts amounts =
                new AgingAmounts(
                        currency,
                        new MinorBuckets(currency, units, index * width, width),
                        money(covered, index, currency),
                        money(credit, index, currency));
        return new AgingLine(new CounterpartyId(new UUID(idHigh[index], idLow[index])), amounts);
    }

    private static MonetaryAmount money(long[] column, int index, CurrencyUnit currency) {
        long value = column == null ? 0 : column[index];
        return new MinorAmount(value, currency).toMonetaryAmount();
    }
}
