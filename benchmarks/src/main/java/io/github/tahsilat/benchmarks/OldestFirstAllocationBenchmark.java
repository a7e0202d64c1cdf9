package io.github.tahsilat.benchmarks;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.allocation.AllocationResult;
import io.github.tahsilat.allocation.Allocator;
import io.github.tahsilat.allocation.CompactAllocation;
import io.github.tahsilat.allocation.CompactOpenItems;
import io.github.tahsilat.allocation.ItemSettlement;
import io.github.tahsilat.allocation.OpenItem;
import io.github.tahsilat.invoice.InvoiceId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Allocates 100,000 payments oldest due first, each to its counterparty's open items. Scores are
 * nanoseconds per payment. {@link TwiceTheInput} repeats the run with twice the payments,
 * counterparties and items, to check that the cost per payment stays flat.
 *
 * <p>Every counterparty has 11 open items and receives 5 payments. Payment {@code k} of a
 * counterparty starts at its item {@code 2k}, as if the earlier payments had settled the items
 * before it, and pays two items in full and half of the third. The baseline walks {@code long}
 * minor units in due order, and {@code baselineRead} also consumes per payment, as {@code long}s,
 * what {@code compactRead} consumes as amounts and units. The library side calls {@link
 * Allocator#allocate} with an iterator over the counterparty's {@link OpenItem}s from the same
 * start. {@code library} leaves each result unread, and {@code libraryRead} reads every amount of
 * it, so a result that builds its amounts only when they are read cannot pass for a fast one.
 * {@code compact} and {@code compactRead} do the same through {@link Allocator#allocateOldestFirst}
 * over the baseline's arrays, with each payment in minor units. {@code compactMoneyRead} gives each
 * payment as the library's {@code Money}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@OperationsPerInvocation(100_000)
public class OldestFirstAllocationBenchmark {

    static final int ITEMS_PER_COUNTERPARTY = 11;
    static final int PAYMENTS_PER_COUNTERPARTY = 5;

    int payments;
    int counterparties;

    /** Open minor units of counterparty {@code c}'s items, oldest first, from {@code c * 11}. */
    long[] openMinor;

    /** Due dates as epoch days, in the order of {@link #openMinor}. */
    int[] dueEpochDays;

    long[] settledMinor;
    CompactOpenItems compactItems;
    long[] paymentMinor;
    int[] paymentCounterparty;
    int[] paymentStart;
    List<List<OpenItem>> itemsByCounterparty;
    MonetaryAmount[] paymentAmounts;
    Allocator allocator = Allocator.of(AllocationPolicy.defaults());

    /** Returns the number of payments in one run. */
    int payments() {
        return 100_000;
    }

    @Setup
    public void generate() {
        payments = payments();
        counterparties = payments / PAYMENTS_PER_COUNTERPARTY;
        int items = counterparties * ITEMS_PER_COUNTERPARTY;
        OpenItemData data = OpenItemData.generate(items, counterparties, 0.6, 11);
        openMinor = new long[items];
        dueEpochDays = new int[items];
        settledMinor = new long[items];
        itemsByCounterparty = new ArrayList<>();
        for (int c = 0; c < counterparties; c++) {
            List<Integer> order = new ArrayList<>();
            for (int j = 0; j < ITEMS_PER_COUNTERPARTY; j++) {
                order.add(c * ITEMS_PER_COUNTERPARTY + j);
            }
            order.sort(
                    Comparator.comparingInt((Integer i) -> data.dueEpochDays()[i])
                            .thenComparing(i -> data.itemId(i).toString()));
            List<OpenItem> own = new ArrayList<>();
            for (int j = 0; j < ITEMS_PER_COUNTERPARTY; j++) {
                int i = order.get(j);
                openMinor[c * ITEMS_PER_COUNTERPARTY + j] = data.openMinor()[i];
                dueEpochDays[c * ITEMS_PER_COUNTERPARTY + j] = data.dueEpochDays()[i];
                own.add(
                        OpenItem.principalOnly(
                                new InvoiceId(data.itemId(i)),
                                1,
                                LocalDate.ofEpochDay(data.dueEpochDays()[i]),
                                OpenItemData.euros(data.openMinor()[i])));
            }
            itemsByCounterparty.add(own);
        }
        compactItems =
                CompactOpenItems.principalOnly(
                        Monetary.getCurrency("EUR"), openMinor, dueEpochDays);
        paymentMinor = new long[payments];
        paymentCounterparty = new int[payments];
        paymentStart = new int[payments];
        paymentAmounts = new MonetaryAmount[payments];
        for (int p = 0; p < payments; p++) {
            int c = p % counterparties;
            int start = (p / counterparties) * 2;
            int first = c * ITEMS_PER_COUNTERPARTY + start;
            paymentCounterparty[p] = c;
            paymentStart[p] = start;
            paymentMinor[p] = openMinor[first] + openMinor[first + 1] + openMinor[first + 2] / 2;
            paymentAmounts[p] = OpenItemData.euros(paymentMinor[p]);
        }
    }

    /** Returns the minor units applied; the settled units of each item go to {@code settled}. */
    @Benchmark
    public long baseline() {
        long applied = 0;
        for (int p = 0; p < payments; p++) {
            long left = paymentMinor[p];
            int from = paymentCounterparty[p] * ITEMS_PER_COUNTERPARTY;
            int end = from + ITEMS_PER_COUNTERPARTY;
            for (int i = from + paymentStart[p]; i < end && left > 0; i++) {
                long paid = Math.min(left, openMinor[i]);
                settledMinor[i] = paid;
                left -= paid;
            }
            applied += paymentMinor[p] - left;
        }
        return applied;
    }

    /**
     * Walks the items as {@link #baseline} does and consumes per payment what {@link #compactRead}
     * consumes, as {@code long}s: the amount, the unapplied units, zero for each of the two
     * write-offs, which a policy without tolerances never makes, and the settled units of every
     * item the payment reached. Against this, a read variant pays for its {@code MonetaryAmount}s
     * and not for its Blackhole calls.
     */
    @Benchmark
    public void baselineRead(Blackhole blackhole) {
        for (int p = 0; p < payments; p++) {
            long left = paymentMinor[p];
            int from = paymentCounterparty[p] * ITEMS_PER_COUNTERPARTY;
            int start = from + paymentStart[p];
            int end = from + ITEMS_PER_COUNTERPARTY;
            int i = start;
            for (; i < end && left > 0; i++) {
                long paid = Math.min(left, openMinor[i]);
                settledMinor[i] = paid;
                left -= paid;
            }
            blackhole.consume(paymentMinor[p]);
            blackhole.consume(left);
            blackhole.consume(0L);
            blackhole.consume(0L);
            for (int j = start; j < i; j++) {
                blackhole.consume(settledMinor[j]);
            }
        }
    }

    @Benchmark
    public void library(Blackhole blackhole) {
        LocalDate valueDate = OpenItemData.AS_OF;
        for (int p = 0; p < payments; p++) {
            List<OpenItem> own = itemsByCounterparty.get(paymentCounterparty[p]);
            AllocationResult result =
                    allocator.allocate(
                            paymentAmounts[p],
                            valueDate,
                            own.subList(paymentStart[p], own.size()).iterator());
            blackhole.consume(result);
        }
    }

    /**
     * Runs {@link #library} and reads every amount of each result as a {@link MonetaryAmount} into
     * the Blackhole, so that a result that builds its amounts on read pays for them here.
     */
    @Benchmark
    public void libraryRead(Blackhole blackhole) {
        LocalDate valueDate = OpenItemData.AS_OF;
        for (int p = 0; p < payments; p++) {
            List<OpenItem> own = itemsByCounterparty.get(paymentCounterparty[p]);
            AllocationResult result =
                    allocator.allocate(
                            paymentAmounts[p],
                            valueDate,
                            own.subList(paymentStart[p], own.size()).iterator());
            blackhole.consume(result.amount());
            blackhole.consume(result.unapplied());
            blackhole.consume(result.excessWrittenOff());
            for (ItemSettlement settlement : result.settlements()) {
                blackhole.consume(settlement.invoiceId());
                blackhole.consume(settlement.fee());
                blackhole.consume(settlement.interest());
                blackhole.consume(settlement.principal());
                blackhole.consume(settlement.discount());
                blackhole.consume(settlement.writeOff());
            }
        }
    }

    /**
     * Allocates the same payments through {@link Allocator#allocateOldestFirst} over the baseline's
     * arrays, writing the settled units into the baseline's array, and leaves each result unread.
     */
    @Benchmark
    public void compact(Blackhole blackhole) {
        for (int p = 0; p < payments; p++) {
            int from = paymentCounterparty[p] * ITEMS_PER_COUNTERPARTY;
            CompactAllocation result =
                    allocator.allocateOldestFirst(
                            paymentMinor[p],
                            compactItems,
                            from + paymentStart[p],
                            from + ITEMS_PER_COUNTERPARTY,
                            settledMinor);
            blackhole.consume(result);
        }
    }

    /**
     * Runs {@link #compact} and reads every total of each result as a {@link MonetaryAmount} into
     * the Blackhole, with the settled units of every item the money reached.
     */
    @Benchmark
    public void compactRead(Blackhole blackhole) {
        for (int p = 0; p < payments; p++) {
            int from = paymentCounterparty[p] * ITEMS_PER_COUNTERPARTY;
            int start = from + paymentStart[p];
            CompactAllocation result =
                    allocator.allocateOldestFirst(
                            paymentMinor[p],
                            compactItems,
                            start,
                            from + ITEMS_PER_COUNTERPARTY,
                            settledMinor);
            readCompact(blackhole, result, start);
        }
    }

    /**
     * Runs {@link #compactRead} with each payment given as the same {@code Money} that {@link
     * #libraryRead} allocates, so that the result returns it instead of building one.
     */
    @Benchmark
    public void compactMoneyRead(Blackhole blackhole) {
        for (int p = 0; p < payments; p++) {
            int from = paymentCounterparty[p] * ITEMS_PER_COUNTERPARTY;
            int start = from + paymentStart[p];
            CompactAllocation result =
                    allocator.allocateOldestFirst(
                            paymentAmounts[p],
                            compactItems,
                            start,
                            from + ITEMS_PER_COUNTERPARTY,
                            settledMinor);
            readCompact(blackhole, result, start);
        }
    }

    /**
     * Reads every total of {@code result} as a {@link MonetaryAmount}, and the settled units of
     * each item from {@code start} to the last one the payment reached, into the Blackhole.
     */
    private void readCompact(Blackhole blackhole, CompactAllocation result, int start) {
        blackhole.consume(result.amount());
        blackhole.consume(result.unapplied());
        blackhole.consume(result.excessWrittenOff());
        blackhole.consume(result.writeOff());
        for (int i = start; i < result.end(); i++) {
            blackhole.consume(settledMinor[i]);
        }
    }

    /** The same run with 200,000 payments over twice the counterparties and items. */
    @OperationsPerInvocation(200_000)
    public static class TwiceTheInput extends OldestFirstAllocationBenchmark {
        @Override
        int payments() {
            return 200_000;
        }
    }
}
