package io.github.tahsilat.interest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.error.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LateInterestTest {

    static final LocalDate DUE = LocalDate.of(2024, 1, 1);
    static final LocalDate AS_OF = LocalDate.of(2024, 1, 31);
    static final RateTable TWELVE_PERCENT = RateTable.fixed(DUE, new BigDecimal("12"));

    static MonetaryAmount eur(String amount) {
        return Money.of(new BigDecimal(amount), "EUR");
    }

    static LateInterest calculator(DayCount dayCount) {
        return LateInterest.of(dayCount, TWELVE_PERCENT, RoundingMode.HALF_UP);
    }

    @Nested
    class OnePrincipal {

        // 1,000.00 EUR at 12 % a year, the 30 days after 2024-01-01 up to and including 01-31.
        @ParameterizedTest(name = "{0}: {1} days, {2}")
        @CsvSource({
            "ACTUAL_365_FIXED, 30, 9.86",
            "ACTUAL_360, 30, 10.00",
            "THIRTY_E_360, 29, 9.67",
            "THIRTY_360_US, 30, 10.00",
        })
        void thirtyDaysPerConvention(DayCount dayCount, long days, String interest) {
            InterestBreakdown breakdown =
                    calculator(dayCount).accrue(PrincipalHistory.of(eur("1000.00")), DUE, AS_OF);

            assertThat(breakdown.segments()).hasSize(1);
            InterestSegment only = breakdown.segments().get(0);
            assertThat(only.from()).isEqualTo(DUE);
            assertThat(only.to()).isEqualTo(AS_OF);
            assertThat(only.days()).isEqualTo(days);
            assertThat(only.principal()).isEqualTo(eur("1000.00"));
            assertThat(only.annualPercent()).isEqualByComparingTo("12");
            assertThat(breakdown.total()).isEqualTo(eur(interest));
        }

        @Test
        void dueDateItselfNotCharged() {
            InterestBreakdown breakdown =
                    calculator(DayCount.ACTUAL_360)
                            .accrue(PrincipalHistory.of(eur("1000.00")), DUE, DUE);

            assertThat(breakdown.segments()).isEmpty();
            assertThat(breakdown.total()).isEqualTo(eur("0.00"));
        }

        @Test
        void firstDayAfterDueCharged() {
            InterestBreakdown breakdown =
                    calculator(DayCount.ACTUAL_360)
                            .accrue(PrincipalHistory.of(eur("3600.00")), DUE, DUE.plusDays(1));

            assertThat(breakdown.segments().get(0).days()).isEqualTo(1);
            assertThat(breakdown.total()).isEqualTo(eur("1.20"));
        }
    }

    @Nested
    class PartialPayment {

        // 400.00 paid on 2024-01-16: that day is charged on 1,000.00, the days after on 600.00.
        @ParameterizedTest(name = "{0}: {1} + {3} = {5}")
        @CsvSource({
            "ACTUAL_365_FIXED, 15, 4.93, 15, 2.96, 7.89",
            "ACTUAL_360, 15, 5.00, 15, 3.00, 8.00",
            "THIRTY_E_360, 15, 5.00, 14, 2.80, 7.80",
            "THIRTY_360_US, 15, 5.00, 15, 3.00, 8.00",
        })
        void twoSegmentsPerConvention(
                DayCount dayCount,
                long firstDays,
                String firstAmount,
                long secondDays,
                String secondAmount,
                String total) {
            PrincipalHistory history =
                    PrincipalHistory.of(eur("1000.00"))
                            .withPayment(LocalDate.of(2024, 1, 16), eur("400.00"));

            InterestBreakdown breakdown = calculator(dayCount).accrue(history, DUE, AS_OF);

            assertThat(breakdown.segments()).hasSize(2);
            InterestSegment first = breakdown.segments().get(0);
            InterestSegment second = breakdown.segments().get(1);
            assertThat(first.to()).isEqualTo(LocalDate.of(2024, 1, 16));
            assertThat(first.days()).isEqualTo(firstDays);
            assertThat(first.principal()).isEqualTo(eur("1000.00"));
            assertThat(first.amount()).isEqualTo(eur(firstAmount));
            assertThat(second.from()).isEqualTo(LocalDate.of(2024, 1, 16));
            assertThat(second.days()).isEqualTo(secondDays);
            assertThat(second.principal()).isEqualTo(eur("600.00"));
            assertThat(second.amount()).isEqualTo(eur(secondAmount));
            assertThat(breakdown.total()).isEqualTo(eur(total));
        }

        @Test
        void fullPaymentStopsInterest() {
            PrincipalHistory history =
                    PrincipalHistory.of(eur("1000.00"))
                            .withPayment(LocalDate.of(2024, 1, 16), eur("1000.00"));

            InterestBreakdown breakdown =
                    calculator(DayCount.ACTUAL_360).accrue(history, DUE, AS_OF);

            assertThat(breakdown.segments()).hasSize(1);
            assertThat(breakdown.total()).isEqualTo(eur("5.00"));
        }

        @Test
        void paidPrincipalAccruesNothingLater() {
            PrincipalHistory history =
                    PrincipalHistory.of(eur("100.00"))
                            .withPayment(LocalDate.of(2024, 1, 10), eur("100.00"));

            InterestBreakdown breakdown =
                    calculator(DayCount.ACTUAL_360)
                            .accrue(history, LocalDate.of(2024, 1, 20), LocalDate.of(2024, 3, 1));

            assertThat(breakdown.segments()).isEmpty();
            assertThat(breakdown.total()).isEqualTo(eur("0.00"));
        }

        @Test
        void changeBeforeStartSetsOpeningBalance() {
            PrincipalHistory history =
                    PrincipalHistory.of(eur("1000.00"))
                            .withPayment(LocalDate.of(2023, 12, 20), eur("280.00"));

            InterestBreakdown breakdown =
                    calculator(DayCount.ACTUAL_360).accrue(history, DUE, AS_OF);

            assertThat(breakdown.segments().get(0).principal()).isEqualTo(eur("720.00"));
            assertThat(breakdown.total()).isEqualTo(eur("7.20"));
        }
    }

    @Nested
    class RateChanges {

        // Reference 4 % then 6 % from 2024-01-21, plus a margin of 6 points: 10 % then 12 %.
        @Test
        void rateChangeSplitsSegment() {
            RateTable rates =
                    new RateTable(
                            List.of(
                                    new RateEntry(LocalDate.of(2023, 6, 1), new BigDecimal("4")),
                                    new RateEntry(LocalDate.of(2024, 1, 21), new BigDecimal("6"))),
                            new BigDecimal("6"));
            LateInterest interest =
                    LateInterest.of(DayCount.ACTUAL_360, rates, RoundingMode.HALF_UP);

            InterestBreakdown breakdown =
                    interest.accrue(PrincipalHistory.of(eur("1000.00")), DUE, AS_OF);

            assertThat(breakdown.segments()).hasSize(2);
            InterestSegment first = breakdown.segments().get(0);
            InterestSegment second = breakdown.segments().get(1);
            assertThat(first.to()).isEqualTo(LocalDate.of(2024, 1, 20));
            assertThat(first.days()).isEqualTo(19);
            assertThat(first.annualPercent()).isEqualByComparingTo("10");
            assertThat(first.amount()).isEqualTo(eur("5.28"));
            assertThat(second.days()).isEqualTo(11);
            assertThat(second.annualPercent()).isEqualByComparingTo("12");
            assertThat(second.amount()).isEqualTo(eur("3.67"));
            assertThat(breakdown.total()).isEqualTo(eur("8.95"));
        }

        @Test
        void rateAndPaymentOnSameBoundary() {
            RateTable rates = TWELVE_PERCENT.withEntry(LocalDate.of(2024, 1, 17), BigDecimal.TEN);
            PrincipalHistory history =
                    PrincipalHistory.of(eur("1000.00"))
                            .withPayment(LocalDate.of(2024, 1, 16), eur("400.00"));

            InterestBreakdown breakdown =
                    LateInterest.of(DayCount.ACTUAL_360, rates, RoundingMode.HALF_UP)
                            .accrue(history, DUE, AS_OF);

            assertThat(breakdown.segments()).hasSize(2);
            assertThat(breakdown.segments().get(1).annualPercent()).isEqualByComparingTo("10");
            assertThat(breakdown.total()).isEqualTo(eur("7.50"));
        }

        @Test
        void dayBeforeTableRejected() {
            LateInterest interest = calculator(DayCount.ACTUAL_360);
            PrincipalHistory history = PrincipalHistory.of(eur("1000.00"));

            assertThatThrownBy(() -> interest.accrue(history, DUE.minusDays(2), AS_OF))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("2023-12-31")
                    .hasMessageContaining("first date of the rate table");
        }
    }

    @Nested
    class LeapYears {

        @ParameterizedTest(name = "{0} to {1}: {2}")
        @CsvSource({
            "2024-02-01, 2024-03-01, 9.53",
            "2023-02-01, 2023-03-01, 9.21",
            "2024-01-01, 2025-01-01, 120.33",
        })
        void fixedYearCountsLeapDay(LocalDate start, LocalDate end, String interest) {
            LateInterest calculator =
                    LateInterest.of(
                            DayCount.ACTUAL_365_FIXED,
                            RateTable.fixed(LocalDate.of(2000, 1, 1), new BigDecimal("12")),
                            RoundingMode.HALF_UP);

            InterestBreakdown breakdown =
                    calculator.accrue(PrincipalHistory.of(eur("1000.00")), start, end);

            assertThat(breakdown.total()).isEqualTo(eur(interest));
        }
    }

    @Nested
    class Rounding {

        // 12.50 × 12 % × 30 / 360 = 0.125 exactly.
        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource({"HALF_UP, 0.13", "HALF_EVEN, 0.12"})
        void tieFollowsCompanyMode(RoundingMode mode, String interest) {
            LateInterest calculator = LateInterest.of(DayCount.ACTUAL_360, TWELVE_PERCENT, mode);

            InterestBreakdown breakdown =
                    calculator.accrue(PrincipalHistory.of(eur("12.50")), DUE, AS_OF);

            assertThat(breakdown.total()).isEqualTo(eur(interest));
        }

        @Test
        void zeroDecimalCurrencyRoundsToUnits() {
            LateInterest calculator =
                    LateInterest.of(
                            DayCount.ACTUAL_365_FIXED, TWELVE_PERCENT, RoundingMode.HALF_UP);

            InterestBreakdown breakdown =
                    calculator.accrue(PrincipalHistory.of(Money.of(100_000, "JPY")), DUE, AS_OF);

            assertThat(breakdown.total()).isEqualTo(Money.of(986, "JPY"));
        }
    }

    @Nested
    class History {

        @Test
        void overpaymentRejected() {
            PrincipalHistory history = PrincipalHistory.of(eur("100.00"));

            assertThatThrownBy(() -> history.withPayment(DUE, eur("100.01")))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("at most EUR 100");
        }

        @Test
        void changesOutOfOrderRejected() {
            PrincipalHistory history =
                    PrincipalHistory.of(eur("100.00")).withBalance(AS_OF, eur("50.00"));

            assertThatThrownBy(() -> history.withBalance(DUE, eur("40.00")))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("strictly increasing");
        }

        @Test
        void negativeOpeningRejected() {
            assertThatThrownBy(() -> PrincipalHistory.of(eur("-1.00")))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("zero or more");
        }
    }
}
