package io.github.tahsilat.benchmarks;

import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.PageRequest;
import io.github.tahsilat.persistence.spi.store.Stores;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.UUID;

/**
 * Measures the heap that the in-memory store needs to hold open items: fills a store, forces
 * garbage collection and reports the growth of the used heap per item.
 *
 * <p>Run it with a fixed heap, so the collector settles before each reading: {@code java -Xms3g
 * -Xmx3g -cp benchmarks/target/benchmarks.jar io.github.tahsilat.benchmarks.OpenItemFootprint
 * [items]}. The default is 1,000,000 items over 50,000 counterparties.
 */
public final class OpenItemFootprint {

    private OpenItemFootprint() {}

    /** Prints the used heap before and after filling the store, and the bytes per item. */
    public static void main(String[] args) {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        OpenItemData data = OpenItemData.generate(items, 50_000, 0.5, 42);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

        long before = usedAfterGc(memory);
        Stores stores = InMemoryStores.create();
        UUID companyId = new UUID(1, 1);
        StoredInvoices.insertAll(stores, companyId, data);
        long after = usedAfterGc(memory);

        boolean found =
                stores.invoices().openItems(companyId, PageRequest.first(1)).next().isPresent();
        System.out.printf(
                "items=%d usedBefore=%d usedAfter=%d store=%.1f MB bytesPerItem=%d read=%b%n",
                items, before, after, (after - before) / 1e6, (after - before) / items, found);
        if (args.length > 1 && args[1].equals("--wait")) {
            System.out.println("waiting for a heap histogram; press Enter to end");
            try {
                System.in.read();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        // Keeps the store reachable until after the second reading.
        System.out.println(stores.invoices().getClass().getSimpleName());
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
