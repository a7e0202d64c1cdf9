package io.github.tahsilat.benchmarks;

import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.record.InvoiceRecord;
import io.github.tahsilat.persistence.spi.record.MatchCandidateView;
import io.github.tahsilat.persistence.spi.record.TaxId;
import io.github.tahsilat.persistence.spi.store.OpenReceivableListener;
import io.github.tahsilat.persistence.spi.store.Stores;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
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
 * Updates the outstanding amount of one of 100,000 open receivables in the in-memory store per
 * operation, as a partial settlement does, each update a write of its own. Scores are nanoseconds
 * per update.
 *
 * <p>{@code listener=none} runs with no feed listener, the cost every store pays. {@code
 * listener=counting} subscribes a listener that counts its calls, so the difference is what the
 * feed's report of each change costs the writer.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class InvoiceUpdateBenchmark {

    static final int ITEMS = 100_000;

    @Param({"none", "counting"})
    public String listener;

    private final UUID companyId = new UUID(1, 1);
    private Stores stores;
    private InvoiceRecord[] current;
    private int next;
    private long calls;

    @Setup
    public void fill() {
        OpenItemData data = OpenItemData.generate(ITEMS, 5_000, 0.5, 42);
        stores = InMemoryStores.create();
        StoredInvoices.insertAll(stores, companyId, data);
        current = new InvoiceRecord[ITEMS];
        for (int i = 0; i < ITEMS; i++) {
            current[i] = stores.invoices().find(companyId, data.itemId(i)).orElseThrow();
        }
        if (listener.equals("counting")) {
            stores.invoices().openReceivableFeed().orElseThrow().subscribe(new Counter());
        }
    }

    /** Raises or lowers one item's outstanding amount by one cent, so it stays open. */
    @Benchmark
    public InvoiceRecord updateOutstanding() {
        int i = next;
        next = i + 1 == ITEMS ? 0 : i + 1;
        InvoiceRecord stored = current[i];
        BigDecimal cent = BigDecimal.valueOf(1, 2);
        BigDecimal outstanding =
                stored.version() % 2 == 1
                        ? stored.outstanding().add(cent)
                        : stored.outstanding().subtract(cent);
        InvoiceRecord updated =
                stores.invoices().update(companyId, withOutstanding(stored, outstanding));
        current[i] = updated;
        return updated;
    }

    private static InvoiceRecord withOutstanding(InvoiceRecord invoice, BigDecimal outstanding) {
        return new InvoiceRecord(
                invoice.companyId(),
                invoice.id(),
                invoice.version(),
                invoice.direction(),
                invoice.number(),
                invoice.counterpartyId(),
                invoice.currency(),
                invoice.issueDate(),
                invoice.dueDate(),
                invoice.priceBasis(),
                invoice.lines(),
                invoice.schedule(),
                invoice.totals(),
                invoice.computedTotals(),
                outstanding,
                invoice.settled(),
                invoice.credited(),
                invoice.writtenOff(),
                invoice.status(),
                invoice.closedOn(),
                invoice.dispute(),
                invoice.termsNotation(),
                invoice.lastDunningLevel(),
                invoice.externalReference(),
                invoice.idempotencyKey(),
                invoice.lastWrite());
    }

    /** A listener that only counts its calls, so the score measures the feed's own work. */
    private final class Counter implements OpenReceivableListener {
        @Override
        public void counterpartyStored(
                UUID companyId,
                UUID counterpartyId,
                String name,
                List<String> ibans,
                Optional<TaxId> taxId) {
            calls++;
        }

        @Override
        public void counterpartyRemoved(UUID companyId, UUID counterpartyId) {
            calls++;
        }

        @Override
        public void opened(UUID companyId, int slot, MatchCandidateView item) {
            calls++;
        }

        @Override
        public void closed(UUID companyId, int slot) {
            calls++;
        }
    }
}
