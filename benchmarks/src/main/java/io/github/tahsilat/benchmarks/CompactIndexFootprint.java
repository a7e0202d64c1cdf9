package io.github.tahsilat.benchmarks;

import io.github.tahsilat.invoice.InvoiceId;
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
 * [items] [grown]}. The default is 1,000,000 items over 50,000 counterparties. With {@code grown},
 * the index starts empty, as an index kept from a store's feed does, and grows with {@link
 * CompactOpenItemIndex#ensureCapacity} as items arrive, each with its invoice id.
 */
public final class CompactIndexFootprint {

    private static final int COUNTERPARTIES = 50_000;

    private CompactIndexFootprint() {}

    /** Prints the used heap after each step and the bytes per item. */
    public static void main(String[] args) {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        boolean grown = args.length > 1 && args[1].equals("grown");
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
        CompactOpenItemIndex index =
                grown
                        ? new CompactOpenItemIndex(64, 16)
                        : new CompactOpenItemIndex(items, COUNTERPARTIES);
        index.ensureCapacity(0, COUNTERPARTIES);
        for (int c = 0; c < COUNTERPARTIES; c++) {
            index.nameCounterparty(c, names[c]);
        }
        for (int i = 0; i < items; i++) {
            if (grown) {
                index.ensureCapacity(i + 1, 0);
                index.put(
                        i,
                        numbers[i],
                        null,
                        data.counterparty()[i],
                        data.openMinor()[i],
                        OpenItemData.EUR,
                        data.dueEpochDays()[i],
                        new InvoiceId(data.itemId(i)));
            } else {
                index.put(
                        i,
                        numbers[i],
                        data.counterparty()[i],
                        data.openMinor()[i],
                        OpenItemData.EUR,
                        data.dueEpochDays()[i]);
            }
        }
        long withIndex = usedAfterGc(memory);

        System.out.printf(
                "%s items=%d numbers=%.1f MB (%d bytes per item) index=%.1f MB (%d bytes per item)"
                        + " size=%d%n",
                grown ? "grown" : "sized",
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
