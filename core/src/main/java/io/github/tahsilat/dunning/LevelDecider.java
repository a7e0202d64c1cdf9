package io.github.tahsilat.dunning;

import io.github.tahsilat.calendar.BusinessCalendar;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.MinorAmount;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Decides the next dunning level to send for one item, or for the items of a {@link
 * DunningStateColumns}, as a pure function of the item's state, the as-of date, the policy and the
 * calendar.
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

    /**
     * Decides the next level of every item in {@code states} and writes its number to {@code
     * levels}: {@code levels[i]} becomes the number of the level {@link #decide} returns for {@code
     * states.state(i)}, or 0 when that decision sends no level. Elements from {@code states.size()}
     * on are left as they are.
     *
     * <p>Unlike {@link #decide}, this creates no object per item. Under {@link
     * DayCounting#CALENDAR_DAYS} an item due too late to reach the first level on {@code asOf}
     * costs one read of its due date. Under {@link DayCounting#BUSINESS_DAYS} it sorts a copy of
     * the due dates and calls {@link BusinessCalendar#isBusinessDay} once per day between the
     * earliest and the latest of the due dates and {@code asOf}, in whatever order the items come.
     *
     * @param policy the items' dunning policy
     * @param states the items' due dates, overdue amounts, last notices and blocks
     * @param asOf the run's date in the company's time zone
     * @param calendar the company's business calendar, used only for {@link
     *     DayCounting#BUSINESS_DAYS}
     * @param levels receives the level number of each item, at least {@code states.size()} long
     * @return the number of items that get a level
     * @throws io.github.tahsilat.error.InvalidInputException if an argument is {@code null} or
     *     {@code levels} is shorter than {@code states.size()}
     * @throws io.github.tahsilat.error.TahsilatException if the calendar has no data for a day it
     *     must classify. {@code levels} is then unchanged, because every day is classified before
     *     the first level is written.
     */
    public static int decideLevels(
            DunningPolicy policy,
            DunningStateColumns states,
            LocalDate asOf,
            BusinessCalendar calendar,
            int[] levels) {
        InputChecks.present(policy, "policy", "a dunning policy");
        InputChecks.present(states, "states", "the items' dunning states");
        InputChecks.present(asOf, "asOf", "the run's date");
        InputChecks.present(calendar, "calendar", "the company's business calendar");
        InputChecks.present(levels, "levels", "an array for the level numbers");
        if (levels.length < states.size()) {
            throw new InvalidInputException(
                    "levels",
                    "an array of " + levels.length + " elements",
                    "an array of at least " + states.size() + " elements, one per item");
        }
        LevelRules rules = new LevelRules(policy, states.currency());
        long asOfDay = asOf.toEpochDay();
        boolean calendarDays = policy.dayCounting() == DayCounting.CALENDAR_DAYS;
        // Under calendar days, an item due after this day has fewer days past due than the first
        // level needs, so it gets no level whatever its amount, notices and blocks.
        long lastReachingDueDay = calendarDays ? asOfDay - rules.firstReachedAt() : Long.MAX_VALUE;
        // Under business days every due date's count comes first, so that a calendar without
        // data fails before a level is written, and items in any order cost one walk over the
        // days.
        BusinessDayCounts businessDays =
                calendarDays ? null : new BusinessDayCounts(states, asOf, calendar);
        long previousDueDay = Long.MIN_VALUE;
        long previousDays = 0;
        int count = 0;
        for (int i = 0; i < states.size(); i++) {
            int dueDay = states.dueEpochDay(i);
            if (dueDay > lastReachingDueDay) {
                levels[i] = 0;
                continue;
            }
            long days;
            if (calendarDays) {
                days = asOfDay - dueDay;
            } else {
                // Items often come in due-date order, so the count of the previous item is reused
                // rather than searched for.
                if (dueDay != previousDueDay) {
                    previousDays = businessDays.daysPastDue(dueDay);
                    previousDueDay = dueDay;
                }
                days = previousDays;
            }
            int level = rules.levelFor(states, i, days, asOf, asOfDay);
            levels[i] = level;
            if (level > 0) {
                count++;
            }
        }
        return count;
    }

    /**
     * A policy's levels as primitive arrays for one currency, with the same rules as {@link
     * #decide}. Levels are in increasing order of number and threshold, so the levels reached at
     * some days past due are always a prefix of the list.
     */
    private static final class LevelRules {

        private final int[] numbers;

        /** The first days past due at which each level is reached, after the grace period. */
        private final long[] reachedAt;

        /** Each level's minimum in minor units of the currency, or 0 when the level sets none. */
        private final long[] minimums;

        private final int[] gapDays;
        private final boolean eachInTurn;

        LevelRules(DunningPolicy policy, CurrencyUnit currency) {
            List<DunningLevel> levels = policy.levels();
            numbers = new int[levels.size()];
            reachedAt = new long[levels.size()];
            minimums = new long[levels.size()];
            gapDays = new int[levels.size()];
            for (int k = 0; k < levels.size(); k++) {
                DunningLevel level = levels.get(k);
                numbers[k] = level.number();
                // The same condition as isReached: a positive threshold also needs the grace
                // period over, that is more than graceDays days past due.
                reachedAt[k] =
                        level.daysPastDue() <= 0
                                ? level.daysPastDue()
                                : Math.max(level.daysPastDue(), policy.graceDays() + 1L);
                // Both the minimum and the columns' amounts are exact in minor units, so
                // comparing units gives the same result as comparing the amounts.
                minimums[k] =
                        level.minimumIn(currency)
                                .map(m -> MinorAmount.of(m, RoundingMode.UNNECESSARY).units())
                                .orElse(0L);
                gapDays[k] = level.minimumGapDays();
            }
            eachInTurn = policy.skippedLevels() == SkippedLevels.SEND_EACH_IN_TURN;
        }

        long firstReachedAt() {
            return reachedAt[0];
        }

        /** Returns the level number to send to item {@code i}, or 0. */
        int levelFor(DunningStateColumns states, int i, long days, LocalDate asOf, long asOfDay) {
            long overdue = states.overdueMinor(i);
            if (overdue <= 0 || states.blockedOn(i, asOf)) {
                return 0;
            }

            int reached = 0;
            while (reached < numbers.length && days >= reachedAt[reached]) {
                reached++;
            }
            int lastLevel = states.lastLevel(i);
            int firstAbove = 0;
            while (firstAbove < reached && numbers[firstAbove] <= lastLevel) {
                firstAbove++;
            }
            if (firstAbove == reached) {
                return 0;
            }

            int chosen = -1;
            if (eachInTurn) {
                chosen = overdue >= minimums[firstAbove] ? firstAbove : -1;
            } else {
                for (int k = reached - 1; k >= firstAbove && chosen < 0; k--) {
                    if (overdue >= minimums[k]) {
                        chosen = k;
                    }
                }
            }
            if (chosen < 0) {
                return 0;
            }

            if (lastLevel > 0 && asOfDay - states.lastNoticeEpochDay(i) < gapDays[chosen]) {
                return 0;
            }
            return numbers[chosen];
        }
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
