package io.github.tahsilat.benchmarks;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.dunning.DunningLevel;
import io.github.tahsilat.dunning.DunningPolicy;
import io.github.tahsilat.dunning.FeeBasis;
import io.github.tahsilat.dunning.FixedFee;
import io.github.tahsilat.dunning.PolicyBook;
import io.github.tahsilat.engine.Tahsilat;
import io.github.tahsilat.notice.Recipient;
import io.github.tahsilat.notification.spi.DeliveryResult;
import io.github.tahsilat.notification.spi.NotificationChannel;
import io.github.tahsilat.notification.spi.RenderedNotice;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.report.AgingOptions;
import io.github.tahsilat.report.AgingReport;
import io.github.tahsilat.service.dunning.DunningRunRequest;
import io.github.tahsilat.service.dunning.DunningRunResult;
import io.github.tahsilat.service.dunning.DunningService;
import io.github.tahsilat.service.dunning.DunningUnit;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loads {@code invoices} open invoices into PostgreSQL through the JDBC store, then runs dunning
 * and aging over them through the engine, once (single-shot mode). The score is the time of all
 * three steps; the benchmark prints each step's time and the write rate on standard output.
 *
 * <p>The setup starts the stores over an embedded PostgreSQL server ({@link EmbeddedStores}) and
 * registers one company and {@code invoices / 100} customers through the engine. The invoices are
 * those of {@link OpenItemData}, one line, one installment and one VAT rate each, written {@value
 * #BATCH} to a transaction over one connection with pgjdbc's {@code reWriteBatchedInserts}. Dunning
 * runs a one-level policy with a fixed fee as {@value #UNITS} work units, one after the other, so
 * each unit reads its own customers' items; every notice goes to a channel that only counts it.
 * Aging is the engine's report as of {@link OpenItemData#AS_OF}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class JdbcLoadBenchmark {

    static final int BATCH = 1_000;
    static final int UNITS = 8;

    /** The number of invoices to write. */
    @Param("1000000")
    int invoices;

    /** The share of the invoices that are past due on the run date, from 0 to 1. */
    @Param("0.01")
    double overdueShare;

    private EmbeddedStores server;
    private Tahsilat engine;
    private CompanyId companyId;
    private OpenItemData data;
    private final AtomicInteger notices = new AtomicInteger();

    @Setup
    public void start() throws IOException, SQLException {
        server = EmbeddedStores.start();
        Stores stores = server.stores();
        engine =
                Tahsilat.builder()
                        .stores(stores)
                        .clock(
                                Clock.fixed(
                                        OpenItemData.AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC),
                                        ZoneOffset.UTC))
                        .notificationChannel(countingChannel())
                        .build();
        data = OpenItemData.generate(invoices, Math.max(1, invoices / 100), overdueShare, 11);
        companyId = CompanyId.random();
        BenchmarkCompany.register(engine, companyId, data, c -> "Müşteri " + c);
    }

    @TearDown
    public void stop() throws IOException, SQLException {
        server.close();
    }

    private NotificationChannel countingChannel() {
        return new NotificationChannel() {
            @Override
            public String name() {
                return "email";
            }

            @Override
            public DeliveryResult deliver(RenderedNotice notice) {
                notices.incrementAndGet();
                return DeliveryResult.delivered();
            }
        };
    }

    /** Returns the report after writing the invoices, running dunning and aging them. */
    @Benchmark
    public AgingReport writeDunAndAge() {
        long start = System.nanoTime();
        write();
        long written = System.nanoTime();
        int sent = dun();
        long dunned = System.nanoTime();
        AgingReport aging =
                engine.reports().aging(companyId, AgingOptions.asOf(OpenItemData.AS_OF));
        long aged = System.nanoTime();

        double writeSeconds = (written - start) / 1e9;
        System.out.printf(
                "%nwrite: %d invoices in %.1f s, %.0f invoices/s%n",
                invoices, writeSeconds, invoices / writeSeconds);
        System.out.printf(
                "dunning: %d units, %d notices in %.1f s%n", UNITS, sent, (dunned - written) / 1e9);
        System.out.printf("aging: %.1f s%n", (aged - dunned) / 1e9);
        return aging;
    }

    private void write() {
        StoredInvoices.insertInBatches(engine.stores(), companyId.value(), data, BATCH);
    }

    /** Runs dunning as {@value #UNITS} units and returns the number of notices sent. */
    private int dun() {
        PolicyBook policies =
                PolicyBook.builder(
                                DunningPolicy.builder("benchmark")
                                        .level(
                                                DunningLevel.builder(1, 1)
                                                        .fee(
                                                                new FixedFee(
                                                                        Money.of(5, "EUR"),
                                                                        FeeBasis.PER_NOTICE))
                                                        .build())
                                        .build())
                        .build();
        DunningService dunning =
                engine.dunning(
                        policies,
                        counterparty ->
                                List.of(
                                        new Recipient(
                                                "email", "billing@example.com", "text/plain")));
        DunningRunRequest request = DunningRunRequest.of(companyId, OpenItemData.AS_OF);
        int sent = 0;
        for (DunningUnit unit : dunning.units(request, UNITS)) {
            DunningRunResult result = dunning.runUnit(unit);
            sent += result.notices().size();
        }
        if (sent != notices.get()) {
            throw new IllegalStateException(
                    "the units reported " + sent + " notices and the channel " + notices.get());
        }
        return sent;
    }
}
