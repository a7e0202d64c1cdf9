package io.github.tahsilat.report;

import static io.github.tahsilat.report.ReportFixtures.COMPANY;
import static io.github.tahsilat.report.ReportFixtures.plain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.fx.FixedRateTable;
import io.github.tahsilat.fx.MissingRateException;
import io.github.tahsilat.fx.spi.FxRate;
import io.github.tahsilat.invoice.Direction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FunctionalTotalsTest {

    private static final LocalDate AS_OF = LocalDate.parse("2025-06-30");
    private static final LocalDate RATE_DATE = LocalDate.parse("2025-06-27");
    private static final CurrencyUnit TRY = Monetary.getCurrency("TRY");
    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    private static final UUID CUSTOMER = UUID.fromString("00000000-0000-0000-0000-0000000000a1");

    /** 35.5 TRY per EUR, dated before the rate date so the table carries it forward. */
    private static final FixedRateTable RATES =
            FixedRateTable.of(new FxRate(EUR, TRY, new BigDecimal("35.5"), RATE_DATE.minusDays(3)));

    /**
     * EUR: 100.00 current, 0.01 in 1-30, 0.03 over 90 days and 10.00 unapplied credit. TRY: 250.00
     * current.
     */
    private static AgingReport twoCurrencies() {
        long asOf = AS_OF.toEpochDay();
        CompactItems items =
                new CompactItems() {
                    @Override
                    public void forEach(Sink sink) {
                        sink.accept(CUSTOMER, "EUR", Direction.RECEIVABLE, 0, (int) asOf, 10_000);
                        sink.accept(CUSTOMER, "EUR", Direction.RECEIVABLE, 0, (int) asOf - 10, 1);
                        sink.accept(CUSTOMER, "EUR", Direction.RECEIVABLE, 0, (int) asOf - 120, 3);
                        sink.accept(CUSTOMER, "TRY", Direction.RECEIVABLE, 0, (int) asOf, 25_000);
                    }

                    @Override
                    public void forEach(Sink sink, CreditSink credits) {
                        forEach(sink);
                        credits.accept(CUSTOMER, "EUR", Direction.RECEIVABLE, 1_000);
                    }
                };
        return Aging.ofCompact(COMPANY, items, AgingOptions.asOf(AS_OF));
    }

    private static FunctionalTotals converted(RoundingMode mode) {
        return Aging.inFunctionalCurrency(twoCurrencies(), TRY, RATES, RATE_DATE, mode)
                .functionalTotals()
                .orElseThrow();
    }

    @Nested
    class Conversion {

        @ParameterizedTest
        @CsvSource({
            "HALF_UP,   3550.00, 0.36, 1.07, 3800.00, 0.36, 1.07",
            "HALF_EVEN, 3550.00, 0.36, 1.06, 3800.00, 0.36, 1.06"
        })
        void eachBucketRoundedOnItsOwn(
                RoundingMode mode,
                String euroCurrent,
                String euroLate,
                String euroOldest,
                String current,
                String late,
                String oldest) {
            FunctionalTotals totals = converted(mode);

            ConvertedTotal euro = totals.perCurrency().get(0);
            assertThat(euro.currency()).isEqualTo(EUR);
            assertThat(plain(euro.amounts().buckets()))
                    .containsExactly(euroCurrent, euroLate, "0.00", "0.00", euroOldest);
            assertThat(plain(totals.total().buckets()))
                    .containsExactly(current, late, "0.00", "0.00", oldest);
            assertThat(totals.roundingMode()).isEqualTo(mode);
        }

        @Test
        void counterpartyTotalAddsItsLines() {
            FunctionalTotals totals = converted(RoundingMode.HALF_UP);

            assertThat(totals.perCounterparty()).hasSize(1);
            CounterpartyTotal line = totals.perCounterparty().get(0);
            assertThat(line.counterpartyId().value()).isEqualTo(CUSTOMER);
            // EUR 100.00, 0.01 and 0.03 at 35.5, each rounded half up, then TRY 250.00 added.
            assertThat(plain(line.amounts().buckets()))
                    .containsExactly("3800.00", "0.36", "0.00", "0.00", "1.07");
            assertThat(plain(List.of(line.amounts().unappliedCredit()))).containsExactly("355.00");
        }

        @Test
        void creditConvertedApartFromBuckets() {
            FunctionalTotals totals = converted(RoundingMode.HALF_UP);

            assertThat(plain(List.of(totals.total().unappliedCredit()))).containsExactly("355.00");
            assertThat(plain(List.of(totals.total().total()))).containsExactly("3801.43");
        }

        @Test
        void functionalCurrencyCopiedWithoutRate() {
            FunctionalTotals totals = converted(RoundingMode.HALF_UP);

            ConvertedTotal lira = totals.perCurrency().get(1);
            assertThat(lira.rate()).isEmpty();
            assertThat(plain(lira.amounts().buckets()))
                    .containsExactly("250.00", "0.00", "0.00", "0.00", "0.00");
            assertThat(totals.perCurrency().get(0).rate().orElseThrow().factor())
                    .isEqualByComparingTo("35.5");
        }

        @Test
        void perCurrencyTotalsKeptUnconverted() {
            AgingReport report =
                    Aging.inFunctionalCurrency(
                            twoCurrencies(), TRY, RATES, RATE_DATE, RoundingMode.HALF_UP);

            assertThat(report.totals()).isEqualTo(twoCurrencies().totals());
            assertThat(report.lines()).isEqualTo(twoCurrencies().lines());
            assertThat(report.functionalTotals().orElseThrow().rateDate()).isEqualTo(RATE_DATE);
        }
    }

    @Nested
    class Rejections {

        @Test
        void missingRateNamesPairAndDate() {
            FixedRateTable none = FixedRateTable.of();

            assertThatThrownBy(
                            () ->
                                    Aging.inFunctionalCurrency(
                                            twoCurrencies(),
                                            TRY,
                                            none,
                                            RATE_DATE,
                                            RoundingMode.HALF_UP))
                    .isInstanceOf(MissingRateException.class)
                    .hasMessageContaining("EUR to TRY on 2025-06-27");
        }

        @Test
        void unnecessaryRoundingIsRejected() {
            assertThatThrownBy(
                            () ->
                                    Aging.inFunctionalCurrency(
                                            twoCurrencies(),
                                            TRY,
                                            RATES,
                                            RATE_DATE,
                                            RoundingMode.UNNECESSARY))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("roundingMode");
        }

        @Test
        void wrongSumIsRejected() {
            FunctionalTotals totals = converted(RoundingMode.HALF_UP);

            assertThatThrownBy(
                            () ->
                                    new FunctionalTotals(
                                            TRY,
                                            RATE_DATE,
                                            RoundingMode.HALF_UP,
                                            totals.perCurrency().subList(0, 1),
                                            totals.total()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("total");
        }
    }
}
