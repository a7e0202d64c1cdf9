package io.github.tahsilat.dunning;

import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.MinorAmount;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * The dunning states of many items in one currency, stored as columns: due dates as epoch days,
 * overdue amounts in minor units, the last level sent and the epoch day of the last notice. Blocks
 * are stored only for the items that have any.
 *
 * <p>{@link LevelDecider#decideLevels} scans the due-date column first, so an item that cannot
 * reach a level on the run's date costs one {@code int} read. Item {@code i} is the {@code i}th
 * state added to the builder, and {@link #state(int)} returns a state equal to it.
 *
 * <p>Immutable and thread-safe.
 */
public final class DunningStateColumns {

    private final CurrencyUnit currency;
    private final int size;
    private final int[] dueEpochDays;
    private final long[] overdueMinor;
    private final int[] lastLevels;

    /** The epoch day of each item's last notice, 0 for an item without a notice. */
    private final int[] lastNoticeEpochDays;

    /** Each item's blocks, {@code null} for an item without any; {@code null} when none has any. */
    private final DunningBlock[][] blocks;

    private DunningStateColumns(Builder builder) {
        this.currency = builder.currency;
        this.size = builder.size;
        this.dueEpochDays = Arrays.copyOf(builder.dueEpochDays, size);
        this.overdueMinor = Arrays.copyOf(builder.overdueMinor, size);
        this.lastLevels = Arrays.copyOf(builder.lastLevels, size);
        this.lastNoticeEpochDays = Arrays.copyOf(builder.lastNoticeEpochDays, size);
        this.blocks = builder.blocks == null ? null : Arrays.copyOf(builder.blocks, size);
    }

    /**
     * Returns an empty builder for states in {@code currency}.
     *
     * @throws InvalidInputException if {@code currency} is {@code null}
     */
    public static Builder builder(CurrencyUnit currency) {
        return new Builder(InputChecks.present(currency, "currency", "the items' currency"));
    }

    /** Returns the currency of every overdue amount in the columns. */
    public CurrencyUnit currency() {
        return currency;
    }

    /** Returns the number of items. */
    public int size() {
        return size;
    }

    /**
     * Returns the state of item {@code index}, equal to the state added at that position.
     *
     * @throws InvalidInputException if {@code index} is negative or not below {@link #size()}
     */
    public DunningState state(int index) {
        if (index < 0 || index >= size) {
            throw new InvalidInputException(
                    "index",
                    index,
                    "an item's index, from 0 and below the number of items, " + size);
        }
        int lastLevel = lastLevels[index];
        return new DunningState(
                LocalDate.ofEpochDay(dueEpochDays[index]),
                new MinorAmount(overdueMinor[index], currency).toMonetaryAmount(),
                lastLevel,
                lastLevel == 0
                        ? Optional.empty()
                        : Optional.of(LocalDate.ofEpochDay(lastNoticeEpochDays[index])),
                blocksOf(index));
    }

    int dueEpochDay(int index) {
        return dueEpochDays[index];
    }

    long overdueMinor(int index) {
        return overdueMinor[index];
    }

    int lastLevel(int index) {
        return lastLevels[index];
    }

    int lastNoticeEpochDay(int index) {
        return lastNoticeEpochDays[index];
    }

    /** Returns whether a block of item {@code index} is active on {@code asOf}. */
    boolean blockedOn(int index, LocalDate asOf) {
        if (blocks == null || blocks[index] == null) {
            return false;
        }
        for (DunningBlock block : blocks[index]) {
            if (block.isActive(asOf)) {
                return true;
            }
        }
        return false;
    }

    private List<DunningBlock> blocksOf(int index) {
        if (blocks == null || blocks[index] == null) {
            return List.of();
        }
        return List.of(blocks[index]);
    }

    /** Collects states in order. Not thread-safe. */
    public static final class Builder {

        private static final int FIRST_CAPACITY = 16;

        private final CurrencyUnit currency;
        private int size;
        private int[] dueEpochDays = new int[FIRST_CAPACITY];
        private long[] overdueMinor = new long[FIRST_CAPACITY];
        private int[] lastLevels = new int[FIRST_CAPACITY];
        private int[] lastNoticeEpochDays = new int[FIRST_CAPACITY];
        private DunningBlock[][] blocks;

        private Builder(CurrencyUnit currency) {
            this.currency = currency;
        }

        /**
         * Adds an item's state as the next item.
         *
         * @throws InvalidInputException if {@code state} is {@code null}, its overdue amount has
         *     more decimals than the currency's minor unit, or its due date or last notice date
         *     lies outside the epoch days an {@code int} can hold (about 5.8 million years either
         *     side of 1970)
         * @throws CurrencyMismatchException if the overdue amount is in another currency than the
         *     builder's
         */
        public Builder add(DunningState state) {
            InputChecks.present(state, "state", "the item's dunning state");
            if (!state.overdue().getCurrency().equals(currency)) {
                throw new CurrencyMismatchException(
                        "add a dunning state",
                        currency.getCurrencyCode(),
                        state.overdue().getCurrency().getCurrencyCode());
            }
            long minor = MinorAmount.of(state.overdue(), RoundingMode.UNNECESSARY).units();
            int due = epochDay(state.dueDate(), "dueDate");
            int lastNotice =
                    state.lastNoticeDate().isPresent()
                            ? epochDay(state.lastNoticeDate().get(), "lastNoticeDate")
                            : 0;
            if (size == dueEpochDays.length) {
                grow();
            }
            dueEpochDays[size] = due;
            overdueMinor[size] = minor;
            lastLevels[size] = state.lastLevel();
            lastNoticeEpochDays[size] = lastNotice;
            if (!state.blocks().isEmpty()) {
                if (blocks == null) {
                    blocks = new DunningBlock[dueEpochDays.length][];
                }
                blocks[size] = state.blocks().toArray(new DunningBlock[0]);
            }
            size++;
            return this;
        }

        private static int epochDay(LocalDate date, String field) {
            long day = date.toEpochDay();
            if (day < Integer.MIN_VALUE || day > Integer.MAX_VALUE) {
                throw new InvalidInputException(
                        field,
                        date,
                        "a date from "
                                + LocalDate.ofEpochDay(Integer.MIN_VALUE)
                                + " to "
                                + LocalDate.ofEpochDay(Integer.MAX_VALUE));
            }
            return (int) day;
        }

        private void grow() {
            int capacity = Math.max(FIRST_CAPACITY, dueEpochDays.length * 2);
            dueEpochDays = Arrays.copyOf(dueEpochDays, capacity);
            overdueMinor = Arrays.copyOf(overdueMinor, capacity);
            lastLevels = Arrays.copyOf(lastLevels, capacity);
            lastNoticeEpochDays = Arrays.copyOf(lastNoticeEpochDays, capacity);
            if (blocks != null) {
                blocks = Arrays.copyOf(blocks, capacity);
            }
        }

        /** Returns the columns of the states added so far; the builder may be used again. */
        public DunningStateColumns build() {
            return new DunningStateColumns(this);
        }
    }
}
