package io.github.tahsilat.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.calendar.BusinessCalendar;
import io.github.tahsilat.calendar.HolidayCalendar;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.error.TahsilatException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LevelDeciderTest {

    static final BusinessCalendar WEEKENDS = HolidayCalendar.weekendsOnly();

    static MonetaryAmount eur(String amount) {
        return Money.of(new BigDecimal(amount), "EUR");
    }

    static LevelDecision decide(DunningPolicy policy, DunningState state, String asOf) {
        return LevelDecider.decide(policy, state, LocalDate.parse(asOf), WEEKENDS);
    }

    static DunningPolicy oneLevelAt(int days) {
        return DunningPolicy.builder("p").level(DunningLevel.builder(1, days).build()).build();
    }

    /** Level 1 at 7 days without a fee, level 2 at 14 days with a fee of 10.00. */
    static DunningPolicy.Builder sevenAndFourteen() {
        return DunningPolicy.builder("p")
                .level(DunningLevel.builder(1, 7).build())
                .level(
                        DunningLevel.builder(2, 14)
                                .fee(new FixedFee(eur("10.00"), FeeBasis.PER_NOTICE))
                                .build());
    }

    @Nested
    class Threshold {

        // Level 1 at one day overdue, due 2025-02-03: nothing on the due date, level 1 the day
        // after.
        @Test
        void dueDateItselfSendsNothing() {
            DunningState state = DunningState.first(LocalDate.of(2025, 2, 3), eur("100.00"));

            LevelDecision decision = decide(oneLevelAt(1), state, "2025-02-03");

            assertThat(decision.sends()).isFalse();
            assertThat(decision.reason()).contains(NoNoticeReason.NOT_YET_DUE);
            assertThat(decision.daysPastDue()).isZero();
        }

        @Test
        void dayAfterDueSendsLevelOne() {
            DunningState state = DunningState.first(LocalDate.of(2025, 2, 3), eur("100.00"));

            LevelDecision decision = decide(oneLevelAt(1), state, "2025-02-04");

            assertThat(decision.level()).map(DunningLevel::number).contains(1);
            assertThat(decision.daysPastDue()).isEqualTo(1);
        }

        @ParameterizedTest(name = "as of {0}: level {1}")
        @CsvSource({"2025-03-07, 0", "2025-03-08, 1", "2025-03-14, 1", "2025-03-15, 2"})
        void levelReachedOnThresholdDay(LocalDate asOf, int level) {
            DunningState state = DunningState.first(LocalDate.of(2025, 3, 1), eur("500.00"));

            LevelDecision decision =
                    LevelDecider.decide(sevenAndFourteen().build(), state, asOf, WEEKENDS);

            assertThat(decision.level().map(DunningLevel::number).orElse(0)).isEqualTo(level);
        }

        @Test
        void friendlyReminderBeforeDue() {
            DunningPolicy policy = oneLevelAt(-3);
            DunningState state = DunningState.first(LocalDate.of(2025, 2, 10), eur("100.00"));

            assertThat(decide(policy, state, "2025-02-06").reason())
                    .contains(NoNoticeReason.NOT_YET_DUE);
            assertThat(decide(policy, state, "2025-02-07").level()).isPresent();
        }
    }

    @Nested
    class Repeats {

        // Invoice 500.00 due 2025-03-01; runs on 03-08 (three times), 03-15 (twice) and 03-16.
        @Test
        void eachLevelSentOnce() {
            DunningPolicy policy = sevenAndFourteen().build();
            DunningState state = DunningState.first(LocalDate.of(2025, 3, 1), eur("500.00"));

            LevelDecision first = decide(policy, state, "2025-03-08");
            state = state.afterNotice(1, LocalDate.of(2025, 3, 8));
            LevelDecision sameDay = decide(policy, state, "2025-03-08");
            LevelDecision second = decide(policy, state, "2025-03-15");
            state = state.afterNotice(2, LocalDate.of(2025, 3, 15));
            LevelDecision secondAgain = decide(policy, state, "2025-03-15");
            LevelDecision nextDay = decide(policy, state, "2025-03-16");

            assertThat(first.level()).map(DunningLevel::number).contains(1);
            assertThat(sameDay.reason()).contains(NoNoticeReason.NEXT_LEVEL_NOT_REACHED);
            assertThat(second.level()).map(DunningLevel::number).contains(2);
            assertThat(secondAgain.reason()).contains(NoNoticeReason.ALREADY_AT_HIGHEST_LEVEL);
            assertThat(nextDay.reason()).contains(NoNoticeReason.ALREADY_AT_HIGHEST_LEVEL);
        }

        // No runs from 2025-03-05 to 03-19; the first run on 03-20 sends level 2 only.
        @Test
        void gapSendsHighestReachedOnly() {
            DunningState state = DunningState.first(LocalDate.of(2025, 3, 1), eur("500.00"));

            LevelDecision decision = decide(sevenAndFourteen().build(), state, "2025-03-20");

            assertThat(decision.level()).map(DunningLevel::number).contains(2);
            assertThat(decision.skipped()).extracting(DunningLevel::number).containsExactly(1);
            assertThat(decision.level().orElseThrow().feeIn(eur("1").getCurrency()))
                    .map(f -> f.amountFor(eur("500.00"), java.math.RoundingMode.HALF_UP))
                    .contains(eur("10.00"));
        }

        @Test
        void gapSendsEachInTurn() {
            DunningPolicy policy =
                    sevenAndFourteen().skippedLevels(SkippedLevels.SEND_EACH_IN_TURN).build();
            DunningState state = DunningState.first(LocalDate.of(2025, 3, 1), eur("500.00"));

            LevelDecision first = decide(policy, state, "2025-03-20");
            state = state.afterNotice(1, LocalDate.of(2025, 3, 20));
            LevelDecision second = decide(policy, state, "2025-03-21");

            assertThat(first.level()).map(DunningLevel::number).contains(1);
            assertThat(first.skipped()).isEmpty();
            assertThat(second.level()).map(DunningLevel::number).contains(2);
        }
    }

    @Nested
    class Conditions {

        @ParameterizedTest(name = "{0} days past due: {1}")
        @CsvSource({
            "1, WITHIN_GRACE",
            "3, WITHIN_GRACE",
        })
        void graceHoldsBackLevels(int days, NoNoticeReason reason) {
            DunningPolicy policy =
                    DunningPolicy.builder("p")
                            .graceDays(3)
                            .level(DunningLevel.builder(1, 1).build())
                            .build();
            LocalDate due = LocalDate.of(2025, 2, 3);
            DunningState state = DunningState.first(due, eur("100.00"));

            LevelDecision decision =
                    LevelDecider.decide(policy, state, due.plusDays(days), WEEKENDS);

            assertThat(decision.reason()).contains(reason);
        }

        @Test
        void levelAfterGrace() {
            DunningPolicy policy =
                    DunningPolicy.builder("p")
                            .graceDays(3)
                            .level(DunningLevel.builder(1, 1).build())
                            .build();
            DunningState state = DunningState.first(LocalDate.of(2025, 2, 3), eur("100.00"));

            assertThat(decide(policy, state, "2025-02-07").level()).isPresent();
        }

        @Test
        void belowMinimumAmount() {
            DunningPolicy policy =
                    DunningPolicy.builder("p")
                            .level(DunningLevel.builder(1, 1).minimum(eur("10.00")).build())
                            .build();
            LocalDate due = LocalDate.of(2025, 2, 3);

            LevelDecision below =
                    decide(policy, DunningState.first(due, eur("9.99")), "2025-02-10");
            LevelDecision at = decide(policy, DunningState.first(due, eur("10.00")), "2025-02-10");
            LevelDecision otherCurrency =
                    decide(policy, DunningState.first(due, Money.of(1, "TRY")), "2025-02-10");

            assertThat(below.reason()).contains(NoNoticeReason.BELOW_MINIMUM_AMOUNT);
            assertThat(at.sends()).isTrue();
            assertThat(otherCurrency.sends()).isTrue();
        }

        @Test
        void highestLevelMeetingMinimumSent() {
            DunningPolicy policy =
                    DunningPolicy.builder("p")
                            .level(DunningLevel.builder(1, 7).build())
                            .level(DunningLevel.builder(2, 14).minimum(eur("100.00")).build())
                            .build();
            DunningState state = DunningState.first(LocalDate.of(2025, 3, 1), eur("50.00"));

            LevelDecision decision = decide(policy, state, "2025-03-20");

            assertThat(decision.level()).map(DunningLevel::number).contains(1);
        }

        @Test
        void tooSoonSinceLastNotice() {
            DunningPolicy policy =
                    DunningPolicy.builder("p")
                            .level(DunningLevel.builder(1, 7).build())
                            .level(DunningLevel.builder(2, 14).minimumGapDays(10).build())
                            .build();
            DunningState state =
                    DunningState.first(LocalDate.of(2025, 3, 1), eur("50.00"))
                            .afterNotice(1, LocalDate.of(2025, 3, 10));

            assertThat(decide(policy, state, "2025-03-19").reason())
                    .contains(NoNoticeReason.TOO_SOON_SINCE_LAST_NOTICE);
            assertThat(decide(policy, state, "2025-03-20").level())
                    .map(DunningLevel::number)
                    .contains(2);
        }

        // Due Friday 2025-02-07; Monday 02-10 is 3 calendar days but 1 business day past due.
        @Test
        void businessDaysSkipWeekend() {
            DunningPolicy.Builder builder =
                    DunningPolicy.builder("p").level(DunningLevel.builder(1, 2).build());
            DunningState state = DunningState.first(LocalDate.of(2025, 2, 7), eur("50.00"));

            LevelDecision calendar = decide(builder.build(), state, "2025-02-10");
            LevelDecision business =
                    decide(
                            builder.dayCounting(DayCounting.BUSINESS_DAYS).build(),
                            state,
                            "2025-02-10");

            assertThat(calendar.daysPastDue()).isEqualTo(3);
            assertThat(calendar.sends()).isTrue();
            assertThat(business.daysPastDue()).isEqualTo(1);
            assertThat(business.reason()).contains(NoNoticeReason.NEXT_LEVEL_NOT_REACHED);
        }

        @Test
        void businessDaysBeforeDueNegative() {
            long days =
                    LevelDecider.daysPastDue(
                            DayCounting.BUSINESS_DAYS,
                            LocalDate.of(2025, 2, 10),
                            LocalDate.of(2025, 2, 6),
                            WEEKENDS);

            assertThat(days).isEqualTo(-2);
        }
    }

    @Nested
    class Outstanding {

        // Invoice 500.00 due 2025-05-01, level 1 at 14 days with a fee of 5.00, run 2025-05-16.
        static final LocalDate DUE = LocalDate.of(2025, 5, 1);

        static DunningPolicy policy() {
            return DunningPolicy.builder("p")
                    .level(
                            DunningLevel.builder(1, 14)
                                    .fee(new FixedFee(eur("5.00"), FeeBasis.PER_NOTICE))
                                    .build())
                    .build();
        }

        @Test
        void creditedInFullSendsNothing() {
            LevelDecision decision =
                    decide(policy(), DunningState.first(DUE, eur("0.00")), "2025-05-16");

            assertThat(decision.reason()).contains(NoNoticeReason.NOTHING_OUTSTANDING);
        }

        @Test
        void partlyPaidSendsLevelOne() {
            LevelDecision decision =
                    decide(policy(), DunningState.first(DUE, eur("50.00")), "2025-05-16");

            assertThat(decision.level()).map(DunningLevel::number).contains(1);
            assertThat(decision.daysPastDue()).isEqualTo(15);
        }

        // Block from 2025-05-05 up to and including 2025-05-31.
        @Test
        void blockPausesUntilItLapses() {
            DunningBlock dispute =
                    new DunningBlock(
                            "dispute", LocalDate.of(2025, 5, 5), LocalDate.of(2025, 5, 31));
            DunningState state = DunningState.first(DUE, eur("500.00")).withBlock(dispute);

            LevelDecision during = decide(policy(), state, "2025-05-16");
            LevelDecision lastDay = decide(policy(), state, "2025-05-31");
            LevelDecision after = decide(policy(), state, "2025-06-01");

            assertThat(during.reason()).contains(NoNoticeReason.BLOCKED);
            assertThat(lastDay.reason()).contains(NoNoticeReason.BLOCKED);
            assertThat(after.level()).map(DunningLevel::number).contains(1);
            assertThat(after.daysPastDue()).isEqualTo(31);
        }
    }

    @Nested
    class SharedDecisions {

        @ParameterizedTest
        @CsvSource({"-400", "-1", "0", "17", "400"})
        void decisionsWithoutLevelAreShared(long days) {
            LevelDecision first = LevelDecision.none(NoNoticeReason.NOT_YET_DUE, days);
            LevelDecision second = LevelDecision.none(NoNoticeReason.NOT_YET_DUE, days);

            assertThat(second).isSameAs(first);
            assertThat(second.daysPastDue()).isEqualTo(days);
            assertThat(second.reason()).contains(NoNoticeReason.NOT_YET_DUE);
            assertThat(second.level()).isEmpty();
        }

        @ParameterizedTest
        @CsvSource({"-401", "401", "-9223372036854775808", "9223372036854775807"})
        void distantDaysGetOwnDecision(long days) {
            LevelDecision first = LevelDecision.none(NoNoticeReason.BLOCKED, days);
            LevelDecision second = LevelDecision.none(NoNoticeReason.BLOCKED, days);

            assertThat(second).isNotSameAs(first);
            assertThat(second).isEqualTo(first);
            assertThat(second.daysPastDue()).isEqualTo(days);
        }

        @Test
        void reasonsKeepTheirOwnDecisions() {
            for (NoNoticeReason reason : NoNoticeReason.values()) {
                LevelDecision decision = LevelDecision.none(reason, 5);

                assertThat(decision.reason()).as("reason of %s", reason).contains(reason);
                assertThat(decision.daysPastDue()).as("days of %s", reason).isEqualTo(5);
            }
        }
    }

    @Nested
    class ColumnLevels {

        static final LocalDate DUE = LocalDate.of(2025, 3, 1);

        /** Level 1 from 1 day with a minimum of 5.00, level 2 from 30 days, level 3 from 60. */
        static DunningPolicy.Builder threeLevels() {
            return DunningPolicy.builder("p")
                    .level(DunningLevel.builder(1, 1).minimum(eur("5.00")).build())
                    .level(DunningLevel.builder(2, 30).minimumGapDays(14).build())
                    .level(DunningLevel.builder(3, 60).minimumGapDays(14).build());
        }

        static int[] levels(DunningPolicy policy, LocalDate asOf, DunningState... states) {
            DunningStateColumns.Builder builder =
                    DunningStateColumns.builder(Monetary.getCurrency("EUR"));
            for (DunningState state : states) {
                builder.add(state);
            }
            int[] levels = new int[states.length];
            LevelDecider.decideLevels(policy, builder.build(), asOf, WEEKENDS, levels);
            return levels;
        }

        // Days past due on each as-of date: 0, 1, 29, 30, 59, 60, 200.
        @ParameterizedTest(name = "as of {0}: level {1}")
        @CsvSource({
            "2025-03-01, 0",
            "2025-03-02, 1",
            "2025-03-30, 1",
            "2025-03-31, 2",
            "2025-04-29, 2",
            "2025-04-30, 3",
            "2025-09-17, 3"
        })
        void firstNoticeByDaysPastDue(LocalDate asOf, int level) {
            int[] levels = levels(threeLevels().build(), asOf, DunningState.first(DUE, eur("9")));

            assertThat(levels).containsExactly(level);
        }

        @ParameterizedTest(name = "{0} open: level {1}")
        @CsvSource({"0.00, 0", "4.99, 0", "5.00, 1"})
        void minimumAmountInMinorUnits(String amount, int level) {
            LocalDate asOf = DUE.plusDays(10);

            int[] levels =
                    levels(threeLevels().build(), asOf, DunningState.first(DUE, eur(amount)));

            assertThat(levels).containsExactly(level);
        }

        @Test
        void belowFirstMinimumHigherLevelSent() {
            LocalDate asOf = DUE.plusDays(45);

            int[] levels = levels(threeLevels().build(), asOf, DunningState.first(DUE, eur("1")));

            assertThat(levels).containsExactly(2);
        }

        @ParameterizedTest(name = "level 1 sent {0} days ago: level {1}")
        @CsvSource({"13, 0", "14, 2"})
        void gapSinceLastNotice(int daysAgo, int level) {
            LocalDate asOf = DUE.plusDays(40);
            DunningState state =
                    DunningState.first(DUE, eur("50")).afterNotice(1, asOf.minusDays(daysAgo));

            int[] levels = levels(threeLevels().build(), asOf, state);

            assertThat(levels).containsExactly(level);
        }

        @Test
        void eachInTurnSendsNextLevel() {
            DunningPolicy policy =
                    threeLevels().skippedLevels(SkippedLevels.SEND_EACH_IN_TURN).build();

            int[] levels = levels(policy, DUE.plusDays(90), DunningState.first(DUE, eur("50")));

            assertThat(levels).containsExactly(1);
        }

        @Test
        void highestLevelSentNothingMore() {
            LocalDate asOf = DUE.plusDays(90);
            DunningState state = DunningState.first(DUE, eur("50")).afterNotice(3, DUE);

            assertThat(levels(threeLevels().build(), asOf, state)).containsExactly(0);
        }

        @Test
        void activeBlockSendsNothing() {
            LocalDate asOf = DUE.plusDays(10);
            DunningState blocked =
                    DunningState.first(DUE, eur("50"))
                            .withBlock(new DunningBlock("dispute", asOf, asOf.plusDays(3)));
            DunningState lapsed =
                    DunningState.first(DUE, eur("50"))
                            .withBlock(new DunningBlock("dispute", DUE, asOf.minusDays(1)));

            assertThat(levels(threeLevels().build(), asOf, blocked, lapsed)).containsExactly(0, 1);
        }

        @ParameterizedTest(name = "{0} days past due with grace 3: level {1}")
        @CsvSource({"3, 0", "4, 1"})
        void graceHoldsBackFirstLevel(int days, int level) {
            DunningPolicy policy = threeLevels().graceDays(3).build();

            int[] levels = levels(policy, DUE.plusDays(days), DunningState.first(DUE, eur("50")));

            assertThat(levels).containsExactly(level);
        }

        @Test
        void reminderBeforeDueReached() {
            DunningPolicy policy =
                    DunningPolicy.builder("p")
                            .level(DunningLevel.builder(1, -3).build())
                            .level(DunningLevel.builder(2, 7).build())
                            .build();
            DunningState state = DunningState.first(DUE, eur("50"));

            assertThat(levels(policy, DUE.minusDays(4), state)).containsExactly(0);
            assertThat(levels(policy, DUE.minusDays(3), state)).containsExactly(1);
        }

        // Due Friday 2025-02-28: Monday 2025-03-03 is the first business day past due.
        @ParameterizedTest(name = "as of {0}: level {1}")
        @CsvSource({"2025-03-02, 0", "2025-03-03, 1"})
        void businessDaysSkipWeekend(LocalDate asOf, int level) {
            DunningPolicy policy = threeLevels().dayCounting(DayCounting.BUSINESS_DAYS).build();
            DunningState state = DunningState.first(LocalDate.of(2025, 2, 28), eur("50"));

            assertThat(levels(policy, asOf, state)).containsExactly(level);
        }

        @Test
        void countsItemsGivenLevel() {
            DunningStateColumns.Builder builder =
                    DunningStateColumns.builder(Monetary.getCurrency("EUR"));
            builder.add(DunningState.first(DUE, eur("50")));
            builder.add(DunningState.first(DUE.plusDays(20), eur("50")));
            builder.add(DunningState.first(DUE.minusDays(40), eur("50")));
            int[] levels = {-1, -1, -1, -1};

            int count =
                    LevelDecider.decideLevels(
                            threeLevels().build(),
                            builder.build(),
                            DUE.plusDays(5),
                            WEEKENDS,
                            levels);

            assertThat(count).isEqualTo(2);
            assertThat(levels).containsExactly(1, 0, 2, -1);
        }

        @Test
        void calendarGapLeavesLevelsUnchanged() {
            DunningPolicy policy = threeLevels().dayCounting(DayCounting.BUSINESS_DAYS).build();
            BusinessCalendar from2020 =
                    date -> {
                        if (date.getYear() < 2020) {
                            throw new TahsilatException("no calendar data for " + date);
                        }
                        return WEEKENDS.isBusinessDay(date);
                    };
            DunningStateColumns.Builder builder =
                    DunningStateColumns.builder(Monetary.getCurrency("EUR"));
            builder.add(DunningState.first(DUE, eur("50")));
            builder.add(DunningState.first(LocalDate.of(2015, 6, 1), eur("50")));
            builder.add(DunningState.first(DUE, eur("50")));
            DunningStateColumns columns = builder.build();
            int[] levels = {-1, -1, -1};

            assertThatThrownBy(
                            () ->
                                    LevelDecider.decideLevels(
                                            policy, columns, DUE.plusDays(40), from2020, levels))
                    .isInstanceOf(TahsilatException.class);
            assertThat(levels).containsExactly(-1, -1, -1);
        }

        @Test
        void unorderedBusinessDaysMatchDecide() {
            DunningPolicy policy = threeLevels().dayCounting(DayCounting.BUSINESS_DAYS).build();
            LocalDate asOf = LocalDate.of(2026, 6, 30);
            SplittableRandom random = new SplittableRandom(7);
            DunningStateColumns.Builder builder =
                    DunningStateColumns.builder(Monetary.getCurrency("EUR"));
            List<DunningState> states = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                LocalDate due = asOf.minusDays(random.nextInt(-30, 3_650));
                DunningState state = DunningState.first(due, eur(random.nextInt(1, 20) + ".00"));
                if (random.nextInt(4) == 0) {
                    state = state.afterNotice(1, asOf.minusDays(random.nextInt(30)));
                }
                states.add(state);
                builder.add(state);
            }
            int[] levels = new int[states.size()];

            LevelDecider.decideLevels(policy, builder.build(), asOf, WEEKENDS, levels);

            for (int i = 0; i < states.size(); i++) {
                LevelDecision decision = LevelDecider.decide(policy, states.get(i), asOf, WEEKENDS);
                int expected = decision.level().map(DunningLevel::number).orElse(0);
                assertThat(levels[i]).as("item %d", i).isEqualTo(expected);
            }
        }

        @Test
        void businessDaysCountedOncePerDay() {
            DunningPolicy policy = threeLevels().dayCounting(DayCounting.BUSINESS_DAYS).build();
            LocalDate asOf = LocalDate.of(2026, 6, 30);
            AtomicLong calls = new AtomicLong();
            BusinessCalendar counting =
                    date -> {
                        calls.incrementAndGet();
                        return WEEKENDS.isBusinessDay(date);
                    };
            SplittableRandom random = new SplittableRandom(11);
            DunningStateColumns.Builder builder =
                    DunningStateColumns.builder(Monetary.getCurrency("EUR"));
            for (int i = 0; i < 5_000; i++) {
                builder.add(DunningState.first(asOf.minusDays(random.nextInt(3_650)), eur("50")));
            }

            LevelDecider.decideLevels(policy, builder.build(), asOf, counting, new int[5_000]);

            assertThat(calls.get()).isLessThanOrEqualTo(3_650);
        }

        @Test
        void shortLevelArrayRejected() {
            DunningStateColumns.Builder builder =
                    DunningStateColumns.builder(Monetary.getCurrency("EUR"));
            builder.add(DunningState.first(DUE, eur("50")));
            DunningStateColumns columns = builder.build();
            DunningPolicy policy = threeLevels().build();

            assertThatThrownBy(
                            () ->
                                    LevelDecider.decideLevels(
                                            policy, columns, DUE, WEEKENDS, new int[0]))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("an array of at least 1 elements, one per item");
        }
    }
}
