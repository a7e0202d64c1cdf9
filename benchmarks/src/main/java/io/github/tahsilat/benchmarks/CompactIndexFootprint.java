package io.github.tahsilat.benchmarks;

import io.github.tahsilat.reconciliation.CompactOpenItemIndex;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Measures the heap that a {@link CompactOpenItemIndex} needs for open items, filled as {@code
 * ReconciliationBenchmark} fills it: forces garbage collection and reports the growth of the used
 * heap per item, first for the invoice-number strings alone and then for the index over them.
 *
 * <p>Run it with a fixed heap, so the collector settles before each reading: {@code java -Xms3g
 * -Xmx3g -cp benchmarks/target/benchmarks.jar io.github.tahsilat.benchmarks.CompactIndexFootprint
 * [items]}. The default is 1,000,000 items over 50,000 counterparties.
 */
public final class CompactIndexFootprint {

    private static final int COUNTERPARTIES = 50_000;

    private CompactIndexFootprint() {}

    /** Prints the used heap after each step and the bytes per item. */
    public static void main(String[] args) {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        OpenItemData data = OpenItemData.generate(items, COUNTERPARTIES, 0.6, 23);
        String[] names = new String[COUNTERPARTIES];
        for (int c = 0; c < COUNTERPARTIES; c++) {
            names[c] = "Customer " + c + " Ticaret A.S.";
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

        long before = usedAfterGc(memory);
        String[] numbers = new String[items];
        for (int i = 0; i < items; i++) {
            numbers[i] = OpenItemData.number(i);
        }
        long withNumbers = usedAfterGc(memory);
        CompactOpenItemIndex index = new CompactOpenItemIndex(items, COUNTERPARTIES);
        for (int c = 0; c < COUNTERPARTIES; c++) {
            index.nameCounterparty(c, names[c]);
        }
        for (int i = 0; i < items; i++) {
            index.put(
                    i,
                    numbers[i],
                    data.counterparty()[i],
                    data.openMinor()[i],
                    OpenItemData.EUR,
                    data.dueEpochDays()[i]);
        }
        long withIndex = usedAfterGc(memory);

        System.out.printf(
                "items=%d numbers=%.1f MB (%d bytes per item) index=%.1f MB (%d bytes per item)"
                        + " size=%d%n",
                items,
                (withNumbers - before) / 1e6,
                (withNumbers - before) / items,
                (withIndex - withNumbers) / 1e6,
                (withIndex - withNumbers) / items,
                index.size());
        // Keeps the numbers reachable until after the last reading.
        System.out.println(numbers[items - 1]);
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
