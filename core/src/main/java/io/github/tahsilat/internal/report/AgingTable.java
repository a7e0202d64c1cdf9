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

    // Rows by (counterparty, currency) in open addressing over one long array, with KEY_WIDTH
    // longs per position. The first two are the id's halves. The third has the currency's code
    // index in its high half and the row plus one in its low half, or is 0 at an empty position.
    // A look-up per item then reads one or two cache lines rather than one in each of four arrays.
    private static final int KEY_WIDTH = 3;
    private long[] keys = new long[64 * KEY_WIDTH];
    private int capacity = 64;

    // Each row's counterparty id, as the object the source handed over and as its two halves,
    // which rows 0 to halvesKnown - 1 have. The halves are read in one pass when needed
    // (ensureHalves). Read as each row was added, they cost the loop over the items a cache miss
    // per row: 6 % of the samples in a JFR profile of the engine's aging of 50,000 counterparties.
    // The currency is a code index.
    private int rowCount;
    private UUID[] rowIds = new UUID[16];
    private int halvesKnown;
    private long[] rowHigh = new long[0];
    private long[] rowLow = new long[0];
    private int[] rowCode = new int[16];
    private long[] amounts;
    // The covered and credit columns, made at the first amount added to them, because most
    // tables have none. A row past a column's length has 0 in it.
    private long[] covered = new long[0];
    private long[] credit = new long[0];
    private boolean anyCovered;
    private boolean anyCredit;

    // Rows by a source's dense counterparty number, one array per currency code index, holding
    // the row plus one, or 0 for a number not seen yet in that currency.
    private static final int MAX_INDEXED_COUNTERPARTY = 1 << 22;
    private int[][] rowsByIndex = new int[0][];

    // Rows 0 to identityRows - 1 are, in the currency of code 0, the rows of the source's numbers
    // equal to them. A source that numbers its counterparties in the order it first hands them
    // over, as the in-memory store does, then finds each row without reading rowsByIndex.
    private int identityRows;
    private String lastCurrency;
    private int lastCode;

    // Whether every row is in the keys. It starts false, so a table that only numbered look-ups
    // reach never hashes an id, and turns true at the first look-up by id alone.
    private boolean keysComplete;

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
    }

    /** Returns the row of the counterparty in the currency, adding it when it is new. */
    public int row(UUID counterparty, String currency) {
        if (!keysComplete) {
            addEveryRowToKeys();
        }
        int code = codeOf(currency);
        long high = counterparty.getMostSignificantBits();
        long low = counterparty.getLeastSignificantBits();
        int at = probe(high, low, code);
        long tail = keys[at * KEY_WIDTH + 2];
        if (tail != 0) {
            return (int) tail - 1;
        }
        int next = addRow(counterparty, code);
        put(at, high, low, code, next + 1);
        if ((next + 1) * 2 > capacity) {
            growKeys();
        }
        return next;
    }

    /**
     * Returns the position of the key in {@link #keys}, or of the empty position where it would go.
     */
    private int probe(long high, long low, int code) {
        int mask = capacity - 1;
        int at = position(high, low, code) & mask;
        while (true) {
            int base = at * KEY_WIDTH;
            long tail = keys[base + 2];
            if (tail == 0) {
                return at;
            }
            if (keys[base] == high && keys[base + 1] == low && (int) (tail >>> 32) == code) {
                return at;
            }
            at = (at + 1) & mask;
        }
    }

    /** Adds a row without adding it to {@link #keys}, and returns it. */
    private int addRow(UUID counterparty, int code) {
        int next = rowCount++;
        if (next == rowIds.length) {
            amounts = Arrays.copyOf(amounts, next * 2 * width);
            rowIds = Arrays.copyOf(rowIds, next * 2);
            rowCode = Arrays.copyOf(rowCode, next * 2);
        }
        rowIds[next] = counterparty;
        rowCode[next] = code;
        return next;
    }

    /** Reads the halves of every row's id that {@link #rowHigh} and {@link #rowLow} lack. */
    private void ensureHalves() {
        if (rowHigh.length < rowCount) {
            rowHigh = Arrays.copyOf(rowHigh, rowIds.length);
            rowLow = Arrays.copyOf(rowLow, rowIds.length);
        }
        for (int row = halvesKnown; row < rowCount; row++) {
            UUID id = rowIds[row];
            rowHigh[row] = id.getMostSignificantBits();
            rowLow[row] = id.getLeastSignificantBits();
        }
        halvesKnown = rowCount;
    }

    /**
     * Adds every row to {@link #keys}, in a table sized for them. Of rows with the same key, the
     * first stays in the keys.
     */
    private void addEveryRowToKeys() {
        ensureHalves();
        int rows = rows();
        capacity = Math.max(64, Integer.highestOneBit(Math.max(1, rows * 2 - 1)) * 2);
        keys = new long[capacity * KEY_WIDTH];
        for (int row = 0; row < rows; row++) {
            int at = probe(rowHigh[row], rowLow[row], rowCode[row]);
            if (keys[at * KEY_WIDTH + 2] == 0) {
                put(at, rowHigh[row], rowLow[row], rowCode[row], row + 1);
            }
        }
        keysComplete = true;
    }

    /**
     * Returns the row of the counterparty in the currency, adding it when it is new, and finds it
     * by {@code counterpartyIndex} when the caller numbers its counterparties. The caller must pass
     * the same counterparty id with every use of one number on one table. A number that is
     * negative, or 2^22 or more, is ignored, and the row is found by the id.
     *
     * <p>Until the first look-up by id alone, a new number gets a new row without a look-up of its
     * id, so an id handed over under two numbers gets two rows. {@link #rowsInOrder()} puts such
     * rows next to each other, and {@link #sameKey} compares a row with the next.
     */
    public int row(int counterpartyIndex, UUID counterparty, String currency) {
        if (counterpartyIndex < 0 || counterpartyIndex >= MAX_INDEXED_COUNTERPARTY) {
            return row(counterparty, currency);
        }
        int code = codeOf(currency);
        if (code == 0 && counterpartyIndex < identityRows) {
            return counterpartyIndex;
        }
        if (code < rowsByIndex.length) {
            int[] rows = rowsByIndex[code];
            if (counterpartyIndex < rows.length && rows[counterpartyIndex] != 0) {
                return rows[counterpartyIndex] - 1;
            }
        }
        int row = keysComplete ? row(counterparty, currency) : addRow(counterparty, code);
        if (code == 0 && row == counterpartyIndex && counterpartyIndex == identityRows) {
            identityRows++;
        } else {
            remember(code, counterpartyIndex, row);
        }
        return row;
    }

    /** Returns whether two rows have the same counterparty and currency. */
    public boolean sameKey(int row, int other) {
        ensureHalves();
        return rowHigh[row] == rowHigh[other]
                && rowLow[row] == rowLow[other]
                && rowCode[row] == rowCode[other];
    }

    private void remember(int code, int counterpartyIndex, int row) {
        if (code >= rowsByIndex.length) {
            int known = rowsByIndex.length;
            rowsByIndex = Arrays.copyOf(rowsByIndex, code + 1);
            for (int i = known; i <= code; i++) {
                rowsByIndex[i] = new int[0];
            }
        }
        int[] rows = rowsByIndex[code];
        if (counterpartyIndex >= rows.length) {
            rows =
                    Arrays.copyOf(
                            rows,
                            Math.min(
                                    MAX_INDEXED_COUNTERPARTY,
                                    Math.max(counterpartyIndex + 1, rows.length * 2)));
            rowsByIndex[code] = rows;
        }
        rows[counterpartyIndex] = row + 1;
    }

    private void put(int at, long high, long low, int code, int rowPlusOne) {
        int base = at * KEY_WIDTH;
        keys[base] = high;
        keys[base + 1] = low;
        keys[base + 2] = ((long) code << 32) | (rowPlusOne & 0xFFFF_FFFFL);
    }

    private int codeOf(String currency) {
        // Sources hand over one shared string per currency, so the last code usually matches.
        if (currency == lastCurrency) {
            return lastCode;
        }
        int code = codes.indexOf(currency);
        if (code < 0) {
            codes.add(currency);
            code = codes.size() - 1;
        }
        lastCurrency = currency;
        lastCode = code;
        return code;
    }

    private static int position(long high, long low, int code) {
        long mixed = (high * 31 + low) * 0x9E3779B97F4A7C15L + code;
        return (int) (mixed ^ (mixed >>> 32));
    }

    private void growKeys() {
        long[] old = keys;
        capacity *= 2;
        keys = new long[capacity * KEY_WIDTH];
        int mask = capacity - 1;
        for (int base = 0; base < old.length; base += KEY_WIDTH) {
            long tail = old[base + 2];
            if (tail != 0) {
                int code = (int) (tail >>> 32);
                int at = position(old[base], old[base + 1], code) & mask;
                while (keys[at * KEY_WIDTH + 2] != 0) {
                    at = (at + 1) & mask;
                }
                put(at, old[base], old[base + 1], code, (int) tail);
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
        if (row >= covered.length) {
            covered = Arrays.copyOf(covered, rowIds.length);
        }
        covered[row] = Math.addExact(covered[row], units);
        anyCovered |= units != 0;
    }

    /**
     * Adds minor units to the unapplied credit of a row.
     *
     * @throws ArithmeticException if the sum overflows a long
     */
    public void addCredit(int row, long units) {
        if (row >= credit.length) {
            credit = Arrays.copyOf(credit, rowIds.length);
        }
        credit[row] = Math.addExact(credit[row], units);
        anyCredit |= units != 0;
    }

    /**
     * Returns every row ordered by currency code, then by counterparty id as its lowercase text,
     * which is the unsigned order of the id's two halves. Rows with the same counterparty and
     * currency, which {@link #row(int, UUID, String)} describes, come next to each other.
     */
    public int[] rowsInOrder() {
        ensureHalves();
        int rows = rows();
        int[] codeRank = codeRanks();
        int[] order = new int[rows];
        for (int row = 0; row < rows; row++) {
            order[row] = row;
        }
        RowSort.RowComparator byKey =
                (a, b) -> {
                    int byCode = Integer.compare(codeRank[rowCode[a]], codeRank[rowCode[b]]);
                    if (byCode != 0) {
                        return byCode;
                    }
                    int byHigh = Long.compareUnsigned(rowHigh[a], rowHigh[b]);
                    return byHigh != 0 ? byHigh : Long.compareUnsigned(rowLow[a], rowLow[b]);
                };
        if (rows < RowSort.RADIX_MIN_ROWS) {
            RowSort.sort(order, byKey);
            return order;
        }
        // A radix sort by the top bits of the ids' high halves and the currencies puts a large
        // table in order with a few sequential passes, where a merge sort of 50,000 rows makes
        // about 16 comparisons per row. Rows whose currency and top bits are equal, rare for
        // random ids, are then put in order by the comparator.
        int passes = RowSort.passesFor(rows);
        int shift = Long.SIZE - RowSort.prefixBits(passes);
        RowSort.byKeyPrefix(order, rowHigh, passes);
        if (codes.size() > 1) {
            RowSort.byRank(order, rowCode, codeRank);
        }
        RowSort.sortRuns(
                order,
                (a, b) ->
                        rowCode[a] == rowCode[b] && rowHigh[a] >>> shift == rowHigh[b] >>> shift
                                ? 0
                                : 1,
                byKey);
        return order;
    }

    /** Returns the rank of each currency code index in the order of the codes' text. */
    private int[] codeRanks() {
        List<String> sorted = new ArrayList<>(codes);
        sorted.sort(null);
        int[] ranks = new int[codes.size()];
        for (int i = 0; i < ranks.length; i++) {
            ranks[i] = sorted.indexOf(codes.get(i));
        }
        return ranks;
    }

    /** Returns the number of rows. */
    public int rows() {
        return rowCount;
    }

    /** Returns the number of buckets. */
    public int buckets() {
        return width;
    }

    /** Returns the counterparty of a row: the id that added the row, as the source handed it. */
    public UUID counterparty(int row) {
        return rowIds[row];
    }

    /**
     * Returns the index of a row's currency among the currencies of this table, from 0 to {@link
     * #currencyCount()} - 1, in the order the currencies first appeared.
     */
    public int currencyIndex(int row) {
        return rowCode[row];
    }

    /** Returns the number of currencies of this table's rows. */
    public int currencyCount() {
        return codes.size();
    }

    /** Returns the ISO 4217 code of a row. */
    public String currency(int row) {
        return codes.get(rowCode[row]);
    }

    /**
     * Returns whether an amount other than zero was added to any row's covered column. If not,
     * every {@link #covered(int)} returns 0 and a report need not read them.
     */
    public boolean hasCovered() {
        return anyCovered;
    }

    /**
     * Returns whether an amount other than zero was added to any row's credit column. If not, every
     * {@link #credit(int)} returns 0 and a report need not read them.
     */
    public boolean hasCredit() {
        return anyCredit;
    }

    /** Returns the minor units in a bucket of a row. */
    public long amount(int row, int bucket) {
        return amounts[row * width + bucket];
    }

    /** Returns the minor units of a row covered by uncleared instruments. */
    public long covered(int row) {
        return row < covered.length ? covered[row] : 0;
    }

    /** Returns the unapplied credit of a row in minor units. */
    public long credit(int row) {
        return row < credit.length ? credit[row] : 0;
    }
}
