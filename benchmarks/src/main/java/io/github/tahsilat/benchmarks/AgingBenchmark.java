package io.github.tahsilat.benchmarks;

import io.github.tahsilat.company.Company;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.company.CompanySettings;
import io.github.tahsilat.engine.Tahsilat;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.report.Aging;
import io.github.tahsilat.report.AgingAmounts;
import io.github.tahsilat.report.AgingLine;
import io.github.tahsilat.report.AgingOptions;
import io.github.tahsilat.report.AgingReport;
import io.github.tahsilat.report.CompactItems;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;
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
 * Ages 1,000,000 open items of 50,000 counterparties as of one date, in the standard buckets, with
 * a total per counterparty and one for the company. Scores are nanoseconds per item.
 *
 * <p>Three sides do the same work on the same seeded items: a loop over primitive arrays, the
 * core's {@link Aging#ofCompact} over those arrays (what a host with its own store calls), and the
 * engine's report service over the in-memory store (what a host of the embedded store calls). Each
 * is scored twice: with its totals unread, and with every total read, as a {@link MonetaryAmount}
 * for the library, into a {@link Blackhole}, so a report that defers its work cannot look fast.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@OperationsPerInvocation(AgingBenchmark.ITEMS)
public class AgingBenchmark {

    static final int ITEMS = 1_000_000;
    static final int COUNTERPARTIES = 50_000;

    /** The seeded items and the library's view of them. */
    @State(Scope.Benchmark)
    public static class Items {
        OpenItemData data;
        CompactItems compact;
        AgingOptions options;
        CompanyId companyId = new CompanyId(new UUID(1, 1));

        @Setup
        public void generate() {
            data = OpenItemData.generate(ITEMS, COUNTERPARTIES, 0.6, 42);
            compact = new ArrayItems(data);
            options = AgingOptions.asOf(OpenItemData.AS_OF);
        }
    }

    /** The same items stored in the in-memory store, behind the engine. */
    @State(Scope.Benchmark)
    public static class Engine {
        Tahsilat tahsilat;

        @Setup
        public void fill(Items items) {
            Stores stores = InMemoryStores.create();
            StoredInvoices.insertAll(stores, items.companyId.value(), items.data);
            tahsilat =
                    Tahsilat.builder()
                            .stores(stores)
                            .clock(
                                    Clock.fixed(
                                            OpenItemData.AS_OF
                                                    .atStartOfDay()
                                                    .toInstant(ZoneOffset.UTC),
                                            ZoneOffset.UTC))
                            .build();
            // The report service ages only companies the store contains.
            tahsilat.companies()
                    .register(
                            Company.builder()
                                    .id(items.companyId)
                                    .legalName("Benchmark A.Ş.")
                                    .settings(
                                            CompanySettings.of(
                                                    Monetary.getCurrency(StoredInvoices.CURRENCY),
                                                    ZoneOffset.UTC))
                                    .build());
        }
    }

    /**
     * Hands the arrays to the core one item at a time, as a host's own store would, with the {@code
     * int} counterparty id as the counterparty's number.
     */
    static final class ArrayItems implements CompactItems {
        private final OpenItemData data;

        ArrayItems(OpenItemData data) {
            this.data = data;
        }

        @Override
        public void forEach(Sink sink) {
            int[] counterparty = data.counterparty();
            int[] issue = data.issueEpochDays();
            int[] due = data.dueEpochDays();
            long[] open = data.openMinor();
            for (int i = 0; i < data.items(); i++) {
                sink.accept(
                        data.counterpartyId(counterparty[i]),
                        StoredInvoices.CURRENCY,
                        Direction.RECEIVABLE,
                        issue[i],
                        due[i],
                        open[i]);
            }
        }

        @Override
        public void forEachIndexed(IndexedSink sink, CreditSink credits, CoverSink covers) {
            int[] counterparty = data.counterparty();
            int[] issue = data.issueEpochDays();
            int[] due = data.dueEpochDays();
            long[] open = data.openMinor();
            for (int i = 0; i < data.items(); i++) {
                sink.accept(
                        counterparty[i],
                        data.counterpartyId(counterparty[i]),
                        StoredInvoices.CURRENCY,
                        Direction.RECEIVABLE,
                        issue[i],
                        due[i],
                        open[i]);
            }
        }
    }

    /** Bucket totals per counterparty and for the company, in minor units. */
    record Totals(long[] perCounterparty, long[] company) {}

    static Totals ageArrays(OpenItemData data) {
        long[] perCounterparty = new long[data.counterparties() * 5];
        long[] company = new long[5];
        int asOf = (int) OpenItemData.AS_OF.toEpochDay();
        int[] counterparty = data.counterparty();
        int[] due = data.dueEpochDays();
        long[] open = data.openMinor();
        for (int i = 0; i < data.items(); i++) {
            int bucket = bucket(asOf - due[i]);
            perCounterparty[counterparty[i] * 5 + bucket] += open[i];
            company[bucket] += open[i];
        }
        return new Totals(perCounterparty, company);
    }

    /** Returns the standard bucket: current, 1-30, 31-60, 61-90, over 90 days past due. */
    static int bucket(int daysPastDue) {
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
    public Totals baseline(Items items) {
        return ageArrays(items.data);
    }

    @Benchmark
    public void baselineRead(Items items, Blackhole blackhole) {
        Totals totals = ageArrays(items.data);
        for (long total : totals.perCounterparty()) {
            blackhole.consume(total);
        }
        for (long total : totals.company()) {
            blackhole.consume(total);
        }
    }

    @Benchmark
    public AgingReport coreCompact(Items items) {
        return Aging.ofCompact(items.companyId, items.compact, items.options);
    }

    @Benchmark
    public void coreCompactRead(Items items, Blackhole blackhole) {
        readAll(Aging.ofCompact(items.companyId, items.compact, items.options), blackhole);
    }

    @Benchmark
    public AgingReport engineReport(Items items, Engine engine) {
        return engine.tahsilat.reports().aging(items.companyId, items.options);
    }

    @Benchmark
    public void engineReportRead(Items items, Engine engine, Blackhole blackhole) {
        readAll(engine.tahsilat.reports().aging(items.companyId, items.options), blackhole);
    }

    /** Reads every bucket amount and total of every line and of the company. */
    static void readAll(AgingReport report, Blackhole blackhole) {
        for (AgingLine line : report.lines()) {
            read(line.amounts(), blackhole);
        }
        for (AgingAmounts total : report.totals()) {
            read(total, blackhole);
        }
    }

    private static void read(AgingAmounts amounts, Blackhole blackhole) {
        for (MonetaryAmount bucket : amounts.buckets()) {
            blackhole.consume(bucket);
        }
        blackhole.consume(amounts.total());
    }
}
