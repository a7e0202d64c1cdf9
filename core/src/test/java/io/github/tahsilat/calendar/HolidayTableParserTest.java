package io.github.tahsilat.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.tahsilat.error.CalendarDataException;
import io.github.tahsilat.internal.resource.ClasspathResources;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HolidayTableParserTest {

    private static final String RESOURCE = "test-table.txt";

    @Nested
    class ValidTables {

        private final HolidayTable table =
                HolidayTableParser.parse(
                        RESOURCE,
                        List.of(
                                "# comment",
                                "",
                                "years 2016 2018",
                                "  annual 07-15 full from=2017 Demokrasi ve Millî Birlik Günü  ",
                                "annual 10-28\thalf 13:00 Cumhuriyet Bayramı arifesi",
                                "date 2017-06-24 half 13:00 Ramazan Bayramı arifesi",
                                "date 2017-06-25 full Ramazan Bayramı (1. gün)"));

        @Test
        void yearsLineSetsCoverage() {
            assertThat(table.firstYear()).isEqualTo(2016);
            assertThat(table.lastYear()).isEqualTo(2018);
        }

        @Test
        void annualEntriesExpandFromFirstYear() {
            assertThat(table.holidays())
                    .filteredOn(h -> h.name().startsWith("Demokrasi"))
                    .extracting(Holiday::date)
                    .containsExactly(LocalDate.of(2017, 7, 15), LocalDate.of(2018, 7, 15));
            assertThat(table.holidays())
                    .filteredOn(Holiday::isHalfDay)
                    .extracting(Holiday::date)
                    .contains(
                            LocalDate.of(2016, 10, 28),
                            LocalDate.of(2017, 10, 28),
                            LocalDate.of(2018, 10, 28));
        }

        @Test
        void datedEntriesKeepNameAndTime() {
            assertThat(table.holidays())
                    .contains(
                            Holiday.halfDay(
                                    LocalDate.of(2017, 6, 24),
                                    "Ramazan Bayramı arifesi",
                                    LocalTime.of(13, 0)),
                            Holiday.fullDay(LocalDate.of(2017, 6, 25), "Ramazan Bayramı (1. gün)"));
            assertThat(table.holidays()).hasSize(2 + 3 + 2);
        }

        @Test
        void shippedTableParses() {
            HolidayTable shipped =
                    HolidayTableParser.parse(
                            TurkeyCalendar.RESOURCE,
                            ClasspathResources.readLines(TurkeyCalendar.RESOURCE));

            assertThat(shipped.firstYear()).isEqualTo(2015);
            assertThat(shipped.lastYear()).isEqualTo(2032);
            assertThat(shipped.holidays())
                    .allSatisfy(h -> assertThat(h.date().getYear()).isBetween(2015, 2032));
        }
    }

    @Nested
    class MalformedLines {

        static Stream<Arguments> malformed() {
            return Stream.of(
                    Arguments.of(
                            List.of("holidays 2015 2032"),
                            1,
                            "'holidays'; expected a line starting with 'years'"),
                    Arguments.of(List.of("years 2032 2015"), 1, "with FIRST not after LAST"),
                    Arguments.of(List.of("years 2015"), 1, "'years 2015'; expected 'years"),
                    Arguments.of(List.of("years 2015 2016 2017"), 1, "'years 2015 2016 2017'"),
                    Arguments.of(
                            List.of("years 2015 2016", "years 2017 2018"),
                            2,
                            "only one 'years' line"),
                    Arguments.of(
                            List.of("date 2015-01-01 full Yılbaşı"), 1, "before the first holiday"),
                    Arguments.of(
                            List.of("years 2015 2030", "", "date 2024-13-01 full X"),
                            3,
                            "'2024-13-01'; expected a date as YYYY-MM-DD"),
                    Arguments.of(
                            List.of("years 2015 2030", "date 2024-4-10 full X"),
                            2,
                            "'2024-4-10'; expected a date as YYYY-MM-DD"),
                    Arguments.of(
                            List.of("years 2015 2030", "date 2031-01-01 full X"),
                            2,
                            "'2031-01-01'; expected a date in the table's years 2015 to 2030"),
                    Arguments.of(
                            List.of("years 2015 2030", "date 2024-04-09 half Eve"),
                            2,
                            "'Eve'; expected a closing time as HH:MM"),
                    Arguments.of(
                            List.of("years 2015 2030", "date 2024-04-09 half 24:00 Eve"),
                            2,
                            "'24:00'; expected a closing time"),
                    Arguments.of(
                            List.of("years 2015 2030", "date 2024-04-09 half 00:00 Eve"),
                            2,
                            "'00:00'; expected a closing time as HH:MM after 00:00"),
                    Arguments.of(
                            List.of("years 2015 2030", "date 2024-04-09 partial Eve"),
                            2,
                            "'partial'; expected 'full', or 'half'"),
                    Arguments.of(
                            List.of("years 2015 2030", "date 2024-04-09 full"),
                            2,
                            "expected a holiday name"),
                    Arguments.of(
                            List.of("years 2015 2030", "annual 02-29 full Leap"),
                            2,
                            "'02-29'; expected a month and day that exists in every year"),
                    Arguments.of(
                            List.of("years 2015 2030", "annual 4-23 full X"),
                            2,
                            "'4-23'; expected a month and day as MM-DD"),
                    Arguments.of(
                            List.of("years 2015 2030", "annual 04-31 full X"),
                            2,
                            "'04-31'; expected a month and day as MM-DD"),
                    Arguments.of(
                            List.of("years 2015 2030", "annual 07-15 full from=17 X"),
                            2,
                            "'from=17'; expected a first year as from=YYYY"),
                    Arguments.of(
                            List.of("# only a comment", ""),
                            2,
                            "'end of table'; expected 'years FIRST LAST'"),
                    Arguments.of(List.of(), 1, "'end of table'"));
        }

        @ParameterizedTest
        @MethodSource("malformed")
        void malformedLineNamesLineAndExpectation(
                List<String> lines, int lineNumber, String expectedMessage) {
            CalendarDataException thrown =
                    catchThrowableOfType(
                            CalendarDataException.class,
                            () -> HolidayTableParser.parse(RESOURCE, lines));

            assertThat(thrown).isNotNull();
            assertThat(thrown.resource()).isEqualTo(RESOURCE);
            assertThat(thrown.lineNumber()).isEqualTo(lineNumber);
            assertThat(thrown)
                    .hasMessageStartingWith(
                            "invalid holiday table " + RESOURCE + " line " + lineNumber + ": ")
                    .hasMessageContaining(expectedMessage);
        }
    }
}
