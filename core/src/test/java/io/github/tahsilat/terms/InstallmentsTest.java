package io.github.tahsilat.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.terms.DueSchedule.Installment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstallmentsTest {

    private static final LocalDate INVOICE = LocalDate.parse("2025-01-10");

    private static DueSchedule schedule(PaymentTerms terms, String amount, String currency) {
        return terms.dueSchedule(
                INVOICE,
                Money.of(new BigDecimal(amount), currency),
                TestCalendar.EVERY_DAY,
                RoundingMode.HALF_UP);
    }

    private static List<String> amounts(DueSchedule schedule) {
        List<String> amounts = new ArrayList<>();
        for (Installment installment : schedule.installments()) {
            amounts.add(plain(installment.amount()));
        }
        return amounts;
    }

    private static List<String> dueDates(DueSchedule schedule) {
        List<String> dates = new ArrayList<>();
        for (Installment installment : schedule.installments()) {
            dates.add(installment.dueDate().toString());
        }
        return dates;
    }

    /** Formats at the currency's scale, because Moneta drops trailing zeros from the number. */
    private static String plain(MonetaryAmount amount) {
        return MinorAmount.of(amount, RoundingMode.UNNECESSARY).toBigDecimal().toPlainString();
    }

    private static List<SinglePaymentTerms> netSeries(int count) {
        List<SinglePaymentTerms> parts = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            parts.add(new NetDays(30 * i));
        }
        return parts;
    }

    private static PercentageInstallments percentages(String... percents) {
        List<PercentageInstallments.Part> parts = new ArrayList<>();
        for (int i = 0; i < percents.length; i++) {
            parts.add(
                    new PercentageInstallments.Part(
                            new BigDecimal(percents[i]), new NetDays(30 * (i + 1))));
        }
        return new PercentageInstallments(parts);
    }

    @Nested
    class EqualSplit {

        @ParameterizedTest
        @CsvSource({
            "100.00, EUR, 3, 33.33 33.33 33.34",
            "30000.00, USD, 3, 10000.00 10000.00 10000.00",
            "360.00, USD, 6, 60.00 60.00 60.00 60.00 60.00 60.00",
            "1000, JPY, 3, 333 333 334",
            "10.000, KWD, 3, 3.333 3.333 3.334",
            "0.01, EUR, 3, 0.00 0.00 0.01",
            "-100.00, EUR, 3, -33.33 -33.33 -33.34",
        })
        void lastTakesRest(String total, String currency, int count, String expected) {
            DueSchedule schedule =
                    schedule(new EqualInstallments(netSeries(count)), total, currency);

            assertThat(amounts(schedule)).containsExactly(expected.split(" "));
            assertThat(schedule.total()).isEqualTo(Money.of(new BigDecimal(total), currency));
        }

        @Test
        void dueDatesFollowParts() {
            DueSchedule schedule = schedule(new EqualInstallments(netSeries(3)), "90.00", "EUR");

            assertThat(dueDates(schedule))
                    .containsExactly("2025-02-09", "2025-03-11", "2025-04-10");
            assertThat(schedule.installments())
                    .extracting(Installment::number)
                    .containsExactly(1, 2, 3);
        }

        @Test
        void outOfOrderPartsRejected() {
            EqualInstallments terms =
                    new EqualInstallments(List.of(new NetDays(60), new NetDays(30)));

            assertThatThrownBy(() -> schedule(terms, "100.00", "EUR"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("installment 2 falls due on 2025-02-09")
                    .hasMessageContaining("before installment 1 on 2025-03-11");
        }

        @Test
        void zeroPartsRejected() {
            assertThatThrownBy(() -> new EqualInstallments(List.of()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("invalid parts: 0");
        }
    }

    @Nested
    class ByPercentage {

        @ParameterizedTest
        @CsvSource({
            "5.47, EUR, 33.34 33.33 33.33, 1.82 1.82 1.83",
            "30000.00, USD, 33.334 33.333 33.333, 10000.20 9999.90 9999.90",
            "360.00, USD, 16.67 16.67 16.67 16.67 16.66 16.66,"
                    + " 60.01 60.01 60.01 60.01 59.98 59.98",
            "1000, JPY, 40 60, 400 600",
            "10.000, KWD, 33.34 33.33 33.33, 3.334 3.333 3.333",
            "100.00, EUR, 100, 100.00",
        })
        void lastTakesRest(String total, String currency, String percents, String expected) {
            DueSchedule schedule = schedule(percentages(percents.split(" ")), total, currency);

            assertThat(amounts(schedule)).containsExactly(expected.split(" "));
            assertThat(schedule.total()).isEqualTo(Money.of(new BigDecimal(total), currency));
        }

        @Test
        void halfEvenRoundsTiesToEven() {
            DueSchedule schedule =
                    percentages("50", "50")
                            .dueSchedule(
                                    INVOICE,
                                    Money.of(new BigDecimal("0.05"), "EUR"),
                                    TestCalendar.EVERY_DAY,
                                    RoundingMode.HALF_EVEN);

            assertThat(amounts(schedule)).containsExactly("0.02", "0.03");
        }

        @Test
        void sumNotHundredRejected() {
            assertThatThrownBy(() -> percentages("40", "50"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("invalid percentages: 90; expected percentages that add up to 100");
        }

        @Test
        void zeroPercentRejected() {
            assertThatThrownBy(() -> percentages("0", "100"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("invalid percent: 0");
        }

        @Test
        void trailingZerosIgnored() {
            assertThat(percentages("40.0", "60.00")).isEqualTo(percentages("40", "60"));
        }
    }

    @Nested
    class PercentageDigits {

        @Test
        void hundredDecimalsSplit() {
            String third = "33." + "3".repeat(98);
            String rest = "33." + "3".repeat(97) + "4";

            DueSchedule schedule = schedule(percentages(third, third, rest), "100.00", "EUR");

            assertThat(amounts(schedule)).containsExactly("33.33", "33.33", "33.34");
        }

        @Test
        void moreThanHundredDecimalsRejected() {
            String tiny = "0." + "0".repeat(100) + "1";

            assertThatThrownBy(
                            () ->
                                    new PercentageInstallments.Part(
                                            new BigDecimal(tiny), new NetDays(30)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("invalid percent: " + tiny)
                    .hasMessageContaining("at most 100 decimals");
        }

        @Test
        void notationWithMoreThanHundredDecimalsRejected() {
            String text = "0." + "0".repeat(100) + "1% NET 30; 100% NET 60";

            assertThatThrownBy(() -> PaymentTermsNotation.parse(text))
                    .isInstanceOf(InvalidPaymentTermsException.class)
                    .hasMessageContaining("at position 1")
                    .hasMessageContaining("at most 100 decimals");
        }
    }

    @Nested
    class FixedAmounts {

        private FixedAmountInstallments.Part part(String amount, String currency, int days) {
            return new FixedAmountInstallments.Part(
                    Money.of(new BigDecimal(amount), currency), new NetDays(days));
        }

        @Test
        void exactAmountsSplit() {
            FixedAmountInstallments terms =
                    FixedAmountInstallments.exact(
                            List.of(part("400.00", "EUR", 30), part("600", "EUR", 60)));

            DueSchedule schedule = schedule(terms, "1000.00", "EUR");

            assertThat(amounts(schedule)).containsExactly("400.00", "600.00");
            assertThat(dueDates(schedule)).containsExactly("2025-02-09", "2025-03-11");
        }

        @Test
        void differenceNamedWhenShort() {
            FixedAmountInstallments terms =
                    FixedAmountInstallments.exact(
                            List.of(part("400.00", "EUR", 30), part("500.00", "EUR", 60)));

            assertThatThrownBy(() -> schedule(terms, "1000.00", "EUR"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(
                            "invalid receivable: 1000.00 EUR; expected the fixed installments'"
                                    + " total of 900.00 EUR, a difference of 100.00 EUR; change"
                                    + " the amounts or end the terms with a REST installment");
        }

        @Test
        void restTakesRemainder() {
            FixedAmountInstallments terms =
                    FixedAmountInstallments.withRest(
                            List.of(part("400.00", "EUR", 30)), new NetDays(60));

            DueSchedule schedule = schedule(terms, "1000.00", "EUR");

            assertThat(amounts(schedule)).containsExactly("400.00", "600.00");
            assertThat(schedule.installments())
                    .extracting(Installment::number)
                    .containsExactly(1, 2);
        }

        @Test
        void emptyRestRejected() {
            FixedAmountInstallments terms =
                    FixedAmountInstallments.withRest(
                            List.of(part("1000.00", "EUR", 30)), new NetDays(60));

            assertThatThrownBy(() -> schedule(terms, "1000.00", "EUR"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("but the difference is 0.00 EUR");
        }

        @Test
        void otherCurrencyRejected() {
            FixedAmountInstallments terms =
                    FixedAmountInstallments.exact(List.of(part("1000.00", "EUR", 30)));

            assertThatThrownBy(() -> schedule(terms, "1000.00", "USD"))
                    .isInstanceOf(CurrencyMismatchException.class)
                    .hasMessageContaining("EUR")
                    .hasMessageContaining("USD");
        }

        @Test
        void mixedPartCurrenciesRejected() {
            List<FixedAmountInstallments.Part> parts =
                    List.of(part("400.00", "EUR", 30), part("600.00", "USD", 60));

            assertThatThrownBy(() -> FixedAmountInstallments.exact(parts))
                    .isInstanceOf(CurrencyMismatchException.class);
        }

        @Test
        void extraDecimalsRejected() {
            assertThatThrownBy(() -> part("10.5", "JPY", 30))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("at most 0 decimals for JPY");
        }

        @Test
        void totalBeyondLongMinorUnitsRejected() {
            List<FixedAmountInstallments.Part> parts =
                    List.of(part("92233720368547758.07", "EUR", 30), part("0.01", "EUR", 60));

            assertThatThrownBy(() -> FixedAmountInstallments.exact(parts))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("invalid parts")
                    .hasMessageContaining("at most 92233720368547758.07 EUR");
        }

        @Test
        void notationTotalBeyondLongMinorUnitsRejected() {
            String text = "EUR 92233720368547758.07 NET 30; EUR 0.01 NET 60; REST NET 90";

            assertThatThrownBy(() -> PaymentTermsNotation.parse(text))
                    .isInstanceOf(InvalidPaymentTermsException.class)
                    .hasMessageContaining("at position 38")
                    .hasMessageContaining(
                            "amounts that add up to at most 92233720368547758.07 EUR, but they"
                                    + " add up to 92233720368547758.08");
        }

        @Test
        void hugeNegativeReceivableRejected() {
            FixedAmountInstallments terms =
                    FixedAmountInstallments.withRest(
                            List.of(part("92233720368547758.07", "EUR", 30)), new NetDays(60));

            assertThatThrownBy(() -> schedule(terms, "-92233720368547758.07", "EUR"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("invalid receivable: -92233720368547758.07 EUR")
                    .hasMessageContaining("so that the REST installment is above zero");
        }

        @Test
        void zeroAmountRejected() {
            assertThatThrownBy(() -> part("0.00", "EUR", 30))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("invalid amount: 0.00 EUR");
        }
    }

    @Nested
    class Monthly {

        @Test
        void monthEndAnchorStaysOnDayThirtyOne() {
            MonthlyInstallments terms =
                    new MonthlyInstallments(
                            4,
                            new FixedDate(LocalDate.parse("2024-01-31")),
                            MonthlyAnchor.DAY_OF_MONTH);

            DueSchedule schedule = schedule(terms, "1000.00", "EUR");

            assertThat(dueDates(schedule))
                    .containsExactly("2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30");
            assertThat(amounts(schedule)).containsExactly("250.00", "250.00", "250.00", "250.00");
        }

        @Test
        void endOfMonthAnchorFromLeapDay() {
            MonthlyInstallments terms =
                    new MonthlyInstallments(
                            3,
                            new FixedDate(LocalDate.parse("2024-02-29")),
                            MonthlyAnchor.END_OF_MONTH);

            DueSchedule schedule = schedule(terms, "90.00", "EUR");

            assertThat(dueDates(schedule))
                    .containsExactly("2024-02-29", "2024-03-31", "2024-04-30");
        }

        @Test
        void dayAnchorFromLeapDayKeepsDay() {
            MonthlyInstallments terms =
                    new MonthlyInstallments(
                            3,
                            new FixedDate(LocalDate.parse("2024-02-29")),
                            MonthlyAnchor.DAY_OF_MONTH);

            DueSchedule schedule = schedule(terms, "90.00", "EUR");

            assertThat(dueDates(schedule))
                    .containsExactly("2024-02-29", "2024-03-29", "2024-04-29");
        }

        @Test
        void endOfMonthAnchorMovesFirstToMonthEnd() {
            MonthlyInstallments terms =
                    new MonthlyInstallments(
                            2,
                            new FixedDate(LocalDate.parse("2024-02-10")),
                            MonthlyAnchor.END_OF_MONTH);

            DueSchedule schedule = schedule(terms, "90.00", "EUR");

            assertThat(dueDates(schedule)).containsExactly("2024-02-29", "2024-03-31");
        }

        @Test
        void crossesYearEnd() {
            MonthlyInstallments terms =
                    new MonthlyInstallments(3, new NetDays(0), MonthlyAnchor.DAY_OF_MONTH);

            DueSchedule schedule =
                    terms.dueSchedule(
                            LocalDate.parse("2024-11-30"),
                            Money.of(1000, "JPY"),
                            TestCalendar.EVERY_DAY,
                            RoundingMode.HALF_UP);

            assertThat(dueDates(schedule))
                    .containsExactly("2024-11-30", "2024-12-30", "2025-01-30");
            assertThat(amounts(schedule)).containsExactly("333", "333", "334");
        }

        @Test
        void zeroCountRejected() {
            assertThatThrownBy(
                            () ->
                                    new MonthlyInstallments(
                                            0, new NetDays(30), MonthlyAnchor.DAY_OF_MONTH))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(
                            "invalid count: 0; expected a number of installments from 1 to 360");
        }

        @Test
        void farOffRestFallsBackToLargestRemainder() {
            // 6 x 14.29 would leave 14.26 for the last, three cents from its share of 14.2857.
            MonthlyInstallments terms =
                    new MonthlyInstallments(7, new NetDays(30), MonthlyAnchor.DAY_OF_MONTH);

            DueSchedule schedule = schedule(terms, "100.00", "EUR");

            List<String> expected = new ArrayList<>(Collections.nCopies(3, "14.28"));
            expected.addAll(Collections.nCopies(4, "14.29"));
            assertThat(amounts(schedule)).isEqualTo(expected);
            assertThat(schedule.total()).isEqualTo(Money.of(100, "EUR"));
            assertThat(schedule.finalDueDate()).isEqualTo("2025-08-09");
        }
    }
}
