package io.github.tahsilat.interest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DayCountTest {

    @Nested
    class Days {

        @ParameterizedTest(name = "{0} to {1}: {2} / {3} / {4} / {5}")
        @CsvSource({
            // start,   end,        Act/365F, Act/360, 30E/360, 30/360 US
            "2024-03-15, 2024-03-31, 16, 16, 15, 16",
            "2024-01-01, 2024-01-31, 30, 30, 29, 30",
            "2024-01-01, 2024-01-16, 15, 15, 15, 15",
            "2024-01-16, 2024-01-31, 15, 15, 14, 15",
            "2023-02-28, 2023-03-31, 31, 31, 32, 30",
            "2024-02-28, 2024-03-31, 32, 32, 32, 33",
            "2024-02-29, 2024-03-31, 31, 31, 31, 30",
            "2023-02-28, 2024-02-29, 366, 366, 361, 360",
            "2024-02-29, 2025-02-28, 365, 365, 359, 360",
            "2024-01-31, 2024-02-29, 29, 29, 29, 29",
            "2024-01-30, 2024-03-31, 61, 61, 60, 60",
            "2024-01-29, 2024-03-31, 62, 62, 61, 62",
            "2024-05-31, 2024-06-30, 30, 30, 30, 30",
            "2024-01-01, 2025-01-01, 366, 366, 360, 360",
            "2024-06-10, 2024-06-10, 0, 0, 0, 0",
        })
        void eachConventionCountsItsOwnWay(
                LocalDate start,
                LocalDate end,
                long actual365,
                long actual360,
                long thirtyE,
                long thirtyUs) {
            assertThat(DayCount.ACTUAL_365_FIXED.days(start, end)).isEqualTo(actual365);
            assertThat(DayCount.ACTUAL_360.days(start, end)).isEqualTo(actual360);
            assertThat(DayCount.THIRTY_E_360.days(start, end)).isEqualTo(thirtyE);
            assertThat(DayCount.THIRTY_360_US.days(start, end)).isEqualTo(thirtyUs);
        }

        @Test
        void endBeforeStartRejected() {
            LocalDate start = LocalDate.of(2024, 3, 2);
            LocalDate end = LocalDate.of(2024, 3, 1);

            assertThatThrownBy(() -> DayCount.ACTUAL_360.days(start, end))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("2024-03-01");
        }
    }

    @Nested
    class YearFraction {

        @Test
        void yearDaysPerConvention() {
            assertThat(DayCount.ACTUAL_365_FIXED.yearDays()).isEqualTo(365);
            assertThat(DayCount.ACTUAL_360.yearDays()).isEqualTo(360);
            assertThat(DayCount.THIRTY_E_360.yearDays()).isEqualTo(360);
            assertThat(DayCount.THIRTY_360_US.yearDays()).isEqualTo(360);
        }

        @Test
        void leapYearOverFixedYear() {
            BigDecimal fraction =
                    DayCount.ACTUAL_365_FIXED.yearFraction(
                            LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1));

            assertThat(fraction).isEqualByComparingTo("1.00273972602739726027");
        }
    }
}
