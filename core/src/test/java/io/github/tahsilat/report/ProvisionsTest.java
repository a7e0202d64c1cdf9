package io.github.tahsilat.report;

import static io.github.tahsilat.report.ReportFixtures.eur;
import static io.github.tahsilat.report.ReportFixtures.plain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.invoice.InvoiceId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import javax.money.Monetary;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProvisionsTest {

    private static final DoubtfulReceivables RULE =
            DoubtfulReceivables.withThreshold(eur("500.00"));

    private static AgingAmounts row(String... buckets) {
        return new AgingAmounts(
                Monetary.getCurrency("EUR"),
                java.util.Arrays.stream(buckets).map(ReportFixtures::eur).toList(),
                eur("0.00"),
                eur("0.00"));
    }

    @Nested
    class Doubtful {

        @ParameterizedTest
        @CsvSource({
            "10000.00, true,  false, 0, LITIGATION",
            "10000.00, false, true,  5, ",
            "500.00,   false, true,  0, SMALL_AFTER_PROTEST",
            "500.01,   false, true,  0, ",
            "200.00,   false, false, 2, SMALL_AFTER_DEMANDS",
            "200.00,   false, false, 1, ",
            "0.00,     true,  true,  3, ",
        })
        void tableOfDoubtfulReceivables(
                String open,
                boolean litigation,
                boolean protested,
                int demands,
                DoubtfulReason expected) {
            ReceivableFacts facts =
                    new ReceivableFacts(
                            InvoiceId.random(), eur(open), litigation, protested, demands);

            assertThat(RULE.reason(facts)).isEqualTo(Optional.ofNullable(expected));
        }
    }

    @Nested
    class ExpectedCreditLoss {

        @Test
        void givenRatesPerBucket() {
            ProvisionMatrix matrix =
                    new ProvisionMatrix(
                            List.of(
                                    new BigDecimal("0.005"),
                                    new BigDecimal("0.02"),
                                    new BigDecimal("0.05"),
                                    new BigDecimal("0.10"),
                                    new BigDecimal("0.50")),
                            RoundingMode.HALF_UP);
            AgingAmounts aging = row("200.00", "200.00", "200.00", "200.00", "200.00");

            assertThat(plain(matrix.provisions(aging)))
                    .containsExactly("1.00", "4.00", "10.00", "20.00", "100.00");
            assertThat(matrix.total(aging)).isEqualTo(eur("135.00"));
        }

        @Test
        void provisionRoundsHalfUp() {
            ProvisionMatrix matrix =
                    new ProvisionMatrix(List.of(new BigDecimal("0.015")), RoundingMode.HALF_UP);

            assertThat(matrix.total(row("333.33"))).isEqualTo(eur("5.00"));
        }

        @Test
        void ratesFromHistoricalLoss() {
            ProvisionMatrix matrix =
                    ProvisionMatrix.fromHistoricalLoss(
                            List.of(eur("1000.00"), eur("300.00"), eur("0.00")),
                            List.of(eur("15.00"), eur("100.00"), eur("0.00")));

            assertThat(matrix.rates())
                    .containsExactly(
                            new BigDecimal("0.015000"),
                            new BigDecimal("0.333333"),
                            BigDecimal.ZERO);
        }

        @Test
        void rateAboveOneIsRejected() {
            assertThatThrownBy(
                            () ->
                                    new ProvisionMatrix(
                                            List.of(new BigDecimal("1.5")), RoundingMode.HALF_UP))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("rates[0]");
        }
    }
}
