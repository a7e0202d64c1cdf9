package io.github.tahsilat.service.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.dunning.ChargeVat;
import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.fx.VatBasis;
import io.github.tahsilat.invoice.InvoiceId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChargeInvoiceTest {

    private static final CounterpartyId CUSTOMER = CounterpartyId.random();
    private static final InvoiceId REFERENCE = InvoiceId.random();
    private static final LocalDate DATE = LocalDate.of(2025, 3, 20);

    private static ChargeInvoice invoice(
            MonetaryAmount charged, String rate, VatBasis basis, RoundingMode mode) {
        return ChargeInvoice.of(
                ChargeKind.FEE,
                CUSTOMER,
                REFERENCE,
                "INV-1",
                DATE,
                charged,
                new ChargeVat(new BigDecimal(rate), basis),
                mode);
    }

    private static MonetaryAmount money(String amount, String currency) {
        return Money.of(new BigDecimal(amount), currency);
    }

    @Nested
    class Amounts {

        @ParameterizedTest(name = "{0} {1} at {2} % {3} {4}")
        @CsvSource({
            "100.00, TRY, 20, EXCLUSIVE, HALF_UP, 100.00, 20.00, 120.00",
            "100.00, TRY, 20, INCLUSIVE, HALF_UP, 83.33, 16.67, 100.00",
            "100.00, TRY, 0, EXCLUSIVE, HALF_UP, 100.00, 0.00, 100.00",
            "0.25, TRY, 10, EXCLUSIVE, HALF_UP, 0.25, 0.03, 0.28",
            "0.25, TRY, 10, EXCLUSIVE, HALF_EVEN, 0.25, 0.02, 0.27",
            "999, JPY, 20, EXCLUSIVE, HALF_UP, 999, 200, 1199",
            "1000, JPY, 20, INCLUSIVE, HALF_UP, 833, 167, 1000",
            "10.005, KWD, 15, EXCLUSIVE, HALF_UP, 10.005, 1.501, 11.506",
            "1.000, KWD, 20, INCLUSIVE, HALF_UP, 0.833, 0.167, 1.000",
        })
        void netVatAndGross(
                String charged,
                String currency,
                String rate,
                VatBasis basis,
                RoundingMode mode,
                String net,
                String vat,
                String gross) {
            ChargeInvoice invoice = invoice(money(charged, currency), rate, basis, mode);

            assertThat(invoice.net()).isEqualTo(money(net, currency));
            assertThat(invoice.vat()).isEqualTo(money(vat, currency));
            assertThat(invoice.gross()).isEqualTo(money(gross, currency));
            assertThat(invoice.currency().getCurrencyCode()).isEqualTo(currency);
            assertThat(invoice.vatRate()).isEqualByComparingTo(rate);
        }

        @Test
        void referenceFieldsAreKept() {
            ChargeInvoice invoice =
                    ChargeInvoice.of(
                            ChargeKind.LATE_INTEREST,
                            CUSTOMER,
                            REFERENCE,
                            "INV-7",
                            DATE,
                            money("19.00", "EUR"),
                            new ChargeVat(new BigDecimal("20"), VatBasis.EXCLUSIVE),
                            RoundingMode.HALF_UP);

            assertThat(invoice.kind()).isEqualTo(ChargeKind.LATE_INTEREST);
            assertThat(invoice.counterpartyId()).isEqualTo(CUSTOMER);
            assertThat(invoice.referenceInvoice()).isEqualTo(REFERENCE);
            assertThat(invoice.referenceNumber()).isEqualTo("INV-7");
            assertThat(invoice.date()).isEqualTo(DATE);
        }
    }

    @Nested
    class Rejections {

        @ParameterizedTest(name = "{0} {1}")
        @CsvSource({"0.00, TRY", "-5.00, TRY", "1.001, TRY", "1.5, JPY"})
        void chargedAmountMustBePositiveAndExact(String charged, String currency) {
            MonetaryAmount amount = money(charged, currency);

            assertThatThrownBy(
                            () -> invoice(amount, "20", VatBasis.EXCLUSIVE, RoundingMode.HALF_UP))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("charged");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"-1", "100.01"})
        void vatRateOutsideZeroToHundred(String rate) {
            BigDecimal value = new BigDecimal(rate);

            assertThatThrownBy(() -> new ChargeVat(value, VatBasis.EXCLUSIVE))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("vatRate");
        }

        @Test
        void grossMustBeNetPlusVat() {
            assertThatThrownBy(
                            () ->
                                    new ChargeInvoice(
                                            ChargeKind.FEE,
                                            CUSTOMER,
                                            REFERENCE,
                                            "INV-1",
                                            DATE,
                                            money("100.00", "TRY"),
                                            new BigDecimal("20"),
                                            money("20.00", "TRY"),
                                            money("121.00", "TRY")))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("gross");
        }

        @Test
        void amountsMustShareCurrency() {
            assertThatThrownBy(
                            () ->
                                    new ChargeInvoice(
                                            ChargeKind.FEE,
                                            CUSTOMER,
                                            REFERENCE,
                                            "INV-1",
                                            DATE,
                                            money("100.00", "TRY"),
                                            new BigDecimal("20"),
                                            money("20.00", "EUR"),
                                            money("120.00", "TRY")))
                    .isInstanceOf(CurrencyMismatchException.class);
        }
    }
}
