package io.github.tahsilat.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.tahsilat.error.DateOutsideCalendarException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TurkeyCalendarTest {

    private static final LocalTime ONE_PM = LocalTime.of(13, 0);

    private final HolidayCalendar turkey = TurkeyCalendar.create();
    private final HolidayCalendar strict = TurkeyCalendar.create(HalfDayTreatment.NON_BUSINESS_DAY);

    @Nested
    class FixedHolidays {

        @ParameterizedTest
        @CsvSource({
            "2015-01-01, Yılbaşı",
            "2020-01-01, Yılbaşı",
            "2032-01-01, Yılbaşı",
            "2015-04-23, Ulusal Egemenlik ve Çocuk Bayramı",
            "2024-04-23, Ulusal Egemenlik ve Çocuk Bayramı",
            "2016-05-01, Emek ve Dayanışma Günü",
            "2024-05-01, Emek ve Dayanışma Günü",
            "2018-05-19, 'Atatürk''ü Anma, Gençlik ve Spor Bayramı'",
            "2025-05-19, 'Atatürk''ü Anma, Gençlik ve Spor Bayramı'",
            "2015-08-30, Zafer Bayramı",
            "2024-08-30, Zafer Bayramı",
            "2031-08-30, Zafer Bayramı",
            "2015-10-29, Cumhuriyet Bayramı",
            "2024-10-29, Cumhuriyet Bayramı",
            "2032-10-29, Cumhuriyet Bayramı"
        })
        void fixedHolidayIsNamedHoliday(LocalDate date, String name) {
            CalendarDay day = turkey.dayOf(date);

            assertThat(day.kind()).isEqualTo(DayKind.HOLIDAY);
            assertThat(day.holidayName()).hasValue(name);
            assertThat(day.closingTime()).isEmpty();
            assertThat(turkey.isBusinessDay(date)).isFalse();
        }

        @Test
        void democracyDayBusinessDayIn2016() {
            LocalDate friday = LocalDate.of(2016, 7, 15);

            assertThat(turkey.dayOf(friday)).isEqualTo(CalendarDay.businessDay(friday));
            assertThat(turkey.isBusinessDay(friday)).isTrue();
        }

        @ParameterizedTest
        @CsvSource({"2017-07-15", "2019-07-15", "2024-07-15", "2032-07-15"})
        void democracyDayHolidayFrom2017(LocalDate date) {
            CalendarDay day = turkey.dayOf(date);

            assertThat(day.kind()).isEqualTo(DayKind.HOLIDAY);
            assertThat(day.holidayName()).hasValue("Demokrasi ve Millî Birlik Günü");
            assertThat(turkey.isBusinessDay(date)).isFalse();
        }

        @ParameterizedTest
        @CsvSource({"2015-10-28", "2021-10-28", "2024-10-28", "2025-10-28", "2032-10-28"})
        void republicDayEveIsHalfDay(LocalDate date) {
            CalendarDay day = turkey.dayOf(date);

            assertThat(day.kind()).isEqualTo(DayKind.HALF_DAY);
            assertThat(day.holidayName()).hasValue("Cumhuriyet Bayramı arifesi");
            assertThat(day.closingTime()).hasValue(ONE_PM);
            assertThat(day.isBusinessDay()).isTrue();
            assertThat(turkey.isBusinessDay(date)).isTrue();
        }

        @Test
        void republicDayEveOnSaturdayIsWeekend() {
            CalendarDay day = turkey.dayOf(LocalDate.of(2028, 10, 28));

            assertThat(day.kind()).isEqualTo(DayKind.WEEKEND);
            assertThat(day.holidayName()).hasValue("Cumhuriyet Bayramı arifesi");
            assertThat(day.closingTime()).isEmpty();
        }
    }

    @Nested
    class Bayrams {

        // Eve, first and last day of each bayram, as Diyanet İşleri Başkanlığı publishes them.
        @ParameterizedTest
        @CsvSource({
            "2015, 2015-07-16, 2015-07-17, 2015-07-19, 2015-09-23, 2015-09-24, 2015-09-27",
            "2016, 2016-07-04, 2016-07-05, 2016-07-07, 2016-09-11, 2016-09-12, 2016-09-15",
            "2017, 2017-06-24, 2017-06-25, 2017-06-27, 2017-08-31, 2017-09-01, 2017-09-04",
            "2018, 2018-06-14, 2018-06-15, 2018-06-17, 2018-08-20, 2018-08-21, 2018-08-24",
            "2019, 2019-06-03, 2019-06-04, 2019-06-06, 2019-08-10, 2019-08-11, 2019-08-14",
            "2020, 2020-05-23, 2020-05-24, 2020-05-26, 2020-07-30, 2020-07-31, 2020-08-03",
            "2021, 2021-05-12, 2021-05-13, 2021-05-15, 2021-07-19, 2021-07-20, 2021-07-23",
            "2022, 2022-05-01, 2022-05-02, 2022-05-04, 2022-07-08, 2022-07-09, 2022-07-12",
            "2023, 2023-04-20, 2023-04-21, 2023-04-23, 2023-06-27, 2023-06-28, 2023-07-01",
            "2024, 2024-04-09, 2024-04-10, 2024-04-12, 2024-06-15, 2024-06-16, 2024-06-19",
            "2025, 2025-03-29, 2025-03-30, 2025-04-01, 2025-06-05, 2025-06-06, 2025-06-09",
            "2026, 2026-03-19, 2026-03-20, 2026-03-22, 2026-05-26, 2026-05-27, 2026-05-30",
            "2027, 2027-03-08, 2027-03-09, 2027-03-11, 2027-05-15, 2027-05-16, 2027-05-19",
            "2028, 2028-02-25, 2028-02-26, 2028-02-28, 2028-05-04, 2028-05-05, 2028-05-08",
            "2029, 2029-02-13, 2029-02-14, 2029-02-16, 2029-04-23, 2029-04-24, 2029-04-27",
            "2030, 2030-02-03, 2030-02-04, 2030-02-06, 2030-04-12, 2030-04-13, 2030-04-16",
            "2031, 2031-01-23, 2031-01-24, 2031-01-26, 2031-04-01, 2031-04-02, 2031-04-05",
            "2032, 2032-01-13, 2032-01-14, 2032-01-16, 2032-03-21, 2032-03-22, 2032-03-25"
        })
        void bayramDaysMatchPublishedDates(
                int year,
                LocalDate ramazanEve,
                LocalDate ramazanFirst,
                LocalDate ramazanLast,
                LocalDate kurbanEve,
                LocalDate kurbanFirst,
                LocalDate kurbanLast) {
            assertThat(ramazanFirst.getYear()).isEqualTo(year);
            assertFeast("Ramazan Bayramı", ramazanEve, ramazanFirst, ramazanLast, 3);
            assertFeast("Kurban Bayramı", kurbanEve, kurbanFirst, kurbanLast, 4);
        }

        private void assertFeast(
                String name, LocalDate eve, LocalDate first, LocalDate last, int days) {
            assertThat(eve.plusDays(1)).isEqualTo(first);
            assertThat(ChronoUnit.DAYS.between(first, last) + 1).isEqualTo(days);
            assertEve(name, eve);
            for (int number = 1; number <= days; number++) {
                LocalDate date = first.plusDays(number - 1L);
                CalendarDay day = turkey.dayOf(date);

                assertThat(day.kind()).as("%s", date).isEqualTo(DayKind.HOLIDAY);
                assertThat(day.holidayName().orElseThrow())
                        .as("%s", date)
                        .contains(name + " (" + number + ". gün)");
            }
            assertThat(turkey.dayOf(last.plusDays(1)).holidayName().orElse(""))
                    .doesNotContain(name);
            assertThat(turkey.dayOf(eve.minusDays(1)).holidayName().orElse(""))
                    .doesNotContain(name);
        }

        private void assertEve(String name, LocalDate eve) {
            CalendarDay day = turkey.dayOf(eve);
            if (day.kind() == DayKind.HOLIDAY) {
                // A full-day holiday on the same date wins over the eve.
                assertThat(day.holidayName().orElseThrow()).doesNotContain(name);
                return;
            }
            assertThat(day.holidayName()).as("%s", eve).hasValue(name + " arifesi");
            if (turkey.weekendDays().contains(eve.getDayOfWeek())) {
                assertThat(day.kind()).as("%s", eve).isEqualTo(DayKind.WEEKEND);
            } else {
                assertThat(day.kind()).as("%s", eve).isEqualTo(DayKind.HALF_DAY);
                assertThat(day.closingTime()).as("%s", eve).hasValue(ONE_PM);
            }
        }

        @Test
        void ramazanEve2024IsHalfDay() {
            CalendarDay day = turkey.dayOf(LocalDate.of(2024, 4, 9));

            assertThat(day)
                    .isEqualTo(
                            CalendarDay.halfDay(
                                    LocalDate.of(2024, 4, 9),
                                    "Ramazan Bayramı arifesi",
                                    ONE_PM,
                                    true));
        }

        @Test
        void kurbanFirstDay2024IsHoliday() {
            LocalDate date = LocalDate.of(2024, 6, 16);

            assertThat(turkey.dayOf(date))
                    .isEqualTo(CalendarDay.holiday(date, "Kurban Bayramı (1. gün)"));
        }

        @Test
        void bayramDayOnSaturdayStaysHoliday() {
            LocalDate saturday = LocalDate.of(2026, 5, 30);

            assertThat(turkey.dayOf(saturday))
                    .isEqualTo(CalendarDay.holiday(saturday, "Kurban Bayramı (4. gün)"));
        }

        @ParameterizedTest
        @CsvSource({
            "2025-03-29, Ramazan Bayramı arifesi",
            "2024-06-15, Kurban Bayramı arifesi",
            "2019-08-10, Kurban Bayramı arifesi"
        })
        void eveOnSaturdayIsNamedWeekend(LocalDate saturday, String name) {
            assertThat(turkey.dayOf(saturday)).isEqualTo(CalendarDay.weekend(saturday, name));
        }
    }

    @Nested
    class Coinciding {

        @Test
        void labourDayWinsOverRamazanEve() {
            LocalDate date = LocalDate.of(2022, 5, 1);

            assertThat(turkey.dayOf(date))
                    .isEqualTo(CalendarDay.holiday(date, "Emek ve Dayanışma Günü"));
        }

        @Test
        void sovereigntyDayWinsOverKurbanEve() {
            LocalDate monday = LocalDate.of(2029, 4, 23);

            assertThat(turkey.dayOf(monday))
                    .isEqualTo(CalendarDay.holiday(monday, "Ulusal Egemenlik ve Çocuk Bayramı"));
            assertThat(turkey.isBusinessDay(monday)).isFalse();
        }

        @Test
        void twoHolidaysOnOneDateJoinNames() {
            LocalDate date = LocalDate.of(2023, 4, 23);

            assertThat(turkey.dayOf(date).holidayName())
                    .hasValue("Ulusal Egemenlik ve Çocuk Bayramı / Ramazan Bayramı (3. gün)");
        }
    }

    @Nested
    class Rolls {

        @ParameterizedTest
        @CsvSource({
            // Ramazan Bayramı 2024, Wednesday to Friday, then a weekend.
            "2024-04-10, NONE, 2024-04-10",
            "2024-04-10, FOLLOWING, 2024-04-15",
            "2024-04-10, MODIFIED_FOLLOWING, 2024-04-15",
            "2024-04-10, PRECEDING, 2024-04-09",
            // Ramazan Bayramı 2025 covers the month end; the eve before it is a Saturday.
            "2025-03-31, FOLLOWING, 2025-04-02",
            "2025-03-31, MODIFIED_FOLLOWING, 2025-03-28",
            "2025-03-31, PRECEDING, 2025-03-28",
            // Kurban Bayramı 2020 starts on the last day of July.
            "2020-07-31, FOLLOWING, 2020-08-04",
            "2020-07-31, MODIFIED_FOLLOWING, 2020-07-30",
            "2020-07-31, PRECEDING, 2020-07-30",
            // Year end: Saturday 31 December, then New Year's Day on a Sunday.
            "2022-12-31, NONE, 2022-12-31",
            "2022-12-31, FOLLOWING, 2023-01-02",
            "2022-12-31, MODIFIED_FOLLOWING, 2022-12-30",
            "2022-12-31, PRECEDING, 2022-12-30",
            // A half day is a business day and stays put.
            "2024-04-09, FOLLOWING, 2024-04-09",
            "2024-10-28, PRECEDING, 2024-10-28"
        })
        void rollMovesToBusinessDay(LocalDate date, RollConvention convention, LocalDate expected) {
            assertThat(turkey.roll(date, convention)).isEqualTo(expected);
        }

        @ParameterizedTest
        @CsvSource({
            "2024-04-10, PRECEDING, 2024-04-08",
            "2024-04-09, FOLLOWING, 2024-04-15",
            "2020-07-31, MODIFIED_FOLLOWING, 2020-07-29",
            "2024-10-28, FOLLOWING, 2024-10-30",
            "2024-10-28, PRECEDING, 2024-10-25"
        })
        void rollSkipsHalfDaysWhenConfigured(
                LocalDate date, RollConvention convention, LocalDate expected) {
            assertThat(strict.roll(date, convention)).isEqualTo(expected);
        }

        @Test
        void halfDayKeepsKindWhenNonBusiness() {
            CalendarDay day = strict.dayOf(LocalDate.of(2024, 10, 28));

            assertThat(day.kind()).isEqualTo(DayKind.HALF_DAY);
            assertThat(day.closingTime()).hasValue(ONE_PM);
            assertThat(day.isBusinessDay()).isFalse();
            assertThat(strict.isBusinessDay(LocalDate.of(2024, 10, 28))).isFalse();
        }
    }

    @Nested
    class BusinessDayArithmetic {

        @Test
        void nextBusinessDaySkipsBayram() {
            assertThat(turkey.nextBusinessDay(LocalDate.of(2024, 4, 9)))
                    .isEqualTo(LocalDate.of(2024, 4, 15));
        }

        @Test
        void previousBusinessDaySkipsBayram() {
            assertThat(turkey.previousBusinessDay(LocalDate.of(2024, 4, 15)))
                    .isEqualTo(LocalDate.of(2024, 4, 9));
        }

        @ParameterizedTest
        @CsvSource({
            "2024-04-08, 0, 2024-04-08",
            "2024-04-10, 0, 2024-04-10",
            "2024-04-08, 1, 2024-04-09",
            "2024-04-08, 2, 2024-04-15",
            "2024-04-08, 5, 2024-04-18",
            "2024-04-15, -1, 2024-04-09",
            "2024-04-15, -2, 2024-04-08",
            "2022-12-29, 2, 2023-01-02"
        })
        void addBusinessDaysCountsBusinessDays(LocalDate date, int days, LocalDate expected) {
            assertThat(turkey.addBusinessDays(date, days)).isEqualTo(expected);
        }
    }

    @Nested
    class Coverage {

        @Test
        void tableCovers2015To2032() {
            assertThat(turkey.firstCoveredYear()).hasValue(Year.of(2015));
            assertThat(turkey.lastCoveredYear()).hasValue(Year.of(2032));
        }

        @ParameterizedTest
        @CsvSource({"2014-12-31", "2033-01-01", "1999-06-01", "2050-10-29"})
        void yearOutsideTableThrows(LocalDate date) {
            assertThatThrownBy(() -> turkey.isBusinessDay(date))
                    .isInstanceOf(DateOutsideCalendarException.class)
                    .hasMessageContaining(date.toString())
                    .hasMessageContaining("Turkey")
                    .hasMessageContaining("2015 to 2032");
            assertThatThrownBy(() -> turkey.dayOf(date))
                    .isInstanceOf(DateOutsideCalendarException.class);
        }

        @Test
        void exceptionCarriesDateAndYears() {
            LocalDate date = LocalDate.of(2033, 1, 3);

            DateOutsideCalendarException thrown =
                    (DateOutsideCalendarException) catchThrowable(() -> turkey.isBusinessDay(date));

            assertThat(thrown.date()).isEqualTo(date);
            assertThat(thrown.firstYear()).isEqualTo(2015);
            assertThat(thrown.lastYear()).isEqualTo(2032);
        }

        @Test
        void rollLeavingTableThrows() {
            LocalDate newYear = LocalDate.of(2015, 1, 1);

            assertThatThrownBy(() -> turkey.roll(newYear, RollConvention.PRECEDING))
                    .isInstanceOf(DateOutsideCalendarException.class)
                    .hasMessageContaining("2014-12-31");
        }

        @Test
        void lastCoveredDayAnswers() {
            assertThat(turkey.isBusinessDay(LocalDate.of(2032, 12, 31))).isTrue();
            assertThat(turkey.isBusinessDay(LocalDate.of(2015, 1, 2))).isTrue();
        }
    }

    @Nested
    class Instances {

        @Test
        void createReturnsSharedCalendar() {
            assertThat(TurkeyCalendar.create()).isSameAs(TurkeyCalendar.create());
            assertThat(TurkeyCalendar.create(HalfDayTreatment.NON_BUSINESS_DAY)).isSameAs(strict);
        }

        @Test
        void calendarsReportTheirSettings() {
            assertThat(turkey.name()).isEqualTo("Turkey");
            assertThat(turkey.halfDayTreatment()).isEqualTo(HalfDayTreatment.BUSINESS_DAY);
            assertThat(strict.halfDayTreatment()).isEqualTo(HalfDayTreatment.NON_BUSINESS_DAY);
            assertThat(turkey.weekendDays())
                    .containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        }

        @Test
        void holidaysOf2024AreComplete() {
            long entries =
                    turkey.holidays().stream().filter(h -> h.date().getYear() == 2024).count();

            // 7 fixed full days, 28 October, two eves, 3 + 4 bayram days.
            assertThat(entries).isEqualTo(17);
        }
    }
}
