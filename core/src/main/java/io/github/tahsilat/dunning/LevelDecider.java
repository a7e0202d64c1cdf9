package io.github.tahsilat.dunning;

import io.github.tahsilat.calendar.BusinessCalendar;
import io.github.tahsilat.internal.input.InputChecks;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * Decides the next dunning level to send for one item, as a pure function of the item's state, the
 * as-of date, the policy and the calendar.
 *
 * <p>The checks run in this order, and the first that fails gives the reason: something is
 * outstanding; no block is active on the as-of date; a level is reached (a level at {@code n} days
 * is reached on the {@code n}th day past due and not a day before, and a level with a positive
 * threshold only after the grace period); a reached level is above the last one sent; the level's
 * minimum amount is met; and its minimum gap since the previous notice has passed. Under {@link
 * SkippedLevels#SEND_HIGHEST_REACHED} the highest reached level whose minimum is met is sent and
 * the levels below it are reported as skipped; under {@link SkippedLevels#SEND_EACH_IN_TURN} the
 * level after the last one sent is the only candidate.
 *
 * <p>Deciding again after recording the level as sent returns no level, so a run repeated on the
 * same day sends nothing twice. Stateless and thread-safe.
 */
public final class LevelDecider {

    private LevelDecider() {}

    /**
     * Decides the next level for an item.
     *
     * @param policy the item's dunning policy
     * @param state the item's due date, overdue amount, last notice and blocks
     * @param asOf the run's date in the company's time zone
     * @param calendar the company's business calendar, used only for {@link
     *     DayCounting#BUSINESS_DAYS}
     * @throws io.github.tahsilat.error.InvalidInputException if an argument is {@code null}
     * @throws io.github.tahsilat.error.TahsilatException if the calendar has no data for a day it
     *     must classify
     */
    public static LevelDecision decide(
            DunningPolicy policy, DunningState state, LocalDate asOf, BusinessCalendar calendar) {
        InputChecks.present(policy, "policy", "a dunning policy");
        InputChecks.present(state, "state", "the item's dunning state");
        InputChecks.present(asOf, "asOf", "the run's date");
        InputChecks.present(calendar, "calendar", "the company's business calendar");
        long days = daysPastDue(policy.dayCounting(), state.dueDate(), asOf, calendar);

        if (!state.overdue().isPositive()) {
            return LevelDecision.none(NoNoticeReason.NOTHING_OUTSTANDING, days);
        }
        if (blockedOn(state, asOf)) {
            return LevelDecision.none(NoNoticeReason.BLOCKED, days);
        }
        // Count before building lists, so that a decision that reaches no new level allocates
        // nothing but its result.
        List<DunningLevel> levels = policy.levels();
        int reachedCount = 0;
        int aboveCount = 0;
        for (int i = 0; i < levels.size(); i++) {
            DunningLevel level = levels.get(i);
            if (isReached(policy, level, days)) {
                reachedCount++;
                if (level.number() > state.lastLevel()) {
                    aboveCount++;
                }
            }
        }
        if (reachedCount == 0) {
            return LevelDecision.none(unreachedReason(policy, days), days);
        }
        if (aboveCount == 0) {
            NoNoticeReason reason =
                    state.lastLevel() >= policy.highestLevel().number()
                            ? NoNoticeReason.ALREADY_AT_HIGHEST_LEVEL
                            : unreachedReason(policy, days);
            return LevelDecision.none(reason, days);
        }

        List<DunningLevel> above =
                numbered(reached(policy, days), state.lastLevel() + 1, Integer.MAX_VALUE);
        Optional<DunningLevel> candidate = candidate(policy, above, state.overdue());
        if (candidate.isEmpty()) {
            return LevelDecision.none(NoNoticeReason.BELOW_MINIMUM_AMOUNT, days);
        }
        DunningLevel level = candidate.get();
        if (state.lastNoticeDate().isPresent()
                && ChronoUnit.DAYS.between(state.lastNoticeDate().get(), asOf)
                        < level.minimumGapDays()) {
            return LevelDecision.none(NoNoticeReason.TOO_SOON_SINCE_LAST_NOTICE, days);
        }
        List<DunningLevel> skipped = numbered(above, Integer.MIN_VALUE, level.number() - 1);
        return LevelDecision.send(level, days, skipped);
    }

    // Loops rather than streams below: a run decides for every overdue item, and in a profile of
    // the dunning benchmark the stream pipelines took most of the time of a decision.
    private static boolean blockedOn(DunningState state, LocalDate asOf) {
        // An index loop: the blocks are an immutable list, and most items have none, so an
        // iterator per decision would cost more than the check.
        List<DunningBlock> blocks = state.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).isActive(asOf)) {
                return true;
            }
        }
        return false;
    }

    /** Returns the levels numbered from {@code from} to {@code to} inclusive, in their order. */
    private static List<DunningLevel> numbered(List<DunningLevel> levels, int from, int to) {
        List<DunningLevel> selected = new ArrayList<>(levels.size());
        for (DunningLevel level : levels) {
            if (level.number() >= from && level.number() <= to) {
                selected.add(level);
            }
        }
        return selected;
    }

    /**
     * Returns the days from {@code dueDate} to {@code asOf} by {@code counting}: 0 on the due date,
     * 1 on the first day counted after it, negative before it. Business days count the business
     * days after the earlier date up to and including the later one.
     *
     * @throws io.github.tahsilat.error.TahsilatException if the calendar has no data for a day
     *     between the dates
     */
    public static long daysPastDue(
            DayCounting counting, LocalDate dueDate, LocalDate asOf, BusinessCalendar calendar) {
        if (counting == DayCounting.CALENDAR_DAYS) {
            return asOf.toEpochDay() - dueDate.toEpochDay();
        }
        boolean forward = !asOf.isBefore(dueDate);
        LocalDate from = forward ? dueDate : asOf;
        LocalDate to = forward ? asOf : dueDate;
        long count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (calendar.isBusinessDay(day)) {
                count++;
            }
        }
        return forward ? count : -count;
    }

    private static List<DunningLevel> reached(DunningPolicy policy, long days) {
        List<DunningLevel> reached = new ArrayList<>();
        for (DunningLevel level : policy.levels()) {
            if (isReached(policy, level, days)) {
                reached.add(level);
            }
        }
        return reached;
    }

    private static boolean isReached(DunningPolicy policy, DunningLevel level, long days) {
        boolean thresholdMet = days >= level.daysPastDue();
        boolean graceOver = level.daysPastDue() <= 0 || days > policy.graceDays();
        return thresholdMet && graceOver;
    }

    private static NoNoticeReason unreachedReason(DunningPolicy policy, long days) {
        if (days <= 0) {
            return NoNoticeReason.NOT_YET_DUE;
        }
        boolean heldByGrace = false;
        if (days <= policy.graceDays()) {
            for (DunningLevel level : policy.levels()) {
                heldByGrace |= level.daysPastDue() <= days;
            }
        }
        return heldByGrace ? NoNoticeReason.WITHIN_GRACE : NoNoticeReason.NEXT_LEVEL_NOT_REACHED;
    }

    private static Optional<DunningLevel> candidate(
            DunningPolicy policy, List<DunningLevel> above, MonetaryAmount overdue) {
        if (policy.skippedLevels() == SkippedLevels.SEND_EACH_IN_TURN) {
            DunningLevel next = above.get(0);
            return meetsMinimum(next, overdue) ? Optional.of(next) : Optional.empty();
        }
        for (int i = above.size() - 1; i >= 0; i--) {
            if (meetsMinimum(above.get(i), overdue)) {
                return Optional.of(above.get(i));
            }
        }
        return Optional.empty();
    }

    private static boolean meetsMinimum(DunningLevel level, MonetaryAmount overdue) {
        Optional<MonetaryAmount> minimum = level.minimumIn(overdue.getCurrency());
        if (minimum.isEmpty()) {
            return true;
        }
        // minimumIn returns the minimum in the overdue amount's currency, so the amounts compare
        // directly, without converting both to minor units.
        return overdue.compareTo(minimum.get()) >= 0;
    }
}
