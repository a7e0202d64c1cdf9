package io.github.tahsilat.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.javamoney.moneta.Money;

/** Invariants of every split: nothing created or lost, no sign flips, each part near its share. */
class MoneyAllocatorPropertiesTest {

    record Case(MonetaryAmount total, List<BigDecimal> ratios, RoundingMode mode) {}

    @Property(tries = 2000)
    void partsAddUpToTheWhole(@ForAll("cases") Case c) {
        List<MonetaryAmount> parts = split(c);

        assertThat(parts).hasSize(c.ratios().size());
        assertThat(MoneyAllocatorTest.sum(parts).isEqualTo(c.total())).isTrue();
    }

    @Property(tries = 2000)
    void noPartHasTheOppositeSign(@ForAll("cases") Case c) {
        for (MonetaryAmount part : split(c)) {
            assertThat(part.signum() * c.total().signum()).isGreaterThanOrEqualTo(0);
        }
    }

    @Property(tries = 2000)
    void everyPartWithinOneMinorUnitOfItsShare(@ForAll("cases") Case c) {
        List<MonetaryAmount> parts = split(c);
        BigDecimal ratioSum = c.ratios().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal minorUnit =
                BigDecimal.ONE.movePointLeft(MoneyRounding.fractionDigits(c.total()));
        BigDecimal total = c.total().getNumber().numberValue(BigDecimal.class);

        for (int i = 0; i < parts.size(); i++) {
            BigDecimal part = parts.get(i).getNumber().numberValue(BigDecimal.class);
            // |part - total * ratio / sum| <= one minor unit, multiplied through by sum to stay
            // exact.
            BigDecimal deviation =
                    part.multiply(ratioSum).subtract(total.multiply(c.ratios().get(i))).abs();
            assertThat(deviation).isLessThanOrEqualTo(minorUnit.multiply(ratioSum));
        }
    }

    @Property(tries = 500)
    void equalSplitsDifferByAtMostOneMinorUnit(
            @ForAll("totals") MonetaryAmount total,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 60) int count) {
        List<MonetaryAmount> parts =
                MoneyAllocator.withRounding(RoundingMode.HALF_UP).splitEqually(total, count);
        BigDecimal minorUnit = BigDecimal.ONE.movePointLeft(MoneyRounding.fractionDigits(total));

        BigDecimal max =
                parts.stream()
                        .map(p -> p.getNumber().numberValue(BigDecimal.class))
                        .max(BigDecimal::compareTo)
                        .orElseThrow();
        BigDecimal min =
                parts.stream()
                        .map(p -> p.getNumber().numberValue(BigDecimal.class))
                        .min(BigDecimal::compareTo)
                        .orElseThrow();

        assertThat(max.subtract(min)).isLessThanOrEqualTo(minorUnit);
        assertThat(MoneyAllocatorTest.sum(parts).isEqualTo(total)).isTrue();
    }

    private static List<MonetaryAmount> split(Case c) {
        return MoneyAllocator.withRounding(c.mode()).splitByRatios(c.total(), c.ratios());
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<List<BigDecimal>> ratios =
                Arbitraries.bigDecimals()
                        .between(BigDecimal.ZERO, new BigDecimal("1000"))
                        .ofScale(3)
                        .list()
                        .ofMinSize(1)
                        .ofMaxSize(25)
                        .filter(list -> list.stream().anyMatch(r -> r.signum() > 0));
        Arbitrary<RoundingMode> modes =
                Arbitraries.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN);
        return Combinators.combine(totals(), ratios, modes).as(Case::new);
    }

    @Provide
    Arbitrary<MonetaryAmount> totals() {
        Arbitrary<String> currencies =
                Arbitraries.of("EUR", "TRY", "USD", "JPY", "CLP", "KWD", "BHD", "TND");
        Arbitrary<Long> units =
                Arbitraries.oneOf(
                        Arbitraries.longs().between(-1_000, 1_000),
                        Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L));
        return Combinators.combine(currencies, units)
                .as(
                        (currency, minor) -> {
                            int digits =
                                    Money.of(0, currency).getCurrency().getDefaultFractionDigits();
                            return (MonetaryAmount)
                                    Money.of(BigDecimal.valueOf(minor, digits), currency);
                        });
    }
}
