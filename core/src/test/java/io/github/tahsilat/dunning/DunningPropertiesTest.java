package io.github.tahsilat.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.calendar.HolidayCalendar;
import io.github.tahsilat.interest.DayCount;
import io.github.tahsilat.interest.RateTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.javamoney.moneta.Money;

/** Invariants of policies and level decisions for generated policies and run dates. */
class DunningPropertiesTest {

    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");

    @Property(tries = 300)
    void printedPolicyParsesToSamePolicy(@ForAll("policies") DunningPolicy policy) {
        String text = PolicyText.print(policy);

        assertThat(PolicyText.parse(text)).isEqualTo(policy);
    }

    @Property(tries = 500)
    void levelNeverSentTwiceOnOneDay(
            @ForAll("policies") DunningPolicy policy,
            @ForAll @IntRange(min = -10, max = 200) int daysAfterDue,
            @ForAll @LongRange(min = 1, max = 1_000_000) long cents) {
        LocalDate due = LocalDate.of(2025, 3, 1);
        LocalDate asOf = due.plusDays(daysAfterDue);
        DunningState state = DunningState.first(due, Money.of(BigDecimal.valueOf(cents, 2), "EUR"));

        LevelDecision first = decide(policy, state, asOf);
        if (first.sends()) {
            state = state.afterNotice(first.level().orElseThrow().number(), asOf);
        }
        LevelDecision again = decide(policy, state, asOf);

        // A policy sending each level in turn may send the next level on the same day, but
        // never the same level again.
        if (again.sends()) {
            assertThat(again.level().orElseThrow().number()).isGreaterThan(state.lastLevel());
        }
    }

    @Property(tries = 500)
    void sentLevelIsReached(
            @ForAll("policies") DunningPolicy policy,
            @ForAll @IntRange(min = -10, max = 200) int daysAfterDue) {
        LocalDate due = LocalDate.of(2025, 3, 1);
        DunningState state = DunningState.first(due, Money.of(1_000_000, "EUR"));

        LevelDecision decision = decide(policy, state, due.plusDays(daysAfterDue));

        decision.level()
                .ifPresent(
                        level -> {
                            assertThat(decision.daysPastDue())
                                    .isGreaterThanOrEqualTo(level.daysPastDue());
                            assertThat(decision.skipped())
                                    .allMatch(s -> s.number() < level.number());
                        });
    }

    @Property(tries = 300)
    void columnLevelsMatchItemDecisions(
            @ForAll("policies") DunningPolicy generated,
            @ForAll boolean businessDays,
            @ForAll("states") List<DunningState> states,
            @ForAll @IntRange(min = -30, max = 30) int asOfShift) {
        DunningPolicy policy = businessDays ? inBusinessDays(generated) : generated;
        LocalDate asOf = LocalDate.of(2025, 3, 1).plusDays(asOfShift);
        DunningStateColumns.Builder builder = DunningStateColumns.builder(EUR);
        states.forEach(builder::add);
        int[] levels = new int[states.size() + 1];
        levels[states.size()] = -1;

        int count =
                LevelDecider.decideLevels(
                        policy, builder.build(), asOf, HolidayCalendar.weekendsOnly(), levels);

        int expectedCount = 0;
        for (int i = 0; i < states.size(); i++) {
            LevelDecision decision = decide(policy, states.get(i), asOf);
            int expected = decision.level().map(DunningLevel::number).orElse(0);
            assertThat(levels[i]).as("level of item %d", i).isEqualTo(expected);
            expectedCount += expected > 0 ? 1 : 0;
        }
        assertThat(count).isEqualTo(expectedCount);
        assertThat(levels[states.size()]).isEqualTo(-1);
    }

    private static DunningPolicy inBusinessDays(DunningPolicy policy) {
        return new DunningPolicy(
                policy.name(),
                policy.levels(),
                policy.graceDays(),
                DayCounting.BUSINESS_DAYS,
                policy.skippedLevels(),
                policy.payWithinDays(),
                policy.interest(),
                policy.waiveChargesWhenPrincipalPaid(),
                policy.listAllOverdueItems(),
                policy.handOverScope(),
                policy.chargeVat());
    }

    /**
     * States due from 60 days before to 20 days after 2025-03-01, some with a notice up to 30 days
     * before that date and some with a block around it.
     */
    @Provide
    Arbitrary<List<DunningState>> states() {
        LocalDate base = LocalDate.of(2025, 3, 1);
        Arbitrary<DunningState> state =
                Combinators.combine(
                                Arbitraries.integers().between(-60, 20),
                                Arbitraries.longs().between(0, 20_000),
                                Arbitraries.integers().between(0, 6),
                                Arbitraries.integers().between(0, 30),
                                Arbitraries.integers().between(-40, 40).optional())
                        .as(
                                (dueShift, cents, lastLevel, noticeAgo, blockShift) -> {
                                    DunningState first =
                                            DunningState.first(
                                                    base.plusDays(dueShift),
                                                    Money.of(BigDecimal.valueOf(cents, 2), "EUR"));
                                    DunningState noticed =
                                            lastLevel == 0
                                                    ? first
                                                    : first.afterNotice(
                                                            lastLevel, base.minusDays(noticeAgo));
                                    return blockShift
                                            .map(
                                                    shift ->
                                                            noticed.withBlock(
                                                                    new DunningBlock(
                                                                            "dispute",
                                                                            base.plusDays(shift),
                                                                            base.plusDays(
                                                                                    shift + 10))))
                                            .orElse(noticed);
                                });
        return state.list().ofMaxSize(40);
    }

    private static LevelDecision decide(DunningPolicy policy, DunningState state, LocalDate asOf) {
        return LevelDecider.decide(policy, state, asOf, HolidayCalendar.weekendsOnly());
    }

    @Provide
    Arbitrary<DunningPolicy> policies() {
        Arbitrary<List<DunningLevel>> levels =
                Arbitraries.integers()
                        .between(1, 5)
                        .flatMap(count -> level().list().ofSize(count))
                        .map(DunningPropertiesTest::renumber);
        Arbitrary<Optional<InterestSettings>> interest =
                Combinators.combine(
                                Arbitraries.of(DayCount.class),
                                Arbitraries.of(InterestStart.class),
                                Arbitraries.bigDecimals()
                                        .between(BigDecimal.ZERO, new BigDecimal("50"))
                                        .ofScale(2))
                        .as(
                                (dayCount, start, rate) ->
                                        new InterestSettings(
                                                dayCount,
                                                RateTable.fixed(LocalDate.of(2024, 1, 1), rate),
                                                start))
                        .optional();
        return Combinators.combine(
                        levels,
                        Arbitraries.integers().between(0, 10),
                        Arbitraries.of(SkippedLevels.class),
                        Arbitraries.integers().between(0, 30),
                        interest,
                        Arbitraries.of(true, false))
                .as(
                        (list, grace, skipped, payWithin, settings, waive) ->
                                new DunningPolicy(
                                        "generated",
                                        list,
                                        grace,
                                        DayCounting.CALENDAR_DAYS,
                                        skipped,
                                        payWithin,
                                        settings,
                                        waive));
    }

    private static Arbitrary<DunningLevel> level() {
        Arbitrary<Integer> gap = Arbitraries.integers().between(0, 14);
        Arbitrary<Optional<Fee>> fee =
                Arbitraries.longs()
                        .between(1, 10_000)
                        .map(
                                cents ->
                                        (Fee)
                                                new FixedFee(
                                                        Money.of(
                                                                BigDecimal.valueOf(cents, 2),
                                                                "EUR"),
                                                        FeeBasis.PER_NOTICE))
                        .optional();
        Arbitrary<Optional<Long>> minimum = Arbitraries.longs().between(0, 10_000).optional();
        return Combinators.combine(gap, fee, minimum, Arbitraries.of(true, false))
                .as(
                        (days, maybeFee, maybeMinimum, handOver) -> {
                            DunningLevel.Builder builder =
                                    DunningLevel.builder(1, 0).minimumGapDays(days);
                            maybeFee.ifPresent(builder::fee);
                            maybeMinimum.ifPresent(
                                    cents ->
                                            builder.minimum(
                                                    Money.of(BigDecimal.valueOf(cents, 2), "EUR")));
                            if (handOver) {
                                builder.action(DunningAction.HAND_OVER_TO_AGENCY);
                            }
                            return builder.build();
                        });
    }

    /** Numbers the levels 1, 2, 3 with thresholds 7 days apart, starting before the due date. */
    private static List<DunningLevel> renumber(List<DunningLevel> levels) {
        List<DunningLevel> numbered = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            DunningLevel level = levels.get(i);
            numbered.add(
                    new DunningLevel(
                            i + 1,
                            7 * i - 3,
                            level.minimumAmounts(),
                            level.minimumGapDays(),
                            "reminder-" + (i + 1),
                            level.actions(),
                            level.fees()));
        }
        return numbered;
    }
}
