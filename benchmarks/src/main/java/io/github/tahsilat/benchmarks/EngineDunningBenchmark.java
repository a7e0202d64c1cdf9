package io.github.tahsilat.benchmarks;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.dunning.DunningLevel;
import io.github.tahsilat.dunning.DunningPolicy;
import io.github.tahsilat.dunning.PolicyBook;
import io.github.tahsilat.engine.Tahsilat;
import io.github.tahsilat.notice.Recipient;
import io.github.tahsilat.notification.spi.DeliveryResult;
import io.github.tahsilat.notification.spi.NotificationChannel;
import io.github.tahsilat.notification.spi.RenderedNotice;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.service.dunning.DunningRunRequest;
import io.github.tahsilat.service.dunning.DunningRunResult;
import io.github.tahsilat.service.dunning.DunningService;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Runs dunning through the engine ({@link Tahsilat} over {@link InMemoryStores}) for one as-of date
 * over 1,000,000 stored open items of 50,000 counterparties, with 10 % or 1 % of the items past
 * due. Scores are milliseconds per run.
 *
 * <p>The policy has three levels without fees: level 1 from 1 day past due, level 2 from 30 days
 * and level 3 from 60 days. No item had a notice before. Every counterparty has one e-mail
 * recipient, and the channel accepts every notice without keeping it. The dry run selects, decides
 * and composes the notices. The real run also claims each (item, level), renders and delivers the
 * notices, and records the results. Each measured iteration is one run on a fresh dunning store,
 * because a second run on the same date sends nothing. {@link DunningBenchmark} has the decision
 * alone on primitive arrays.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class EngineDunningBenchmark {

    static final int ITEMS = 1_000_000;
    static final int COUNTERPARTIES = 50_000;

    /** The share of the items past due on the run date. */
    @Param({"0.10", "0.01"})
    double overdue;

    final CompanyId companyId = new CompanyId(new UUID(1, 1));
    final DunningRunRequest request = DunningRunRequest.of(companyId, OpenItemData.AS_OF);
    OpenItemData data;
    Stores stores;
    DunningService dunning;

    @Setup(Level.Trial)
    public void fill() {
        data = OpenItemData.generate(ITEMS, COUNTERPARTIES, overdue, 7);
        stores = InMemoryStores.create();
        StoredInvoices.insertAll(stores, companyId.value(), data);
        Tahsilat engine = engine(stores);
        BenchmarkCompany.register(engine, companyId, data, c -> "Customer " + c);
        freshClaims();
        check();
    }

    /** Builds the service over the stored items and a dunning store without claims. */
    @Setup(Level.Iteration)
    public void freshClaims() {
        Stores withoutClaims = stores.withDunning(InMemoryStores.create().dunning());
        PolicyBook policies =
                PolicyBook.builder(
                                DunningPolicy.builder("standard")
                                        .level(DunningLevel.builder(1, 1).build())
                                        .level(DunningLevel.builder(2, 30).build())
                                        .level(DunningLevel.builder(3, 60).build())
                                        .build())
                        .build();
        dunning =
                engine(withoutClaims)
                        .dunning(
                                policies,
                                counterparty ->
                                        List.of(
                                                new Recipient(
                                                        "email",
                                                        "billing@example.com",
                                                        "text/plain")));
    }

    private static Tahsilat engine(Stores stores) {
        return Tahsilat.builder()
                .stores(stores)
                .clock(
                        Clock.fixed(
                                OpenItemData.AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC),
                                ZoneOffset.UTC))
                .notificationChannel(new AcceptingChannel())
                .build();
    }

    /** Checks that a dry run selects every overdue item, one notice per overdue counterparty. */
    private void check() {
        DunningRunResult result = dryRun();
        int asOf = (int) OpenItemData.AS_OF.toEpochDay();
        long overdueItems = 0;
        Set<Integer> overdueCounterparties = new HashSet<>();
        for (int i = 0; i < ITEMS; i++) {
            if (data.dueEpochDays()[i] < asOf) {
                overdueItems++;
                overdueCounterparties.add(data.counterparty()[i]);
            }
        }
        long lines = result.notices().stream().mapToLong(n -> n.lines().size()).sum();
        if (lines != overdueItems || result.notices().size() != overdueCounterparties.size()) {
            throw new IllegalStateException(
                    "expected "
                            + overdueItems
                            + " lines in "
                            + overdueCounterparties.size()
                            + " notices, but the dry run has "
                            + lines
                            + " lines in "
                            + result.notices().size());
        }
    }

    /** Returns the result of a dry run: selection, decisions and notices, nothing written. */
    @Benchmark
    public DunningRunResult dryRun() {
        return dunning.run(request.asDryRun());
    }

    /** Returns the result of a real run on a dunning store without claims. */
    @Benchmark
    public DunningRunResult realRun() {
        return dunning.run(request);
    }

    /** A channel that accepts every notice and keeps none. */
    static final class AcceptingChannel implements NotificationChannel {
        @Override
        public String name() {
            return "email";
        }

        @Override
        public DeliveryResult deliver(RenderedNotice notice) {
            return DeliveryResult.delivered();
        }
    }
}
