package io.github.tahsilat.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of rolling and business-day arithmetic, over dates of the Turkey table and over
 * calendars with both half-day treatments and a Friday–Saturday weekend.
 */
class BusinessCalendarPropertiesTest {

    // Two weeks inside each end of the table, so that no roll leaves the covered years.
    private static final LocalDate FIRST = LocalDate.of(2015, 1, 15);
    private static final LocalDate LAST = LocalDate.of(2032, 12, 15);

    @Provide
    Arbitrary<LocalDate> coveredDates() {
        long days = ChronoUnit.DAYS.between(FIRST, LAST);
        return Arbitraries.longs().between(0, days).map(FIRST::plusDays);
    }

    @Provide
    Arbitrary<RollConvention> moving() {
        return Arbitraries.of(
                RollConvention.FOLLOWING,
                RollConvention.MODIFIED_FOLLOWING,
                RollConvention.PRECEDING);
    }

    @Provide
    Arbitrary<HolidayCalendar> calendars() {
        HolidayCalendar turkey = TurkeyCalendar.create();
        return Arbitraries.of(
                turkey,
                TurkeyCalendar.create(HalfDayTreatment.NON_BUSINESS_DAY),
                turkey.toBuilder().weekendDays(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY).build(),
                turkey.toBuilder().allYears().build(),
                HolidayCalendar.weekendsOnly());
    }

    @Property
    void rolledDateIsBusinessDay(
            @ForAll("calendars") HolidayCalendar calendar,
            @ForAll("coveredDates") LocalDate date,
            @ForAll("moving") RollConvention convention) {
        LocalDate rolled = calendar.roll(date, convention);

        assertThat(calendar.isBusinessDay(rolled)).isTrue();
    }

    @Property
    void followingNeverMovesBack(
            @ForAll("calendars") HolidayCalendar calendar, @ForAll("coveredDates") LocalDate date) {
        assertThat(calendar.roll(date, RollConvention.FOLLOWING)).isAfterOrEqualTo(date);
    }

    @Property
    void precedingNeverMovesForward(
            @ForAll("calendars") HolidayCalendar calendar, @ForAll("coveredDates") LocalDate date) {
        assertThat(calendar.roll(date, RollConvention.PRECEDING)).isBeforeOrEqualTo(date);
    }

    @Property
    void modifiedFollowingStaysInMonth(
            @ForAll("calendars") HolidayCalendar calendar, @ForAll("coveredDates") LocalDate date) {
        LocalDate firstOfMonth = date.withDayOfMonth(1);
        boolean monthHasBusinessDay =
                firstOfMonth
                        .datesUntil(firstOfMonth.plusMonths(1))
                        .anyMatch(calendar::isBusinessDay);

        LocalDate rolled = calendar.roll(date, RollConvention.MODIFIED_FOLLOWING);

        if (monthHasBusinessDay) {
            assertThat(rolled.getMonth()).isEqualTo(date.getMonth());
            assertThat(rolled.getYear()).isEqualTo(date.getYear());
        }
    }

    @Property
    void businessDayUnchangedByEveryRoll(
            @ForAll("calendars") HolidayCalendar calendar,
            @ForAll("coveredDates") LocalDate date,
            @ForAll RollConvention convention) {
        LocalDate businessDay = calendar.roll(date, RollConvention.FOLLOWING);

        assertThat(calendar.roll(businessDay, convention)).isEqualTo(businessDay);
    }

    @Property
    void nonBusinessDayMovedByEveryRollButNone(
            @ForAll("calendars") HolidayCalendar calendar,
            @ForAll("coveredDates") LocalDate date,
            @ForAll("moving") RollConvention convention) {
        if (!calendar.isBusinessDay(date)) {
            assertThat(calendar.roll(date, convention)).isNotEqualTo(date);
            assertThat(calendar.roll(date, RollConvention.NONE)).isEqualTo(date);
        }
    }

    @Property
    void dayOfAgreesWithIsBusinessDay(
            @ForAll("calendars") HolidayCalendar calendar, @ForAll("coveredDates") LocalDate date) {
        CalendarDay day = calendar.dayOf(date);

        assertThat(day.isBusinessDay()).isEqualTo(calendar.isBusinessDay(date));
        assertThat(day.date()).isEqualTo(date);
    }

    @Property
    void tableAndAllYearsCalendarsAgree(@ForAll("coveredDates") LocalDate date) {
        HolidayCalendar table = TurkeyCalendar.create();
        HolidayCalendar open = table.toBuilder().allYears().build();

        assertThat(open.isBusinessDay(date)).isEqualTo(table.isBusinessDay(date));
        assertThat(open.dayOf(date)).isEqualTo(table.dayOf(date));
    }

    @Property
    void addBusinessDaysRoundTrips(
            @ForAll("calendars") HolidayCalendar calendar,
            @ForAll("coveredDates") LocalDate date,
            @ForAll @IntRange(min = 0, max = 5) int days) {
        LocalDate start = calendar.roll(date, RollConvention.FOLLOWING);

        LocalDate moved = calendar.addBusinessDays(start, days);

        assertThat(calendar.addBusinessDays(moved, -days)).isEqualTo(start);
        assertThat(calendar.isBusinessDay(moved)).isTrue();
    }

    @Property
    void nextBusinessDayIsStrictlyLater(
            @ForAll("calendars") HolidayCalendar calendar, @ForAll("coveredDates") LocalDate date) {
        LocalDate next = calendar.nextBusinessDay(date);

        assertThat(next).isAfter(date);
        assertThat(calendar.isBusinessDay(next)).isTrue();
        assertThat(date.plusDays(1).datesUntil(next)).noneMatch(calendar::isBusinessDay);
    }
}
