package io.github.tahsilat.benchmarks;

import io.github.tahsilat.internal.money.MinorAmount;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.UUID;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

/**
 * Seeded open items in primitive arrays: the input of every baseline, and the source from which
 * each benchmark builds the library's input, so both sides work on the same items.
 *
 * <p>Item {@code i} belongs to counterparty {@code counterparty()[i]}, is due on {@code
 * dueEpochDays()[i]}, was issued 30 days before and has {@code openMinor()[i]} euro cents open. Ids
 * are random, as version 4 UUIDs are, so indexes see no helpful order. A share {@code overdue} of
 * the items is 1 to 120 days past due on {@link #AS_OF}; the others fall due on it or within 90
 * days after it.
 */
final class OpenItemData {

    /** The currency of every item. */
    static final CurrencyUnit EUR = Monetary.getCurrency("EUR");

    /** The date every job runs for. */
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    private final int items;
    private final int counterparties;
    private final int[] counterparty;
    private final int[] issueEpochDays;
    private final int[] dueEpochDays;
    private final long[] openMinor;
    private final UUID[] counterpartyIds;
    private final long[] itemIdHigh;
    private final long[] itemIdLow;

    private OpenItemData(int items, int counterparties) {
        this.items = items;
        this.counterparties = counterparties;
        this.counterparty = new int[items];
        this.issueEpochDays = new int[items];
        this.dueEpochDays = new int[items];
        this.openMinor = new long[items];
        this.counterpartyIds = new UUID[counterparties];
        this.itemIdHigh = new long[items];
        this.itemIdLow = new long[items];
    }

    /**
     * Generates {@code items} items spread evenly at random over {@code counterparties}.
     *
     * @param overdue the share of items past due on {@link #AS_OF}, from 0 to 1
     */
    static OpenItemData generate(int items, int counterparties, double overdue, long seed) {
        OpenItemData data = new OpenItemData(items, counterparties);
        SplittableRandom random = new SplittableRandom(seed);
        int asOf = (int) AS_OF.toEpochDay();
        for (int c = 0; c < counterparties; c++) {
            data.counterpartyIds[c] = new UUID(random.nextLong(), random.nextLong());
        }
        for (int i = 0; i < items; i++) {
            int daysPastDue =
                    random.nextDouble() < overdue ? random.nextInt(1, 121) : -random.nextInt(0, 90);
            data.counterparty[i] = random.nextInt(counterparties);
            data.dueEpochDays[i] = asOf - daysPastDue;
            data.issueEpochDays[i] = data.dueEpochDays[i] - 30;
            data.openMinor[i] = random.nextLong(1_00, 50_000_00);
            data.itemIdHigh[i] = random.nextLong();
            data.itemIdLow[i] = random.nextLong();
        }
        return data;
    }

    int items() {
        return items;
    }

    int counterparties() {
        return counterparties;
    }

    int[] counterparty() {
        return counterparty;
    }

    int[] issueEpochDays() {
        return issueEpochDays;
    }

    int[] dueEpochDays() {
        return dueEpochDays;
    }

    long[] openMinor() {
        return openMinor;
    }

    /** Returns the id of counterparty {@code c}; the same instance on every call. */
    UUID counterpartyId(int c) {
        return counterpartyIds[c];
    }

    /** Returns a new instance of the id of item {@code i}. */
    UUID itemId(int i) {
        return new UUID(itemIdHigh[i], itemIdLow[i]);
    }

    /** Returns an amount in euro cents as the library builds amounts. */
    static MonetaryAmount euros(long cents) {
        return new MinorAmount(cents, EUR).toMonetaryAmount();
    }

    /** Returns the number of item {@code i}, as printed on its invoice. */
    static String number(int i) {
        return "INV-" + i;
    }
}
