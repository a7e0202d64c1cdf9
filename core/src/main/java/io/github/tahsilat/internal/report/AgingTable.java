package io.github.tahsilat.internal.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Aging amounts in minor units, one row per counterparty and currency, kept in primitive arrays so
 * that a million items add up without boxing or building amounts.
 *
 * <p>Not thread-safe; one table serves one report run.
 */
public final class AgingTable {

    private final int width;
    private final Map<String, Map<UUID, Integer>> rowsByCurrency = new HashMap<>();
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
        Map<UUID, Integer> rows = rowsByCurrency.computeIfAbsent(currency, c -> new HashMap<>());
        Integer row = rows.get(counterparty);
        if (row != null) {
            return row;
        }
        int next = counterparties.size();
        counterparties.add(counterparty);
        currencies.add(currency);
        rows.put(counterparty, next);
        if (next == covered.length) {
            covered = Arrays.copyOf(covered, next * 2);
            credit = Arrays.copyOf(credit, next * 2);
            amounts = Arrays.copyOf(amounts, next * 2 * width);
        }
        return next;
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
