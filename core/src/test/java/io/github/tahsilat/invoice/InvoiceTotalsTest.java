package io.github.tahsilat.invoice;

import static io.github.tahsilat.invoice.Fixtures.HALF_UP_PER_LINE;
import static io.github.tahsilat.invoice.Fixtures.context;
import static io.github.tahsilat.invoice.Fixtures.invoice;
import static io.github.tahsilat.invoice.Fixtures.line;
import static io.github.tahsilat.invoice.Fixtures.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.company.VatRounding;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.money.MinorAmount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvoiceTotalsTest {

    @Nested
    class MinorUnits {

        @Test
        void jpyVatRoundsToWholeYen() {
            Invoice invoice = invoice("JPY").line(line("1", "1127", "10")).build(HALF_UP_PER_LINE);

            InvoiceTotals totals = invoice.totals();

            // 1,127 × 10 % = 112.7 exactly, so the VAT is 113 and the total 1,239.7 becomes 1,240.
            assertThat(totals.net()).isEqualTo(money("1127", "JPY"));
            assertThat(totals.vat()).isEqualTo(money("113", "JPY"));
            assertThat(totals.gross()).isEqualTo(money("1240", "JPY"));
            assertThat(totals.gross().getNumber().numberValue(BigDecimal.class).scale()).isZero();
        }

        @Test
        void clpUnitPriceOneIsOneMinorUnit() {
            Invoice invoice = invoice("CLP").line(line("1", "1", "0")).build(HALF_UP_PER_LINE);

            MinorAmount gross = MinorAmount.of(invoice.totals().gross(), RoundingMode.UNNECESSARY);

            assertThat(invoice.totals().gross()).isEqualTo(money("1", "CLP"));
            assertThat(gross.units()).isEqualTo(1);
        }

        @ParameterizedTest
        @CsvSource({"HALF_UP, 1.235, 13.580", "HALF_EVEN, 1.234, 13.579"})
        void kwdVatRoundsWithCompanyMode(RoundingMode mode, String vat, String gross) {
            // 12.345 KWD × 10 % = 1.2345 KWD, a tie at the third decimal.
            Invoice invoice =
                    invoice("KWD")
                            .line(line("1", "12.345", "10"))
                            .build(context(mode, VatRounding.PER_LINE));

            assertThat(invoice.totals().vat()).isEqualTo(money(vat, "KWD"));
            assertThat(invoice.totals().gross()).isEqualTo(money(gross, "KWD"));
        }

        @Test
        void tryAmountHasExactSubunits() {
            Invoice invoice =
                    invoice("TRY").line(line("1", "3989.33", "0")).build(HALF_UP_PER_LINE);

            long units = MinorAmount.of(invoice.receivable(), RoundingMode.UNNECESSARY).units();

            assertThat(units).isEqualTo(398933);
            assertThat(units / 100).isEqualTo(3989);
            assertThat(units % 100).isEqualTo(33);
        }
    }

    @Nested
    class VatRoundingPlace {

        // Three lines of 10.05 TRY at 10 %: the exact VAT is 3 × 1.005 = 3.015 TRY.
        private Invoice threeLines(VatRounding vatRounding) {
            return invoice("TRY")
                    .line(line("1", "10.05", "10"))
                    .line(line("1", "10.05", "10"))
                    .line(line("1", "10.05", "10"))
                    .build(context(RoundingMode.HALF_UP, vatRounding));
        }

        @Test
        void perLineRoundsEachLineUp() {
            InvoiceTotals totals = threeLines(VatRounding.PER_LINE).totals();

            // Each line's 1.005 rounds to 1.01.
            assertThat(totals.net()).isEqualTo(money("30.15", "TRY"));
            assertThat(totals.vat()).isEqualTo(money("3.03", "TRY"));
            assertThat(totals.gross()).isEqualTo(money("33.18", "TRY"));
        }

        @Test
        void perDocumentRoundsOnce() {
            InvoiceTotals totals = threeLines(VatRounding.PER_DOCUMENT).totals();

            // 30.15 × 10 % = 3.015 rounds once to 3.02.
            assertThat(totals.net()).isEqualTo(money("30.15", "TRY"));
            assertThat(totals.vat()).isEqualTo(money("3.02", "TRY"));
            assertThat(totals.gross()).isEqualTo(money("33.17", "TRY"));
        }
    }

    @Nested
    class InclusivePrices {

        @ParameterizedTest
        @CsvSource({
            "PER_LINE,     16.66, 3.34",
            "PER_DOCUMENT, 16.67, 3.33",
        })
        void grossStaysExact(VatRounding vatRounding, String net, String vat) {
            // Two lines of 10.00 TRY including 20 % VAT. Per line, each net is 10 / 1.2 =
            // 8.333... -> 8.33; per document, the net is 20 / 1.2 = 16.666... -> 16.67.
            Invoice invoice =
                    invoice("TRY")
                            .priceBasis(PriceBasis.VAT_INCLUSIVE)
                            .line(line("1", "10.00", "20"))
                            .line(line("1", "10.00", "20"))
                            .build(context(RoundingMode.HALF_UP, vatRounding));

            InvoiceTotals totals = invoice.totals();

            assertThat(totals.gross()).isEqualTo(money("20.00", "TRY"));
            assertThat(totals.net()).isEqualTo(money(net, "TRY"));
            assertThat(totals.vat()).isEqualTo(money(vat, "TRY"));
        }

        @Test
        void grossWithUnitPriceQuantity() {
            // 3 × 39.90 = 119.70 including 18 % VAT: net 119.70 / 1.18 = 101.4406... -> 101.44.
            Invoice invoice =
                    invoice("TRY")
                            .priceBasis(PriceBasis.VAT_INCLUSIVE)
                            .line(line("3", "39.90", "18"))
                            .build(HALF_UP_PER_LINE);

            assertThat(invoice.totals().net()).isEqualTo(money("101.44", "TRY"));
            assertThat(invoice.totals().vat()).isEqualTo(money("18.26", "TRY"));
            assertThat(invoice.totals().gross()).isEqualTo(money("119.70", "TRY"));
        }
    }

    @Nested
    class Discounts {

        @Test
        void percentDiscountRoundsLineOnce() {
            // 3 × 19.99 = 59.97; 10 % off is 5.997, leaving 53.973 -> 53.97; VAT 20 % = 10.794
            // -> 10.79.
            Invoice invoice =
                    invoice("TRY")
                            .line(
                                    line("3", "19.99", "20")
                                            .withDiscount(
                                                    LineDiscount.percent(new BigDecimal("10"))))
                            .build(HALF_UP_PER_LINE);

            assertThat(invoice.totals().net()).isEqualTo(money("53.97", "TRY"));
            assertThat(invoice.totals().vat()).isEqualTo(money("10.79", "TRY"));
            assertThat(invoice.totals().gross()).isEqualTo(money("64.76", "TRY"));
        }

        @Test
        void amountDiscountReducesNet() {
            Invoice invoice =
                    invoice("TRY")
                            .line(
                                    line("2", "50.00", "20")
                                            .withDiscount(
                                                    LineDiscount.amount(money("12.50", "TRY"))))
                            .build(HALF_UP_PER_LINE);

            assertThat(invoice.totals().net()).isEqualTo(money("87.50", "TRY"));
            assertThat(invoice.totals().vat()).isEqualTo(money("17.50", "TRY"));
            assertThat(invoice.totals().gross()).isEqualTo(money("105.00", "TRY"));
        }

        @Test
        void amountDiscountAboveLineRejected() {
            Invoice.Builder builder =
                    invoice("TRY")
                            .line(
                                    line("2", "50.00", "20")
                                            .withDiscount(
                                                    LineDiscount.amount(money("100.01", "TRY"))));

            assertThatThrownBy(() -> builder.build(HALF_UP_PER_LINE))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("lines[0].discount.amount")
                    .hasMessageContaining("100.00");
        }

        @Test
        void discountInOtherCurrencyRejected() {
            Invoice.Builder builder =
                    invoice("TRY")
                            .line(line("1", "10.00", "20"))
                            .line(
                                    line("2", "50.00", "20")
                                            .withDiscount(
                                                    LineDiscount.amount(money("5.00", "EUR"))));

            assertThatThrownBy(() -> builder.build(HALF_UP_PER_LINE))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("lines[1].discount.amount")
                    .hasMessageContaining("EUR")
                    .hasMessageContaining("an amount in TRY");
        }
    }

    @Nested
    class SeveralRates {

        @Test
        void subtotalPerRateInRateOrder() {
            Invoice invoice =
                    invoice("TRY")
                            .line(line("1", "100.00", "20"))
                            .line(line("1", "50.00", "10"))
                            .line(line("1", "30.00", "1"))
                            .line(line("1", "20.00", "0"))
                            .line(line("2", "25.00", "20.00"))
                            .build(HALF_UP_PER_LINE);

            InvoiceTotals totals = invoice.totals();

            assertThat(totals.vatSubtotals())
                    .containsExactly(
                            new VatSubtotal(
                                    BigDecimal.ZERO, money("20.00", "TRY"), money("0.00", "TRY")),
                            new VatSubtotal(
                                    BigDecimal.ONE, money("30.00", "TRY"), money("0.30", "TRY")),
                            new VatSubtotal(
                                    BigDecimal.TEN, money("50.00", "TRY"), money("5.00", "TRY")),
                            new VatSubtotal(
                                    new BigDecimal("20"),
                                    money("150.00", "TRY"),
                                    money("30.00", "TRY")));
            assertThat(totals.net()).isEqualTo(money("250.00", "TRY"));
            assertThat(totals.vat()).isEqualTo(money("35.30", "TRY"));
            assertThat(totals.gross()).isEqualTo(money("285.30", "TRY"));
        }
    }

    @Nested
    class Withholding {

        @ParameterizedTest
        @CsvSource({
            "613, 9, 10, 200.00, 180.00, 1020.00",
            "604, 5, 10, 200.00, 100.00, 1100.00",
            "603, 7, 10, 200.00, 140.00, 1060.00",
            "624, 2, 10, 200.00,  40.00, 1160.00",
        })
        void receivableIsGrossMinusWithheld(
                String code,
                int numerator,
                int denominator,
                String vat,
                String withheld,
                String receivable) {
            Invoice invoice =
                    invoice("TRY")
                            .line(
                                    line("1", "1000.00", "20")
                                            .withWithholding(
                                                    VatWithholding.of(
                                                            code, numerator, denominator)))
                            .build(HALF_UP_PER_LINE);

            InvoiceTotals totals = invoice.totals();

            assertThat(totals.vat()).isEqualTo(money(vat, "TRY"));
            assertThat(totals.gross()).isEqualTo(money("1200.00", "TRY"));
            assertThat(totals.withheld()).isEqualTo(money(withheld, "TRY"));
            assertThat(totals.receivable()).isEqualTo(money(receivable, "TRY"));
            assertThat(totals.withholdingSubtotals())
                    .containsExactly(
                            new WithholdingSubtotal(
                                    VatWithholding.of(code, numerator, denominator),
                                    money(withheld, "TRY")));
            assertThat(invoice.outstanding()).isEqualTo(money(receivable, "TRY"));
            assertThat(invoice.dueSchedule().total()).isEqualTo(money(receivable, "TRY"));
        }

        @ParameterizedTest
        @CsvSource({"HALF_UP, 16.67, 349.99", "HALF_EVEN, 16.66, 350.00"})
        void withheldTieRoundsWithCompanyMode(
                RoundingMode mode, String withheld, String receivable) {
            // Net 333.33 at 10 % is 33.333 -> 33.33 VAT; 5/10 of it is 16.665, a tie.
            Invoice invoice =
                    invoice("TRY")
                            .line(
                                    line("1", "333.33", "10")
                                            .withWithholding(
                                                    VatWithholding.of(WithholdingCode.CATERING)))
                            .build(context(mode, VatRounding.PER_LINE));

            assertThat(invoice.totals().gross()).isEqualTo(money("366.66", "TRY"));
            assertThat(invoice.totals().withheld()).isEqualTo(money(withheld, "TRY"));
            assertThat(invoice.totals().receivable()).isEqualTo(money(receivable, "TRY"));
        }

        @ParameterizedTest
        @CsvSource({"PER_LINE, 3.03, 2.73, 30.45", "PER_DOCUMENT, 3.02, 2.72, 30.45"})
        void withheldFollowsVatRounding(
                VatRounding vatRounding, String vat, String withheld, String receivable) {
            // Three lines of 10.05 at 10 % with 9/10 withheld. Per line: 1.01 VAT and 0.909 ->
            // 0.91 withheld each. Per document: 3.015 -> 3.02 VAT and 2.718 -> 2.72 withheld.
            VatWithholding garden = VatWithholding.of(WithholdingCode.GARDEN_MAINTENANCE);
            Invoice invoice =
                    invoice("TRY")
                            .line(line("1", "10.05", "10").withWithholding(garden))
                            .line(line("1", "10.05", "10").withWithholding(garden))
                            .line(line("1", "10.05", "10").withWithholding(garden))
                            .build(context(RoundingMode.HALF_UP, vatRounding));

            assertThat(invoice.totals().vat()).isEqualTo(money(vat, "TRY"));
            assertThat(invoice.totals().withheld()).isEqualTo(money(withheld, "TRY"));
            assertThat(invoice.totals().receivable()).isEqualTo(money(receivable, "TRY"));
        }

        @Test
        void withholdingOnlyOnItsLines() {
            // Cleaning 1,000.00 at 20 % with 9/10 withheld, plus 500.00 of goods at 20 % without.
            Invoice invoice =
                    invoice("TRY")
                            .line(
                                    line("1", "1000.00", "20")
                                            .withWithholding(
                                                    VatWithholding.of(WithholdingCode.CLEANING)))
                            .line(line("1", "500.00", "20"))
                            .build(context(RoundingMode.HALF_UP, VatRounding.PER_DOCUMENT));

            InvoiceTotals totals = invoice.totals();

            assertThat(totals.vat()).isEqualTo(money("300.00", "TRY"));
            assertThat(totals.gross()).isEqualTo(money("1800.00", "TRY"));
            assertThat(totals.withheld()).isEqualTo(money("180.00", "TRY"));
            assertThat(totals.receivable()).isEqualTo(money("1620.00", "TRY"));
        }

        @Test
        void codeMustHaveThreeDigits() {
            assertThatThrownBy(() -> VatWithholding.of("60", 9, 10))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(
                            "invalid withholding.code: 60; expected a three-digit code such as"
                                    + " 603");
        }

        @Test
        void fractionAboveOneRejected() {
            assertThatThrownBy(() -> VatWithholding.of("601", 11, 10))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("withholding.numerator");
        }
    }

    @Nested
    class PrintedTotals {

        // The lines give 33.18 TRY per line; the printed document rounded per document.
        private final InvoiceTotals printed =
                InvoiceTotals.of(
                        money("30.15", "TRY"),
                        List.of(
                                new VatSubtotal(
                                        BigDecimal.TEN,
                                        money("30.15", "TRY"),
                                        money("3.02", "TRY"))),
                        List.of());

        private Invoice.Builder threeLines() {
            return invoice("TRY")
                    .line(line("1", "10.05", "10"))
                    .line(line("1", "10.05", "10"))
                    .line(line("1", "10.05", "10"));
        }

        @Test
        void printedTotalsAreKept() {
            Invoice invoice = threeLines().printedTotals(printed).build(HALF_UP_PER_LINE);

            assertThat(invoice.totals()).isEqualTo(printed);
            assertThat(invoice.printedTotals()).contains(printed);
            assertThat(invoice.receivable()).isEqualTo(money("33.17", "TRY"));
            assertThat(invoice.outstanding()).isEqualTo(money("33.17", "TRY"));
            assertThat(invoice.dueSchedule().total()).isEqualTo(money("33.17", "TRY"));
            assertThat(invoice.computedTotals().gross()).isEqualTo(money("33.18", "TRY"));
        }

        @Test
        void inconsistentPrintedTotalsRejected() {
            assertThatThrownBy(
                            () ->
                                    new InvoiceTotals(
                                            money("30.15", "TRY"),
                                            printed.vatSubtotals(),
                                            money("3.02", "TRY"),
                                            money("33.18", "TRY"),
                                            List.of(),
                                            money("0.00", "TRY"),
                                            money("33.18", "TRY")))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("invalid totals.gross: 33.18 TRY; expected 33.17 TRY, net + vat");
        }

        @Test
        void printedTotalsInOtherCurrencyRejected() {
            InvoiceTotals euros =
                    InvoiceTotals.of(
                            money("30.15", "EUR"),
                            List.of(
                                    new VatSubtotal(
                                            BigDecimal.TEN,
                                            money("30.15", "EUR"),
                                            money("3.02", "EUR"))),
                            List.of());
            Invoice.Builder builder = threeLines().printedTotals(euros);

            assertThatThrownBy(() -> builder.build(HALF_UP_PER_LINE))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("printedTotals")
                    .hasMessageContaining("totals in TRY");
        }
    }
}
