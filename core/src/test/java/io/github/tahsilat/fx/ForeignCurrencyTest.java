package io.github.tahsilat.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.fx.spi.FxRate;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.InvoiceId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.NumberValue;
import javax.money.convert.ConversionContext;
import javax.money.convert.ConversionQuery;
import javax.money.convert.CurrencyConversion;
import javax.money.convert.ExchangeRate;
import javax.money.convert.ExchangeRateProvider;
import javax.money.convert.ProviderContext;
import javax.money.convert.ProviderContextBuilder;
import javax.money.convert.RateType;
import org.javamoney.moneta.Money;
import org.javamoney.moneta.spi.DefaultNumberValue;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ForeignCurrencyTest {

    private static final CurrencyUnit CNY = Monetary.getCurrency("CNY");
    private static final CurrencyUnit THB = Monetary.getCurrency("THB");
    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    private static final CurrencyUnit TRY = Monetary.getCurrency("TRY");
    private static final LocalDate ISSUED = LocalDate.parse("2024-01-01");

    private static MonetaryAmount money(String amount, CurrencyUnit currency) {
        return Money.of(new BigDecimal(amount), currency);
    }

    private static FxRate rate(CurrencyUnit base, CurrencyUnit term, String factor, String date) {
        return new FxRate(base, term, new BigDecimal(factor), LocalDate.parse(date));
    }

    private static ForeignCurrencyBalance hundredYuan() {
        return ForeignCurrencyBalance.recognize(
                money("100.00", CNY), rate(CNY, THB, "5.0000", "2024-01-01"), RoundingMode.HALF_UP);
    }

    @Nested
    class Revaluation {

        @Test
        void onlyOpenPartRevalued() {
            FxSettlement paid =
                    hundredYuan()
                            .settle(
                                    money("40.00", CNY),
                                    rate(CNY, THB, "5.0000", "2024-01-01"),
                                    ISSUED);

            FxRevaluation revalued =
                    paid.balance()
                            .revalue(
                                    rate(CNY, THB, "4.3000", "2024-01-31"),
                                    LocalDate.parse("2024-01-31"));

            assertThat(paid.difference().amount()).isEqualTo(money("0.00", THB));
            assertThat(paid.balance().open()).isEqualTo(money("60.00", CNY));
            assertThat(paid.balance().carrying()).isEqualTo(money("300.00", THB));
            assertThat(revalued.balance().carrying()).isEqualTo(money("258.00", THB));
            assertThat(revalued.difference().amount()).isEqualTo(money("-42.00", THB));
            assertThat(revalued.difference().kind()).isEqualTo(ExchangeDifferenceKind.UNREALIZED);
        }

        @Test
        void laterPaymentMeasuredFromRevalued() {
            ForeignCurrencyBalance revalued =
                    hundredYuan()
                            .settle(
                                    money("40.00", CNY),
                                    rate(CNY, THB, "5.0000", "2024-01-01"),
                                    ISSUED)
                            .balance()
                            .revalue(
                                    rate(CNY, THB, "4.3000", "2024-01-31"),
                                    LocalDate.parse("2024-01-31"))
                            .balance();

            FxSettlement rest =
                    revalued.settle(
                            money("60.00", CNY),
                            rate(CNY, THB, "4.5000", "2024-02-10"),
                            LocalDate.parse("2024-02-10"));

            assertThat(rest.worth()).isEqualTo(money("270.00", THB));
            assertThat(rest.released()).isEqualTo(money("258.00", THB));
            assertThat(rest.difference().amount()).isEqualTo(money("12.00", THB));
            assertThat(rest.balance().open()).isEqualTo(money("0.00", CNY));
            assertThat(rest.balance().carrying()).isEqualTo(money("0.00", THB));
        }
    }

    @Nested
    class Settlement {

        @ParameterizedTest
        @CsvSource({
            "100.00, 5.5000, 550.00, 500.00, 50.00, 0.00",
            "100.00, 4.0000, 400.00, 500.00, -100.00, 0.00",
            "33.33, 5.1000, 169.98, 166.65, 3.33, 333.35",
        })
        void realizedAgainstCarrying(
                String paid,
                String factor,
                String worth,
                String released,
                String difference,
                String carryingLeft) {
            FxSettlement settlement =
                    hundredYuan()
                            .settle(money(paid, CNY), rate(CNY, THB, factor, "2024-01-20"), ISSUED);

            assertThat(settlement.worth()).isEqualTo(money(worth, THB));
            assertThat(settlement.released()).isEqualTo(money(released, THB));
            assertThat(settlement.difference().amount()).isEqualTo(money(difference, THB));
            assertThat(settlement.balance().carrying()).isEqualTo(money(carryingLeft, THB));
        }

        @Test
        void overpaymentRejected() {
            assertThatThrownBy(
                            () ->
                                    hundredYuan()
                                            .settle(
                                                    money("100.01", CNY),
                                                    rate(CNY, THB, "5", "2024-01-20"),
                                                    ISSUED))
                    .hasMessageContaining("credit");
        }

        @Test
        void wrongRatePairRejected() {
            assertThatThrownBy(
                            () ->
                                    hundredYuan()
                                            .settle(
                                                    money("1.00", CNY),
                                                    rate(EUR, THB, "5", "2024-01-20"),
                                                    ISSUED))
                    .isInstanceOf(CurrencyMismatchException.class);
        }
    }

    @Nested
    class Rates {

        @Test
        void tableCarriesLatestRate() {
            FixedRateTable table =
                    FixedRateTable.of(
                            rate(EUR, TRY, "35.1000", "2025-01-03"),
                            rate(EUR, TRY, "35.4000", "2025-01-06"));

            assertThat(table.rate(EUR, TRY, LocalDate.parse("2025-01-05")).map(FxRate::factor))
                    .contains(new BigDecimal("35.1000"));
            assertThat(table.rate(EUR, TRY, LocalDate.parse("2025-01-06")).map(FxRate::factor))
                    .contains(new BigDecimal("35.4000"));
            assertThat(table.rate(EUR, TRY, LocalDate.parse("2025-01-02"))).isEmpty();
            assertThat(table.rate(TRY, EUR, LocalDate.parse("2025-01-06"))).isEmpty();
        }

        @Test
        void duplicateRateRejected() {
            assertThatThrownBy(
                            () ->
                                    FixedRateTable.of(
                                            rate(EUR, TRY, "35", "2025-01-03"),
                                            rate(EUR, TRY, "36", "2025-01-03")))
                    .isInstanceOf(InvalidInputException.class);
        }

        @Test
        void jsrProviderAdapted() {
            Jsr354RateSource source = Jsr354RateSource.of(new OneRateProvider());

            Optional<FxRate> rate = source.rate(EUR, TRY, LocalDate.parse("2025-01-03"));

            assertThat(rate.map(FxRate::factor)).contains(new BigDecimal("35.25"));
            assertThat(source.rate(TRY, EUR, LocalDate.parse("2025-01-03"))).isEmpty();
        }
    }

    @Nested
    class DifferenceInvoices {

        private final ExchangeDifference gain =
                new ExchangeDifference(
                        ExchangeDifferenceKind.REALIZED,
                        LocalDate.parse("2025-02-10"),
                        money("1200.00", TRY),
                        rate(EUR, TRY, "36", "2025-02-10"));

        @ParameterizedTest
        @CsvSource({
            "INCLUSIVE, 1000.00, 200.00, 1200.00",
            "EXCLUSIVE, 1200.00, 240.00, 1440.00",
        })
        void vatFollowsBasis(VatBasis basis, String net, String vat, String gross) {
            ExchangeDifferenceInvoice invoice =
                    ExchangeDifferenceInvoice.forDifference(
                            gain,
                            InvoiceId.random(),
                            "INV-1",
                            new BigDecimal("20"),
                            basis,
                            RoundingMode.HALF_UP);

            assertThat(invoice.direction()).isEqualTo(Direction.RECEIVABLE);
            assertThat(invoice.net()).isEqualTo(money(net, TRY));
            assertThat(invoice.vat()).isEqualTo(money(vat, TRY));
            assertThat(invoice.gross()).isEqualTo(money(gross, TRY));
        }

        @Test
        void lossExpectedFromCustomer() {
            ExchangeDifference loss =
                    new ExchangeDifference(
                            ExchangeDifferenceKind.REALIZED,
                            gain.date(),
                            money("-120.00", TRY),
                            gain.rate());

            ExchangeDifferenceInvoice invoice =
                    ExchangeDifferenceInvoice.forDifference(
                            loss,
                            InvoiceId.random(),
                            "INV-1",
                            new BigDecimal("20"),
                            VatBasis.INCLUSIVE,
                            RoundingMode.HALF_UP);

            assertThat(invoice.direction()).isEqualTo(Direction.PAYABLE);
            assertThat(invoice.gross()).isEqualTo(money("120.00", TRY));
        }

        @Test
        void unrealizedNotInvoiced() {
            ExchangeDifference unrealized =
                    new ExchangeDifference(
                            ExchangeDifferenceKind.UNREALIZED,
                            gain.date(),
                            gain.amount(),
                            gain.rate());

            assertThatThrownBy(
                            () ->
                                    ExchangeDifferenceInvoice.forDifference(
                                            unrealized,
                                            InvoiceId.random(),
                                            "INV-1",
                                            new BigDecimal("20"),
                                            VatBasis.INCLUSIVE,
                                            RoundingMode.HALF_UP))
                    .isInstanceOf(InvalidInputException.class);
        }
    }

    /** A JSR 354 provider with one EUR to TRY rate, as a host's own provider would serve it. */
    private static final class OneRateProvider implements ExchangeRateProvider {
        private final ProviderContext context =
                ProviderContextBuilder.of("TEST", RateType.HISTORIC).build();

        @Override
        public ProviderContext getContext() {
            return context;
        }

        @Override
        public ExchangeRate getExchangeRate(ConversionQuery query) {
            if (!query.getBaseCurrency().equals(EUR) || !query.getCurrency().equals(TRY)) {
                throw new javax.money.MonetaryException("no rate");
            }
            return new FixedRate(context);
        }

        @Override
        public CurrencyConversion getCurrencyConversion(ConversionQuery query) {
            throw new UnsupportedOperationException("not used by the adapter");
        }
    }

    /** One EUR to TRY rate of 35.25. */
    private record FixedRate(ProviderContext provider) implements ExchangeRate {
        @Override
        public ConversionContext getContext() {
            return ConversionContext.of(provider.getProviderName(), RateType.HISTORIC);
        }

        @Override
        public CurrencyUnit getBaseCurrency() {
            return EUR;
        }

        @Override
        public CurrencyUnit getCurrency() {
            return TRY;
        }

        @Override
        public NumberValue getFactor() {
            return new DefaultNumberValue(new BigDecimal("35.25"));
        }

        @Override
        public java.util.List<ExchangeRate> getExchangeRateChain() {
            return java.util.List.of(this);
        }
    }
}
