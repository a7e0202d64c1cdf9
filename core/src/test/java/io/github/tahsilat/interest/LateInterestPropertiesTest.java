package io.github.tahsilat.interest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.internal.money.MinorAmount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.javamoney.moneta.Money;

/**
 * Additivity of late interest over a split of the period. With the actual-day conventions the days
 * add up exactly, so splitting changes the total only through rounding: by at most one minor unit,
 * and not at all when each day's interest is a whole number of minor units.
 */
class LateInterestPropertiesTest {

    static final LocalDate BASE = LocalDate.of(2020, 1, 1);

    @Property(tries = 1000)
    void splitWithinOneMinorUnit(
            @ForAll @LongRange(min = 0, max = 100_000_000) long principalCents,
            @ForAll @IntRange(min = 0, max = 2000) int startOffset,
            @ForAll @IntRange(min = 0, max = 400) int firstDays,
            @ForAll @IntRange(min = 0, max = 400) int secondDays,
            @ForAll @IntRange(min = 0, max = 3000) int basisPoints,
            @ForAll boolean fixedYear) {
        DayCount dayCount = fixedYear ? DayCount.ACTUAL_365_FIXED : DayCount.ACTUAL_360;
        LateInterest interest =
                LateInterest.of(
                        dayCount,
                        RateTable.fixed(BASE, BigDecimal.valueOf(basisPoints, 2)),
                        RoundingMode.HALF_UP);
        PrincipalHistory principal =
                PrincipalHistory.of(Money.of(BigDecimal.valueOf(principalCents, 2), "EUR"));
        LocalDate start = BASE.plusDays(startOffset);
        LocalDate middle = start.plusDays(firstDays);
        LocalDate end = middle.plusDays(secondDays);

        long whole = cents(interest.accrue(principal, start, end));
        long split =
                cents(interest.accrue(principal, start, middle))
                        + cents(interest.accrue(principal, middle, end));

        assertThat(Math.abs(whole - split)).isLessThanOrEqualTo(1);
    }

    // 36 % over 360 days is 0.1 % a day, a whole cent for every 10.00 of principal.
    @Property(tries = 1000)
    void splitExactWhenDailyInterestWhole(
            @ForAll @LongRange(min = 0, max = 100_000) long tensOfEuros,
            @ForAll @IntRange(min = 0, max = 2000) int startOffset,
            @ForAll @IntRange(min = 0, max = 400) int firstDays,
            @ForAll @IntRange(min = 0, max = 400) int secondDays) {
        LateInterest interest =
                LateInterest.of(
                        DayCount.ACTUAL_360,
                        RateTable.fixed(BASE, new BigDecimal("36")),
                        RoundingMode.HALF_UP);
        PrincipalHistory principal = PrincipalHistory.of(Money.of(tensOfEuros * 10, "EUR"));
        LocalDate start = BASE.plusDays(startOffset);
        LocalDate middle = start.plusDays(firstDays);
        LocalDate end = middle.plusDays(secondDays);

        long whole = cents(interest.accrue(principal, start, end));
        long split =
                cents(interest.accrue(principal, start, middle))
                        + cents(interest.accrue(principal, middle, end));

        assertThat(split).isEqualTo(whole);
        assertThat(whole).isEqualTo(tensOfEuros * (firstDays + secondDays));
    }

    private static long cents(InterestBreakdown breakdown) {
        return MinorAmount.of(breakdown.total(), RoundingMode.UNNECESSARY).units();
    }
}
