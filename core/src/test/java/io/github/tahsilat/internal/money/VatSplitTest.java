package io.github.tahsilat.internal.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.money.Monetary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VatSplitTest {

    @ParameterizedTest
    @CsvSource({
        "TRY, 10000, 20, false, HALF_UP, 10000, 2000",
        "TRY, 10000, 20, true, HALF_UP, 8333, 1667",
        "TRY, 25, 10, false, HALF_UP, 25, 3",
        "TRY, 25, 10, false, HALF_EVEN, 25, 2",
        "JPY, 1000, 20, true, HALF_UP, 833, 167",
        "KWD, 10005, 15, false, HALF_UP, 10005, 1501",
        "EUR, 999, 0, true, HALF_UP, 999, 0",
    })
    void splitsAtRate(
            String currency,
            long units,
            BigDecimal rate,
            boolean inclusive,
            RoundingMode mode,
            long net,
            long vat) {
        MinorAmount amount = new MinorAmount(units, Monetary.getCurrency(currency));

        VatSplit split = VatSplit.of(amount, rate, inclusive, mode);

        assertThat(split.net().units()).isEqualTo(net);
        assertThat(split.vat().units()).isEqualTo(vat);
    }

    @Property
    void inclusiveSplitKeepsTheWhole(
            @ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long units,
            @ForAll @IntRange(min = 0, max = 100) int rate) {
        MinorAmount amount = new MinorAmount(units, Monetary.getCurrency("TRY"));

        VatSplit split = VatSplit.of(amount, BigDecimal.valueOf(rate), true, RoundingMode.HALF_UP);

        assertThat(split.gross()).isEqualTo(amount);
        assertThat(split.vat().units()).isBetween(0L, units);
    }

    @Property
    void exclusiveSplitKeepsTheNet(
            @ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long units,
            @ForAll @IntRange(min = 0, max = 100) int rate) {
        MinorAmount amount = new MinorAmount(units, Monetary.getCurrency("TRY"));

        VatSplit split = VatSplit.of(amount, BigDecimal.valueOf(rate), false, RoundingMode.HALF_UP);

        assertThat(split.net()).isEqualTo(amount);
        assertThat(split.gross().units()).isEqualTo(units + split.vat().units());
    }
}
