package io.github.tahsilat.internal.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Aging amounts in minor units, one row per counterparty and currency, kept in primitive arrays so
 * that a million items add up without boxing or building amounts.
 *
 * <p>Not thread-safe; one table serves one report run.
 */
public final class AgingTable {

    private final int width;
    private final List<String> codes = new ArrayList<>();
    // Rows by (counterparty, currency) in open addressing over primitive arrays: a look-up per
    // item reads three arrays instead of following a map node, a boxed key and a boxed value.
    private long[] keyHigh = new long[64];
    private long[] keyLow = new long[64];
    private int[] keyCode = new int[64];

    /** The row plus one at each position of the table, 0 where it is empty. */
    private int[] rowAt = new int[64];

    private final List<UUID> counterparties = new ArrayList<>();
    private final List<String> currencies = new ArrayList<>();
    private long[] amounts;
    private long[] covered;
    private long[] credit;

    /**
     * Creates an empty table.
     *
     * @param buckets the number of buckets, at least one
     * @throws IllegalArgumentException if {@code buckets} is less than one
     */
    public AgingTable(int buckets) {
        if (buckets < 1) {
            throw new IllegalArgumentException("buckets: " + buckets + "; expected at least 1");
        }
        this.width = buckets;
        this.amounts = new long[16 * buckets];
        this.covered = new long[16];
        this.credit = new long[16];
    }

    /** Returns the row of the counterparty in the currency, adding it when it is new. */
    public int row(UUID counterparty, String currency) {
        int code = codeOf(currency);
        long high = counterparty.getMostSignificantBits();
        long low = counterparty.getLeastSignificantBits();
        int mask = rowAt.length - 1;
        int at = position(high, low, code) & mask;
        while (rowAt[at] != 0) {
            if (keyHigh[at] == high && keyLow[at] == low && keyCode[at] == code) {
                return rowAt[at] - 1;
            }
            at = (at + 1) & mask;
        }
        int next = counterparties.size();
        counterparties.add(counterparty);
        currencies.add(currency);
        keyHigh[at] = high;
        keyLow[at] = low;
        keyCode[at] = code;
        rowAt[at] = next + 1;
        if ((next + 1) * 2 > rowAt.length) {
            growKeys();
        }
        if (next == covered.length) {
            covered = Arrays.copyOf(covered, next * 2);
            credit = Arrays.copyOf(credit, next * 2);
            amounts = Arrays.copyOf(amounts, next * 2 * width);
        }
        return next;
    }

    private int codeOf(String currency) {
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i).equals(currency)) {
                return i;
            }
        }
        codes.add(currency);
        return codes.size() - 1;
    }

    private static int position(long high, long low, int code) {
        long mixed = (high * 31 + low) * 0x9E3779B97F4A7C15L + code;
        return (int) (mixed ^ (mixed >>> 32));
    }

    private void growKeys() {
        long[] oldHigh = keyHigh;
        long[] oldLow = keyLow;
        int[] oldCode = keyCode;
        int[] oldRow = rowAt;
        int capacity = oldRow.length * 2;
        keyHigh = new long[capacity];
        keyLow = new long[capacity];
        keyCode = new int[capacity];
        rowAt = new int[capacity];
        for (int i = 0; i < oldRow.length; i++) {
            if (oldRow[i] != 0) {
                int at = position(oldHigh[i], oldLow[i], oldCode[i]) & (capacity - 1);
                while (rowAt[at] != 0) {
                    at = (at + 1) & (capacity - 1);
                }
                keyHigh[at] = oldHigh[i];
                keyLow[at] = oldLow[i];
                keyCode[at] = oldCode[i];
                rowAt[at] = oldRow[i];
            }
        }
    }

    /**
     * Adds minor units to a bucket of a row.
     *
     * @throws ArithmeticException if the sum overflows a long
     */
    public void add(int row, int bucket, long units) {
        int at = row * width + bucket;
        amounts[at] = Math.addExact(amounts[at], units);
    }

    /**
     * Adds minor units to the amount of a row covered by uncleared instruments.
     *
     * @throws ArithmeticException if the sum overflows a long
     */
    public void addCovered(int row, long units) {
        covered[row] = Math.addExact(covered[row], units);
    }

    /**
     * Adds minor units to the unapplied credit of a row.
     *
     * @throws ArithmeticException if the sum overflows a long
     */
    public void addCredit(int row, long units) {
        credit[row] = Math.addExact(credit[row], units);
    }

    /** Returns the number of rows. */
    public int rows() {
        return counterparties.size();
    }

    /** Returns the number of buckets. */
    public int buckets() {
        return width;
    }

    /** Returns the counterparty of a row. */
    public UUID counterparty(int row) {
        return counterparties.get(row);
    }

    /** Returns the ISO 4217 code of a row. */
    public String currency(int row) {
        return currencies.get(row);
    }

    /** Returns the minor units in a bucket of a row. */
    public long amount(int row, int bucket) {
        return amounts[row * width + bucket];
    }

    /** Returns the minor units of a row covered by uncleared instruments. */
    public long covered(int row) {
        return covered[row];
    }

    /** Returns the unapplied credit of a row in minor units. */
    public long credit(int row) {
        return credit[row];
    }
}
