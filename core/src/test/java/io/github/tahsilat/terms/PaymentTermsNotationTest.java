package io.github.tahsilat.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.calendar.RollConvention;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentTermsNotationTest {

    @Nested
    class Valid {

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "RECEIPT | RECEIPT | DueOnReceipt",
                    "NET 30 | NET 30 | NetDays",
                    "FIXED 2025-03-31 | FIXED 2025-03-31 | FixedDate",
                    "FIXED 0000-01-01 | FIXED 0000-01-01 | FixedDate",
                    "FIXED 9999-12-31 | FIXED 9999-12-31 | FixedDate",
                    "EOM+45 | EOM+45 | EndOfMonthThenDays",
                    "45+EOM | 45+EOM | DaysThenEndOfMonth",
                    "EOM+1M | EOM+1M | MonthsAfterEndOfMonth",
                    "45+EOM+D10 | 45+EOM+D10 | DaysThenEndOfMonthThenDay",
                    "2/10 NET 30 | 2/10 NET 30 | DiscountedTerms",
                    "3/10 2/20 NET 30 | 3/10 2/20 NET 30 | DiscountedTerms",
                    "1.50/15 EOM+30 | 1.5/15 EOM+30 | DiscountedTerms",
                    "40% NET 30; 60% NET 60 | 40% NET 30; 60% NET 60 | PercentageInstallments",
                    "40%2/10 NET 30;60% NET 60 | 40% 2/10 NET 30; 60% NET 60"
                            + " | PercentageInstallments",
                    "eur 400 NET 30; EUR 600.00 NET 60 | EUR 400.00 NET 30; EUR 600.00 NET 60"
                            + " | FixedAmountInstallments",
                    "JPY 400 NET 30; REST NET 60 | JPY 400 NET 30; REST NET 60"
                            + " | FixedAmountInstallments",
                    "EQUAL NET 30; EQUAL NET 60 | EQUAL NET 30; EQUAL NET 60 | EqualInstallments",
                    "3X NET 30 MONTHLY | 3X NET 30 MONTHLY | MonthlyInstallments",
                    "4x eom+0 monthly eom | 4X EOM+0 MONTHLY EOM | MonthlyInstallments",
                    "EOM+30 CUTOFF 25 | EOM+30 CUTOFF 25 | NextMonthAfterCutoff",
                    "NET 30 ROLL FOLLOWING | NET 30 ROLL FOLLOWING | BusinessDayRoll",
                    "  net   30   roll   modified_following  | NET 30 ROLL MODIFIED_FOLLOWING"
                            + " | BusinessDayRoll",
                    "3X NET 30 MONTHLY CUTOFF 20 ROLL PRECEDING"
                            + " | 3X NET 30 MONTHLY CUTOFF 20 ROLL PRECEDING | BusinessDayRoll",
                    "receipt | RECEIPT | DueOnReceipt",
                    "fixed 2024-02-29 | FIXED 2024-02-29 | FixedDate",
                })
        void parsesToCanonicalForm(String text, String canonical, String type) {
            PaymentTerms terms = PaymentTermsNotation.parse(text);

            assertThat(terms.getClass().getSimpleName()).isEqualTo(type);
            assertThat(terms.toNotation()).isEqualTo(canonical);
            assertThat(PaymentTermsNotation.parse(canonical)).isEqualTo(terms);
        }

        @Test
        void parsesToExpectedRecord() {
            PaymentTerms terms =
                    PaymentTermsNotation.parse("3/10 2/20 45+EOM+D10 CUTOFF 25 ROLL FOLLOWING");

            DiscountedTerms discounted =
                    new DiscountedTerms(
                            List.of(
                                    new DiscountTier(BigDecimal.valueOf(3), 10),
                                    new DiscountTier(BigDecimal.valueOf(2), 20)),
                            new DaysThenEndOfMonthThenDay(45, 10));
            assertThat(terms)
                    .isEqualTo(
                            new BusinessDayRoll(
                                    new NextMonthAfterCutoff(25, discounted),
                                    RollConvention.FOLLOWING));
        }

        @Test
        void parsesFixedAmounts() {
            PaymentTerms terms =
                    PaymentTermsNotation.parse("KWD 1.250 FIXED 2025-03-31; REST NET 60");

            assertThat(terms)
                    .isEqualTo(
                            FixedAmountInstallments.withRest(
                                    List.of(
                                            new FixedAmountInstallments.Part(
                                                    Money.of(new BigDecimal("1.25"), "KWD"),
                                                    new FixedDate(LocalDate.parse("2025-03-31")))),
                                    new NetDays(60)));
        }

        @Test
        void keywordsIgnoreTurkishLocale() {
            // Under tr-TR, "i".toUpperCase() is the dotted capital I, which would break RECEIPT.
            assertThat(PaymentTermsNotation.parse("receipt ROLL modified_following").toNotation())
                    .isEqualTo("RECEIPT ROLL MODIFIED_FOLLOWING");
        }
    }

    @Nested
    class Invalid {

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "'' | 1 | payment terms such as NET 30 or 2/10 NET 30",
                    "'   ' | 4 | payment terms such as NET 30 or 2/10 NET 30",
                    "NET | 4 | a number of days after NET",
                    "NET x | 5 | a number of days after NET",
                    "NET -5 | 5 | a number of days from 0 to 3660 after NET, but found -5",
                    "NET 99999 | 5 | a number of days from 0 to 3660 after NET, but found 99999",
                    "NET 12345678901 | 5 | a number of days after NET, but found 12345678901",
                    "NETT 30 | 1 | a due rule: RECEIPT, NET 30",
                    "2/10 | 5 | a due rule: RECEIPT, NET 30",
                    "2/ NET 30 | 3 | a number of days after the discount percentage and /",
                    "0/10 NET 30 | 1 | a discount percentage above 0 and below 100, but found 0",
                    "3/20 2/10 NET 30 | 6 | a discount period longer than the previous tier's 20"
                            + " days, but found 2/10",
                    "2/10 3/20 NET 30 | 6 | a discount smaller than the previous tier's 2 %,"
                            + " but found 3/20",
                    "EOM | 4 | + after EOM, as in EOM+45 or EOM+1M",
                    "EOM+ | 5 | a number of days or months after EOM+",
                    "EOM+0M | 5 | a number of months from 1 to 120 after EOM+, but found 0",
                    "EOM+1Y | 6 | M for months, or a space, after the number",
                    "45 | 3 | +EOM after the number of days",
                    "45+EOX | 4 | EOM after the number of days and +",
                    "45+EOM+10 | 8 | D and a day of the month after +EOM+, as in 45+EOM+D10",
                    "45+EOM+D32 | 9 | a day of the month from 1 to 31, but found 32",
                    "FIXED 2025-02-30 | 7 | a date in the form YYYY-MM-DD after FIXED, but found"
                            + " 2025-02-30",
                    "FIXED | 6 | a date in the form YYYY-MM-DD after FIXED",
                    "NET 30; NET 60 | 7 | the end of the payment terms, CUTOFF or ROLL",
                    "NET 30 ROLL SIDEWAYS | 13 | FOLLOWING, MODIFIED_FOLLOWING or PRECEDING after"
                            + " ROLL",
                    "NET 30 ROLL NONE | 13 | FOLLOWING, MODIFIED_FOLLOWING or PRECEDING",
                    "NET 30 CUTOFF 31 | 15 | a cutoff day from 1 to 30, but found 31",
                    "NET 30 CUTOFF | 14 | a cutoff day after CUTOFF",
                    "NET 30 ROLL FOLLOWING CUTOFF 25 | 23 | the end of the payment terms",
                    "40% NET 30; 50% NET 60 | 1 | percentages that add up to 100, but they add up"
                            + " to 90",
                    "0% NET 30; 100% NET 60 | 1 | a percentage above 0 and at most 100, but found 0",
                    "40% NET 30; NET 60 | 13 | a percentage such as 40%",
                    "40 NET 30 | 3 | +EOM after the number of days",
                    "0X NET 30 MONTHLY | 1 | a number of installments from 1 to 360, but found 0",
                    "361X NET 30 MONTHLY | 1 | a number of installments from 1 to 360, but found"
                            + " 361",
                    "3X NET 30 | 10 | MONTHLY after the first due rule",
                    "3X 2/10 NET 30 MONTHLY | 4 | a due rule without a discount, because monthly plans have none",
                    "EUR 400.00 NET 30; USD 600.00 NET 60 | 20 | an amount in EUR like the first"
                            + " installment, but found USD",
                    "EUR 400.005 NET 30 | 5 | an amount above 0 with at most 2 decimals for EUR,"
                            + " but found 400.005",
                    "JPY 0 NET 30 | 5 | an amount above 0 with at most 0 decimals for JPY",
                    "XYZ 400 NET 30 | 1 | an ISO 4217 currency code such as EUR",
                    "EUR 400 NET 30; REST NET 60; EUR 5 NET 90 | 28 | the end of the plan after"
                            + " the REST installment",
                    "EQUAL NET 30; NET 60 | 15 | EQUAL at the start of each part",
                    "EUR 4. NET 30 | 7 | a digit after the decimal point",
                    "FIXED -2025-03-31 | 7 | a date in the form YYYY-MM-DD after FIXED, but found"
                            + " -2025-03-31",
                    "FIXED +2025-03-31 | 7 | a date in the form YYYY-MM-DD after FIXED",
                    "FIXED 12025-03-31 | 7 | a date in the form YYYY-MM-DD after FIXED, but found"
                            + " 12025-03-31",
                    "NET -0 | 5 | a number of days after NET, but found -0",
                    "2/-0 NET 30 | 3 | a number of days after the discount percentage and /, but"
                            + " found -0",
                    "-0+EOM | 1 | a number of days, but found -0",
                    "EOM+-0 | 5 | a number of days or months after EOM+, but found -0",
                    "EUR 92233720368547758.08 NET 30; REST NET 60 | 5 | an amount above 0 and at"
                            + " most 92233720368547758.07 with at most 2 decimals for EUR, but"
                            + " found 92233720368547758.08",
                    "JPY 99999999999999999999 NET 30 | 5 | an amount above 0 and at most"
                            + " 9223372036854775807 with at most 0 decimals for JPY",
                })
        void rejectedWithPosition(String text, int position, String expected) {
            assertThatThrownBy(() -> PaymentTermsNotation.parse(text))
                    .isInstanceOfSatisfying(
                            InvalidPaymentTermsException.class,
                            e -> assertThat(e.position()).isEqualTo(position))
                    .hasMessageStartingWith(
                            "invalid payment terms at position "
                                    + position
                                    + ": \""
                                    + text
                                    + "\"; expected "
                                    + expected);
        }

        @Test
        void messageNamesPositionAndExpectation() {
            assertThatThrownBy(() -> PaymentTermsNotation.parse("NET x"))
                    .isInstanceOf(InvalidPaymentTermsException.class)
                    .hasMessage(
                            "invalid payment terms at position 5: \"NET x\"; expected a number of"
                                    + " days after NET");
        }
    }
}
