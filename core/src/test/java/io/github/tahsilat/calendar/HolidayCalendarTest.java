package io.github.tahsilat.calendar;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.error.DateOutsideCalendarException;
import io.github.tahsilat.error.InvalidInputException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidayCalendarTest {

    private static final LocalTime ONE_PM = LocalTime.of(13, 0);
    private static final LocalDate MONDAY = LocalDate.of(2024, 6, 3);
    private static final LocalDate FRIDAY_DATE = LocalDate.of(2024, 6, 7);
    private static final LocalDate SATURDAY_DATE = LocalDate.of(2024, 6, 8);
    private static final LocalDate SUNDAY_DATE = LocalDate.of(2024, 6, 9);

    @Nested
    class WeekendsOnly {

        private final HolidayCalendar calendar = HolidayCalendar.weekendsOnly();

        @Test
        void saturdayAndSundayAreWeekend() {
            assertThat(calendar.dayOf(SATURDAY_DATE))
                    .isEqualTo(CalendarDay.weekend(SATURDAY_DATE, null));
            assertThat(calendar.isBusinessDay(SATURDAY_DATE)).isFalse();
            assertThat(calendar.isBusinessDay(SUNDAY_DATE)).isFalse();
        }

        @Test
        void weekdaysAreBusinessDays() {
            assertThat(calendar.dayOf(MONDAY)).isEqualTo(CalendarDay.businessDay(MONDAY));
            assertThat(calendar.isBusinessDay(FRIDAY_DATE)).isTrue();
        }

        @ParameterizedTest
        @CsvSource({"1900-01-01", "2200-12-31", "0001-01-01"})
        void everyYearIsCovered(LocalDate date) {
            assertThat(calendar.covers(date)).isTrue();
            assertThat(calendar.isBusinessDay(date))
                    .isEqualTo(date.getDayOfWeek() != SATURDAY && date.getDayOfWeek() != SUNDAY);
            assertThat(calendar.firstCoveredYear()).isEmpty();
            assertThat(calendar.lastCoveredYear()).isEmpty();
        }
    }

    @Nested
    class FridaySaturdayWeekend {

        private final HolidayCalendar calendar =
                HolidayCalendar.weekendsOnly(EnumSet.of(FRIDAY, SATURDAY));

        @Test
        void fridayIsWeekendSundayIsNot() {
            assertThat(calendar.dayOf(FRIDAY_DATE).kind()).isEqualTo(DayKind.WEEKEND);
            assertThat(calendar.isBusinessDay(FRIDAY_DATE)).isFalse();
            assertThat(calendar.isBusinessDay(SUNDAY_DATE)).isTrue();
            assertThat(calendar.weekendDays()).containsExactlyInAnyOrder(FRIDAY, SATURDAY);
        }

        @ParameterizedTest
        @CsvSource({
            "2024-06-07, FOLLOWING, 2024-06-09",
            "2024-06-08, PRECEDING, 2024-06-06",
            "2024-06-07, MODIFIED_FOLLOWING, 2024-06-09",
            "2024-05-31, MODIFIED_FOLLOWING, 2024-05-30",
            "2024-06-09, FOLLOWING, 2024-06-09"
        })
        void rollUsesFridaySaturday(LocalDate date, RollConvention convention, LocalDate expected) {
            assertThat(calendar.roll(date, convention)).isEqualTo(expected);
        }

        @Test
        void turkeyHolidaysWithFridaySaturday() {
            HolidayCalendar calendar =
                    TurkeyCalendar.create().toBuilder().weekendDays(FRIDAY, SATURDAY).build();
            LocalDate sunday = LocalDate.of(2024, 4, 14);

            assertThat(calendar.isBusinessDay(sunday)).isTrue();
            assertThat(calendar.roll(LocalDate.of(2024, 4, 10), RollConvention.FOLLOWING))
                    .isEqualTo(sunday);
        }
    }

    @Nested
    class WeekendValidation {

        @Test
        void allSevenDaysRejected() {
            Set<DayOfWeek> everyDay = EnumSet.allOf(DayOfWeek.class);

            assertThatThrownBy(() -> HolidayCalendar.weekendsOnly(everyDay))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("weekend days")
                    .hasMessageContaining("at most six days");
        }

        @Test
        void emptyWeekendMakesEveryDayBusiness() {
            HolidayCalendar calendar = HolidayCalendar.weekendsOnly(Set.of());

            assertThat(calendar.isBusinessDay(SATURDAY_DATE)).isTrue();
            assertThat(calendar.isBusinessDay(SUNDAY_DATE)).isTrue();
        }

        @Test
        void repeatedWeekendDayAccepted() {
            HolidayCalendar calendar =
                    HolidayCalendar.builder().weekendDays(SUNDAY, SUNDAY).build();

            assertThat(calendar.weekendDays()).containsExactly(SUNDAY);
            assertThat(calendar.isBusinessDay(SATURDAY_DATE)).isTrue();
        }

        @Test
        void nullWeekendDayRejected() {
            assertThatThrownBy(() -> HolidayCalendar.builder().weekendDays(SUNDAY, null))
                    .isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    class HostHolidays {

        private final HolidayCalendar calendar =
                HolidayCalendar.builder()
                        .name("Company")
                        .holiday(LocalDate.of(2024, 12, 25), "Christmas")
                        .halfDay(LocalDate.of(2024, 12, 24), "Christmas Eve", LocalTime.NOON)
                        .holiday(LocalDate.of(2025, 1, 1), "New Year")
                        .build();

        @Test
        void fullAndHalfDaysReported() {
            assertThat(calendar.dayOf(LocalDate.of(2024, 12, 25)))
                    .isEqualTo(CalendarDay.holiday(LocalDate.of(2024, 12, 25), "Christmas"));
            assertThat(calendar.dayOf(LocalDate.of(2024, 12, 24)))
                    .isEqualTo(
                            CalendarDay.halfDay(
                                    LocalDate.of(2024, 12, 24),
                                    "Christmas Eve",
                                    LocalTime.NOON,
                                    true));
        }

        @Test
        void coverageDerivedFromHolidays() {
            assertThat(calendar.firstCoveredYear()).hasValue(Year.of(2024));
            assertThat(calendar.lastCoveredYear()).hasValue(Year.of(2025));
            assertThatThrownBy(() -> calendar.isBusinessDay(LocalDate.of(2026, 1, 5)))
                    .isInstanceOf(DateOutsideCalendarException.class)
                    .hasMessageContaining("Company")
                    .hasMessageContaining("2026-01-05")
                    .hasMessageContaining("2024 to 2025");
        }

        @Test
        void explicitYearsWidenCoverage() {
            HolidayCalendar wide = calendar.toBuilder().coveredYears(2020, 2030).build();

            assertThat(wide.isBusinessDay(LocalDate.of(2030, 1, 7))).isTrue();
            assertThat(wide.isBusinessDay(LocalDate.of(2024, 12, 25))).isFalse();
        }

        @Test
        void allYearsCoverEverything() {
            HolidayCalendar open = calendar.toBuilder().allYears().build();

            assertThat(open.isBusinessDay(LocalDate.of(2040, 1, 2))).isTrue();
            assertThat(open.isBusinessDay(LocalDate.of(2024, 12, 25))).isFalse();
            assertThat(open.firstCoveredYear()).isEmpty();
        }

        @Test
        void holidayOutsideYearsRejected() {
            HolidayCalendar.Builder builder =
                    HolidayCalendar.builder()
                            .coveredYears(2024, 2025)
                            .holiday(LocalDate.of(2026, 1, 1), "New Year");

            assertThatThrownBy(builder::build)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("2026-01-01 (New Year)")
                    .hasMessageContaining("2024 to 2025");
        }

        @ParameterizedTest
        @CsvSource({"2025, 2024", "1000, 2000"})
        void invalidYearRangeRejected(int first, int last) {
            assertThatThrownBy(() -> HolidayCalendar.builder().coveredYears(first, last))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining(first + " to " + last);
        }

        @Test
        void halfDayTreatedAsNonBusiness() {
            HolidayCalendar strict =
                    calendar.withHalfDayTreatment(HalfDayTreatment.NON_BUSINESS_DAY);
            LocalDate eve = LocalDate.of(2024, 12, 24);

            assertThat(strict.isBusinessDay(eve)).isFalse();
            assertThat(strict.dayOf(eve).isBusinessDay()).isFalse();
            assertThat(strict.roll(eve, RollConvention.FOLLOWING))
                    .isEqualTo(LocalDate.of(2024, 12, 26));
            assertThat(calendar.isBusinessDay(eve)).isTrue();
        }

        @Test
        void builderOptionForHalfDays() {
            HolidayCalendar strict =
                    HolidayCalendar.builder()
                            .halfDay(LocalDate.of(2024, 12, 24), "Christmas Eve", ONE_PM)
                            .halfDayTreatment(HalfDayTreatment.NON_BUSINESS_DAY)
                            .build();

            assertThat(strict.isBusinessDay(LocalDate.of(2024, 12, 24))).isFalse();
        }
    }

    @Nested
    class CoveredRangeEdges {

        // Covers 2022 only; 2022-12-31 is a Saturday and 2022-01-01 a Saturday too.
        private final HolidayCalendar year2022 =
                HolidayCalendar.builder().coveredYears(2022, 2022).build();

        @Test
        void modifiedFollowingStaysInsideLastMonth() {
            LocalDate saturday = LocalDate.of(2022, 12, 31);

            assertThat(year2022.roll(saturday, RollConvention.MODIFIED_FOLLOWING))
                    .isEqualTo(LocalDate.of(2022, 12, 30));
        }

        @Test
        void followingPastLastYearRejected() {
            LocalDate saturday = LocalDate.of(2022, 12, 31);

            assertThatThrownBy(() -> year2022.roll(saturday, RollConvention.FOLLOWING))
                    .isInstanceOf(DateOutsideCalendarException.class)
                    .hasMessageContaining("2023-01-01");
        }

        @Test
        void precedingBeforeFirstYearRejected() {
            LocalDate saturday = LocalDate.of(2022, 1, 1);

            assertThatThrownBy(() -> year2022.roll(saturday, RollConvention.PRECEDING))
                    .isInstanceOf(DateOutsideCalendarException.class)
                    .hasMessageContaining("2021-12-31");
        }

        @Test
        void modifiedFollowingAtFirstDayMovesForward() {
            LocalDate saturday = LocalDate.of(2022, 1, 1);

            assertThat(year2022.roll(saturday, RollConvention.MODIFIED_FOLLOWING))
                    .isEqualTo(LocalDate.of(2022, 1, 3));
        }
    }

    @Nested
    class SameDate {

        private final LocalDate date = LocalDate.of(2024, 5, 1);

        @Test
        void fullDayWinsOverHalfDay() {
            HolidayCalendar calendar =
                    HolidayCalendar.builder()
                            .halfDay(date, "Eve", ONE_PM)
                            .holiday(date, "Labour Day")
                            .build();

            assertThat(calendar.dayOf(date)).isEqualTo(CalendarDay.holiday(date, "Labour Day"));
        }

        @Test
        void twoFullDaysJoinNames() {
            HolidayCalendar calendar =
                    HolidayCalendar.builder().holiday(date, "A").holiday(date, "B").build();

            assertThat(calendar.dayOf(date).holidayName()).hasValue("A / B");
        }

        @Test
        void sameNameTwiceKeptOnce() {
            HolidayCalendar calendar =
                    HolidayCalendar.builder().holiday(date, "A").holiday(date, "A").build();

            assertThat(calendar.dayOf(date).holidayName()).hasValue("A");
        }

        @Test
        void twoHalfDaysCloseEarlier() {
            HolidayCalendar calendar =
                    HolidayCalendar.builder()
                            .halfDay(date, "A", LocalTime.of(15, 0))
                            .halfDay(date, "B", ONE_PM)
                            .build();

            assertThat(calendar.dayOf(date).closingTime()).hasValue(ONE_PM);
            assertThat(calendar.dayOf(date).holidayName()).hasValue("A / B");
        }
    }

    @Nested
    class Immutability {

        @Test
        void builderChangesDoNotLeak() {
            HolidayCalendar.Builder builder =
                    HolidayCalendar.builder().holiday(LocalDate.of(2024, 6, 3), "A");
            HolidayCalendar calendar = builder.build();

            builder.holiday(LocalDate.of(2024, 6, 4), "B").weekendDays(MONDAY.getDayOfWeek());

            assertThat(calendar.isBusinessDay(LocalDate.of(2024, 6, 4))).isTrue();
            assertThat(calendar.weekendDays()).containsExactlyInAnyOrder(SATURDAY, SUNDAY);
            assertThat(calendar.holidays()).hasSize(1);
        }

        @Test
        void exposedCollectionsAreUnmodifiable() {
            HolidayCalendar calendar = TurkeyCalendar.create();

            assertThatThrownBy(() -> calendar.holidays().clear())
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> calendar.weekendDays().add(FRIDAY))
                    .isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void toBuilderLeavesOriginalUnchanged() {
            HolidayCalendar turkey = TurkeyCalendar.create();
            LocalDate bridge = LocalDate.of(2024, 4, 8);

            HolidayCalendar company = turkey.toBuilder().holiday(bridge, "Idari izin").build();

            assertThat(company.isBusinessDay(bridge)).isFalse();
            assertThat(turkey.isBusinessDay(bridge)).isTrue();
            assertThat(company.lastCoveredYear()).isEqualTo(turkey.lastCoveredYear());
        }
    }

    @Nested
    class HolidayValues {

        @Test
        void blankNameRejected() {
            LocalDate date = LocalDate.of(2024, 1, 1);

            assertThatThrownBy(() -> Holiday.fullDay(date, " "))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("holiday name");
        }

        @Test
        void midnightClosingRejected() {
            LocalDate date = LocalDate.of(2024, 1, 1);

            assertThatThrownBy(() -> Holiday.halfDay(date, "Eve", LocalTime.MIDNIGHT))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("00:00");
        }

        @Test
        void missingDateRejected() {
            assertThatThrownBy(() -> Holiday.fullDay(null, "A"))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessageContaining("date");
        }

        @Test
        void halfDayReportsItself() {
            Holiday eve = Holiday.halfDay(LocalDate.of(2024, 1, 1), "Eve", ONE_PM);

            assertThat(eve.isHalfDay()).isTrue();
            assertThat(eve.closingTime()).isEqualTo(ONE_PM);
            assertThat(Holiday.fullDay(LocalDate.of(2024, 1, 1), "A").isHalfDay()).isFalse();
        }

        @Test
        void annotationsDeclareConstraints() {
            try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
                Validator validator = factory.getValidator();
                Holiday valid = Holiday.fullDay(LocalDate.of(2024, 1, 1), "A");

                assertThat(validator.validate(valid)).isEmpty();
                assertThat(
                                validator
                                        .getConstraintsForClass(Holiday.class)
                                        .getConstraintsForProperty("name")
                                        .getConstraintDescriptors())
                        .extracting(d -> d.getAnnotation().annotationType().getSimpleName())
                        .containsExactly("NotBlank");
            }
        }
    }
}
