package io.github.tahsilat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.javamoney.moneta.Money;

class RollRatePropertiesTest {

    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");

    /** Between two and six month-ends of five buckets, each amount in cents from 0 to 10,000.00. */
    @Provide
    Arbitrary<List<List<Long>>> histories() {
        return Arbitraries.longs()
                .between(0, 1_000_000)
                .list()
                .ofSize(5)
                .list()
                .ofMinSize(2)
                .ofMaxSize(6);
    }

    private static MonetaryAmount cents(long units) {
        return Money.of(BigDecimal.valueOf(units, 2), EUR);
    }

    private static List<AgingAmounts> monthEnds(List<List<Long>> history) {
        List<AgingAmounts> ends = new ArrayList<>();
        for (List<Long> buckets : history) {
            ends.add(
                    new AgingAmounts(
                            EUR,
                            buckets.stream().map(RollRatePropertiesTest::cents).toList(),
                            cents(0),
                            cents(0)));
        }
        return ends;
    }

    @Property
    void lossRatesRiseWithAge(
            @ForAll("histories") List<List<Long>> history,
            @ForAll("writeOffs") List<Long> writeOffs) {
        List<MonetaryAmount> writtenOff = new ArrayList<>();
        for (int month = 1; month < history.size(); month++) {
            writtenOff.add(cents(writeOffs.get(month - 1)));
        }

        List<BigDecimal> rates =
                ProvisionMatrix.fromRollRates(monthEnds(history), writtenOff).rates();

        assertThat(rates).hasSize(5);
        for (int bucket = 0; bucket < rates.size(); bucket++) {
            assertThat(rates.get(bucket)).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
            if (bucket > 0) {
                assertThat(rates.get(bucket - 1)).isLessThanOrEqualTo(rates.get(bucket));
            }
        }
    }

    /** Five write-offs in cents, enough for the longest history. */
    @Provide
    Arbitrary<List<Long>> writeOffs() {
        return Arbitraries.longs().between(0, 200_000).list().ofSize(5);
    }
}
