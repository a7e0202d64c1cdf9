package io.github.tahsilat.benchmarks;

import io.github.tahsilat.internal.money.MinorAmount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.FastMoney;
import org.javamoney.moneta.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sums open items into five aging buckets under different amount representations, to size the cost
 * of the domain's one amount type against plain longs, BigDecimal and Moneta's types.
 *
 * <p>Every variant does the same work on the same seeded data: for each item, find its bucket from
 * the days past due and add its amount to that bucket.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class AmountSumBenchmark {

    /** An open item as the domain holds it: exact minor units and a due date. */
    record MinorItem(MinorAmount open, LocalDate dueDate) {}

    @Param("1000000")
    int items;

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");

    long[] units;
    int[] dueEpochDays;
    MinorItem[] minorItems;
    BigDecimal[] decimals;
    FastMoney[] fastMoney;
    Money[] money;

    @Setup
    public void createItems() {
        SplittableRandom random = new SplittableRandom(42);
        units = new long[items];
        dueEpochDays = new int[items];
        minorItems = new MinorItem[items];
        decimals = new BigDecimal[items];
        fastMoney = new FastMoney[items];
        money = new Money[items];
        for (int i = 0; i < items; i++) {
            long cents = random.nextLong(1, 10_000_000);
            LocalDate due = AS_OF.minusDays(random.nextInt(-60, 180));
            units[i] = cents;
            dueEpochDays[i] = (int) due.toEpochDay();
            minorItems[i] = new MinorItem(new MinorAmount(cents, EUR), due);
            decimals[i] = BigDecimal.valueOf(cents, 2);
            fastMoney[i] = FastMoney.of(decimals[i], EUR);
            money[i] = Money.of(decimals[i], EUR);
        }
    }

    static int bucket(long daysPastDue) {
        if (daysPastDue <= 0) {
            return 0;
        }
        if (daysPastDue <= 30) {
            return 1;
        }
        if (daysPastDue <= 60) {
            return 2;
        }
        return daysPastDue <= 90 ? 3 : 4;
    }

    @Benchmark
    public long[] primitiveArrays() {
        long[] buckets = new long[5];
        int asOf = (int) AS_OF.toEpochDay();
        for (int i = 0; i < items; i++) {
            buckets[bucket(asOf - dueEpochDays[i])] += units[i];
        }
        return buckets;
    }

    @Benchmark
    public long[] minorAmountRecords() {
        long[] buckets = new long[5];
        long asOf = AS_OF.toEpochDay();
        for (MinorItem item : minorItems) {
            buckets[bucket(asOf - item.dueDate().toEpochDay())] += item.open().units();
        }
        return buckets;
    }

    @Benchmark
    public MinorAmount[] minorAmountArithmetic() {
        MinorAmount[] buckets = new MinorAmount[5];
        java.util.Arrays.fill(buckets, MinorAmount.zero(EUR));
        long asOf = AS_OF.toEpochDay();
        for (MinorItem item : minorItems) {
            int b = bucket(asOf - item.dueDate().toEpochDay());
            buckets[b] = buckets[b].plus(item.open());
        }
        return buckets;
    }

    @Benchmark
    public BigDecimal[] bigDecimal() {
        BigDecimal[] buckets = new BigDecimal[5];
        java.util.Arrays.fill(buckets, BigDecimal.ZERO);
        int asOf = (int) AS_OF.toEpochDay();
        for (int i = 0; i < items; i++) {
            int b = bucket(asOf - dueEpochDays[i]);
            buckets[b] = buckets[b].add(decimals[i]);
        }
        return buckets;
    }

    @Benchmark
    public MonetaryAmount[] fastMoney() {
        MonetaryAmount[] buckets = new MonetaryAmount[5];
        java.util.Arrays.fill(buckets, FastMoney.zero(EUR));
        int asOf = (int) AS_OF.toEpochDay();
        for (int i = 0; i < items; i++) {
            int b = bucket(asOf - dueEpochDays[i]);
            buckets[b] = buckets[b].add(fastMoney[i]);
        }
        return buckets;
    }

    @Benchmark
    public MonetaryAmount[] money() {
        MonetaryAmount[] buckets = new MonetaryAmount[5];
        java.util.Arrays.fill(buckets, Money.zero(EUR));
        int asOf = (int) AS_OF.toEpochDay();
        for (int i = 0; i < items; i++) {
            int b = bucket(asOf - dueEpochDays[i]);
            buckets[b] = buckets[b].add(money[i]);
        }
        return buckets;
    }
}
