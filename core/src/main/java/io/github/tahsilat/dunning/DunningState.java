package io.github.tahsilat.dunning;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * What the level decision needs to know about one item on a run: its due date, its overdue amount,
 * the last level sent and when, and the blocks that may pause it.
 *
 * @param dueDate the item's due date, as stored
 * @param overdue the item's outstanding amount as of the run, zero or more
 * @param lastLevel the number of the last level sent, 0 when none was sent
 * @param lastNoticeDate the date of the last notice, present exactly when {@code lastLevel > 0}
 * @param blocks the blocks on the item or its counterparty, active or not
 */
public record DunningState(
        @NotNull LocalDate dueDate,
        @NotNull MonetaryAmount overdue,
        @Min(0) int lastLevel,
        @NotNull Optional<LocalDate> lastNoticeDate,
        @NotNull List<@NotNull DunningBlock> blocks) {

    /**
     * Checks the fields and copies the blocks.
     *
     * @throws InvalidInputException if an argument is {@code null}, {@code overdue} is negative,
     *     {@code lastLevel} is negative, or {@code lastNoticeDate} is present without a last level
     *     or missing with one
     */
    public DunningState {
        InputChecks.present(dueDate, "dueDate", "the item's due date");
        InputChecks.present(overdue, "overdue", "the outstanding amount");
        if (overdue.isNegative()) {
            throw new InvalidInputException("overdue", overdue, "an amount of zero or more");
        }
        if (lastLevel < 0) {
            throw new InvalidInputException("lastLevel", lastLevel, "0 or a level number");
        }
        InputChecks.present(lastNoticeDate, "lastNoticeDate", "a date or Optional.empty()");
        if (lastNoticeDate.isPresent() != (lastLevel > 0)) {
            throw new InvalidInputException(
                    "lastNoticeDate",
                    lastNoticeDate.map(LocalDate::toString).orElse("empty"),
                    "a date exactly when a level was sent");
        }
        blocks = InputChecks.distinctList(blocks, "blocks");
    }

    /** Returns the state of an item that has had no notice and no block. */
    public static DunningState first(LocalDate dueDate, MonetaryAmount overdue) {
        return new DunningState(dueDate, overdue, 0, Optional.empty(), List.of());
    }

    /**
     * Returns a copy that records {@code level} as sent on {@code date}.
     *
     * @throws InvalidInputException if {@code level} is below 1 or {@code date} is {@code null}
     */
    public DunningState afterNotice(int level, LocalDate date) {
        if (level < 1) {
            throw new InvalidInputException("level", level, "a level number of 1 or more");
        }
        return new DunningState(dueDate, overdue, level, Optional.of(date), blocks);
    }

    /** Returns a copy with {@code block} added. */
    public DunningState withBlock(DunningBlock block) {
        List<DunningBlock> copy = new ArrayList<>(blocks);
        copy.add(block);
        return new DunningState(dueDate, overdue, lastLevel, lastNoticeDate, copy);
    }

    /** Returns a copy with another overdue amount. */
    public DunningState withOverdue(MonetaryAmount amount) {
        return new DunningState(dueDate, amount, lastLevel, lastNoticeDate, blocks);
    }
}
