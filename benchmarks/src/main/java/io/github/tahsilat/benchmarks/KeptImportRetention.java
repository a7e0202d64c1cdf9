package io.github.tahsilat.benchmarks;

import io.github.tahsilat.persistence.spi.store.BankEntryStore;
import io.github.tahsilat.persistence.spi.store.ReconciliationQueueStore;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.service.reconciliation.ReconciliationResult;
import io.github.tahsilat.service.reconciliation.ReconciliationService;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Measures the heap that an import through an engine built with {@code keepMatchIndex()} keeps
 * reachable while it runs, against what its result keeps: the statement of {@code
 * ReconciliationBenchmark.engineKept}, 100,000 lines against 1,000,000 open items, each line
 * suggested and already queued.
 *
 * <p>The bank-entry and queue stores are wrapped so that each call to {@code findAll}, {@code
 * queuedKeys} or {@code queuedPositions} first takes a class histogram in the importing thread. A
 * histogram runs a full collection, so it counts only reachable objects. Each reading is the live
 * heap minus the one before the import, per line, after four imports that warm the code and queue
 * the lines. The first {@code findAll} is the look-up of recorded keys before the match. A second
 * one, after the match, runs only when the store's write version of the company changed in between,
 * which the in-memory store's does not here, because no line is booked. {@code queuedPositions}, or
 * {@code queuedKeys} for a store without its own {@code queuedPositions}, is the queue's look-up.
 * The largest reading is broken down by class. Each reading also counts the parsed histograms
 * before it, under 1 byte per line each.
 *
 * <p>Run it with a fixed heap: {@code java -Xms3g -Xmx3g -cp benchmarks/target/benchmarks.jar
 * io.github.tahsilat.benchmarks.KeptImportRetention}.
 */
public final class KeptImportRetention {

    private static final int WARM_UP_IMPORTS = 4;
    private static final int MEASURED_IMPORTS = 2;
    private static final int CLASSES_SHOWN = 16;

    /** The key of a histogram's total row. */
    private static final String TOTAL = "TOTAL";

    /** The histograms taken in the importing thread while {@link #armed} is true. */
    private final List<Reading> readings = new ArrayList<>();

    private volatile boolean armed;
    private int findAllCalls;

    private KeptImportRetention() {}

    /** A class histogram: bytes and instances by class name, with the total under "TOTAL". */
    private record Reading(String label, Map<String, long[]> byClass) {
        long totalBytes() {
            return byClass.get(TOTAL)[1];
        }
    }

    /** Prints the live heap of the import at each store call, and the largest one by class. */
    public static void main(String[] args) throws JMException {
        new KeptImportRetention().run();
    }

    private void run() throws JMException {
        ReconciliationBenchmark benchmark = new ReconciliationBenchmark();
        benchmark.generate();
        ReconciliationBenchmark.Engine engine = new ReconciliationBenchmark.Engine();
        engine.fill(benchmark, true, this::withReadings);
        ReconciliationService service = engine.service();
        for (int i = 0; i < WARM_UP_IMPORTS; i++) {
            service.importStatement(engine.statement);
        }
        int lines = engine.statement.lines().size();

        for (int round = 1; round <= MEASURED_IMPORTS; round++) {
            readings.clear();
            findAllCalls = 0;
            Reading before = histogram("before the import");
            armed = true;
            ReconciliationResult result = service.importStatement(engine.statement);
            armed = false;
            Reading withResult = histogram("after it, result held");
            readings.add(withResult);

            System.out.printf("import %d: %d lines suggested%n", round, result.suggested().size());
            Reading largest = withResult;
            for (Reading reading : readings) {
                System.out.printf(
                        "  %-34s %7.1f bytes per line%n",
                        reading.label(),
                        (reading.totalBytes() - before.totalBytes()) / (double) lines);
                if (reading.totalBytes() > largest.totalBytes()) {
                    largest = reading;
                }
            }
            if (round == MEASURED_IMPORTS) {
                printDifference(largest.label() + " minus before", before, largest, lines);
                printDifference(
                        largest.label() + " minus " + withResult.label(),
                        withResult,
                        largest,
                        lines);
            }
        }
    }

    /** Returns the stores with the bank-entry and queue stores wrapped to take readings. */
    private Stores withReadings(Stores stores) {
        return new Stores(
                stores.companies(),
                stores.counterparties(),
                stores.invoices(),
                stores.creditDocuments(),
                stores.events(),
                stores.payments(),
                stores.allocations(),
                stores.ledger(),
                stores.instruments(),
                stores.dunning(),
                reading(BankEntryStore.class, stores.bankEntries()),
                reading(ReconciliationQueueStore.class, stores.reconciliationQueue()),
                stores.paymentPlans(),
                stores.transactions());
    }

    /** Wraps {@code store} so that its look-ups take a reading first while armed. */
    private <T> T reading(Class<T> type, T store) {
        Object proxy =
                Proxy.newProxyInstance(
                        type.getClassLoader(),
                        new Class<?>[] {type},
                        (unused, method, arguments) -> {
                            readBefore(method);
                            try {
                                return method.invoke(store, arguments);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
        return type.cast(proxy);
    }

    private void readBefore(Method method) throws JMException {
        if (!armed) {
            return;
        }
        if (method.getName().equals("findAll")) {
            findAllCalls++;
            readings.add(histogram("at recorded-key look-up " + findAllCalls));
        } else if (method.getName().equals("queuedPositions")
                || method.getName().equals("queuedKeys")) {
            // The proxy intercepts only the import's call. A store's queuedPositions that calls
            // queuedKeys calls it on the store itself, so one look-up takes one reading.
            readings.add(histogram("at queue look-up"));
        }
    }

    /** Takes a class histogram, which runs a full collection first. */
    private static Reading histogram(String label) throws JMException {
        String text =
                (String)
                        ManagementFactory.getPlatformMBeanServer()
                                .invoke(
                                        new ObjectName("com.sun.management:type=DiagnosticCommand"),
                                        "gcClassHistogram",
                                        new Object[] {new String[0]},
                                        new String[] {String[].class.getName()});
        Map<String, long[]> byClass = new HashMap<>();
        for (String line : text.split("\n")) {
            String[] columns = line.trim().split("\\s+");
            if (columns[0].equals("Total")) {
                byClass.put(
                        TOTAL, new long[] {Long.parseLong(columns[1]), Long.parseLong(columns[2])});
            } else if (columns.length >= 4 && columns[0].endsWith(":")) {
                // A row is "rank: instances bytes class-name (module)".
                byClass.put(
                        columns[3],
                        new long[] {Long.parseLong(columns[1]), Long.parseLong(columns[2])});
            }
        }
        return new Reading(label, byClass);
    }

    /** Prints the classes whose bytes grew most from {@code from} to {@code to}, per line. */
    private static void printDifference(String title, Reading from, Reading to, int lines) {
        List<Map.Entry<String, long[]>> growth = new ArrayList<>();
        for (Map.Entry<String, long[]> entry : to.byClass().entrySet()) {
            long[] earlier = from.byClass().getOrDefault(entry.getKey(), new long[2]);
            growth.add(
                    Map.entry(
                            entry.getKey(),
                            new long[] {
                                entry.getValue()[0] - earlier[0], entry.getValue()[1] - earlier[1]
                            }));
        }
        growth.sort((first, second) -> Long.compare(second.getValue()[1], first.getValue()[1]));
        System.out.println(title + ": bytes per line, instances per line, class");
        for (Map.Entry<String, long[]> entry :
                growth.subList(0, Math.min(CLASSES_SHOWN, growth.size()))) {
            System.out.printf(
                    "  %7.1f %6.2f %s%n",
                    entry.getValue()[1] / (double) lines,
                    entry.getValue()[0] / (double) lines,
                    entry.getKey());
        }
    }
}
