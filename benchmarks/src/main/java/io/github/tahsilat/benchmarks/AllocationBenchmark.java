package io.github.tahsilat.benchmarks;

import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.money.MoneyAllocator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Splits amounts into installments, and converts between Moneta and minor units. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AllocationBenchmark {

    private final MoneyAllocator allocator = MoneyAllocator.withRounding(RoundingMode.HALF_UP);
    private final MonetaryAmount total = Money.of(new BigDecimal("30000.00"), "USD");
    private final List<BigDecimal> thirds =
            List.of(new BigDecimal("33.334"), new BigDecimal("33.333"), new BigDecimal("33.333"));
    private final MinorAmount minor = new MinorAmount(123_456_789L, Monetary.getCurrency("TRY"));

    /** 50,000.00 TRY: a whole amount, whose number Moneta keeps as 5E+4. */
    private final MinorAmount wholeMinor = new MinorAmount(5_000_000L, Monetary.getCurrency("TRY"));

    @Benchmark
    public List<MonetaryAmount> splitInThreeEqualParts() {
        return allocator.splitEqually(total, 3);
    }

    @Benchmark
    public List<MonetaryAmount> splitInTwelveEqualParts() {
        return allocator.splitEqually(total, 12);
    }

    @Benchmark
    public List<MonetaryAmount> splitByThreePercentages() {
        return allocator.splitByPercentages(total, thirds);
    }

    @Benchmark
    public MinorAmount moneyToMinorUnits() {
        return MinorAmount.of(total, RoundingMode.HALF_UP);
    }

    @Benchmark
    public MonetaryAmount minorUnitsToMoney() {
        return minor.toMonetaryAmount();
    }

    @Benchmark
    public MonetaryAmount wholeMinorUnitsToMoney() {
        return wholeMinor.toMonetaryAmount();
    }
}
