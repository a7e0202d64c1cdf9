package io.github.tahsilat.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Measures the heap that an engine built with {@code keepMatchIndex()} adds to the in-memory store
 * for its kept match index, with the store, counterparties and items of {@code
 * ReconciliationBenchmark}: fills the store under an engine without the index, then a second store
 * under an engine with it, forcing garbage collection after each, and reports both per open item.
 *
 * <p>Run it with a fixed heap, so the collector settles before each reading: {@code java -Xms3g
 * -Xmx3g -cp benchmarks/target/benchmarks.jar io.github.tahsilat.benchmarks.KeptIndexFootprint}.
 * The store contains 1,000,000 open items over 50,000 counterparties.
 */
public final class KeptIndexFootprint {

    private KeptIndexFootprint() {}

    /** Prints the heap of the store alone and of the kept index, in total and per open item. */
    public static void main(String[] args) {
        ReconciliationBenchmark benchmark = new ReconciliationBenchmark();
        benchmark.generate();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

        long before = usedAfterGc(memory);
        ReconciliationBenchmark.Engine engine = new ReconciliationBenchmark.Engine();
        engine.fill(benchmark, false);
        long withStore = usedAfterGc(memory);
        boolean keptBefore = engine.tahsilat.keepsMatchIndex();

        engine = new ReconciliationBenchmark.Engine();
        engine.fill(benchmark, true);
        long withKeptIndex = usedAfterGc(memory);

        int items = ReconciliationBenchmark.ITEMS;
        long store = withStore - before;
        long keptIndex = withKeptIndex - before - store;
        System.out.printf(
                "items=%d store=%.1f MB (%d bytes per item) keptIndex=%.1f MB (%d bytes per item)"
                        + " together=%.1f MB kept=%b/%b%n",
                items,
                store / 1e6,
                store / items,
                keptIndex / 1e6,
                keptIndex / items,
                (store + keptIndex) / 1e6,
                keptBefore,
                engine.tahsilat.keepsMatchIndex());
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
