package io.github.tahsilat.internal.dunning;

import static io.github.tahsilat.internal.dunning.DunningFixture.eur;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.dunning.DunningBlock;
import io.github.tahsilat.dunning.DunningLevel;
import io.github.tahsilat.dunning.DunningPolicy;
import io.github.tahsilat.dunning.PolicyBook;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.notice.NoticeLine;
import io.github.tahsilat.notification.RecordingChannel;
import io.github.tahsilat.notification.spi.DeliveryResult;
import io.github.tahsilat.notification.spi.DeliveryResult.DeliveryStatus;
import io.github.tahsilat.notification.spi.NotificationChannel;
import io.github.tahsilat.notification.spi.RenderedNotice;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.service.dunning.DeliveryFailure;
import io.github.tahsilat.service.dunning.DunningRunRequest;
import io.github.tahsilat.service.dunning.DunningRunResult;
import io.github.tahsilat.service.dunning.ExclusionReason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DunningRunTest {

    private static final LocalDate LEVEL_TWO_DAY = LocalDate.of(2025, 3, 20);

    private final DunningFixture fixture = new DunningFixture(InMemoryStores.create());
    private final RecordingChannel email = new RecordingChannel("email");

    private DunningRunResult run(NotificationChannel channel, LocalDate asOf) {
        return fixture.service(List.of(channel), RunHook.NONE)
                .run(DunningRunRequest.of(fixture.companyId, asOf));
    }

    @Nested
    class ParallelRuns {

        /**
         * Parks two runs after selection until both have selected, then lets them claim: each
         * selected the same item, so only the store's claim can keep the second from sending.
         */
        private void race(Stores first, Stores second) throws Exception {
            CountDownLatch selected = new CountDownLatch(2);
            RunHook park =
                    runKey -> {
                        selected.countDown();
                        try {
                            assertThat(selected.await(10, TimeUnit.SECONDS)).isTrue();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    };
            DunningRunRequest request = DunningRunRequest.of(fixture.companyId, LEVEL_TWO_DAY);
            CompletableFuture<DunningRunResult> a =
                    CompletableFuture.supplyAsync(
                            () -> DunningFixture.service(first, List.of(email), park).run(request));
            CompletableFuture<DunningRunResult> b =
                    CompletableFuture.supplyAsync(
                            () ->
                                    DunningFixture.service(second, List.of(email), park)
                                            .run(request));
            a.get(20, TimeUnit.SECONDS);
            b.get(20, TimeUnit.SECONDS);
        }

        @Test
        void twoRunsAtOnceSendAndChargeOnce() throws Exception {
            Counterparty customer = fixture.customer("Ege Boya Ltd.");
            fixture.invoice(customer, "A", "500.00");

            race(fixture.stores, fixture.stores);

            assertThat(email.delivered()).hasSize(1);
            assertThat(fixture.feesBooked(customer)).isEqualByComparingTo("10.00");
        }

        @Test
        void twoRunsRetryAFailedNoticeOnce() throws Exception {
            Counterparty customer = fixture.customer("Ege Boya Ltd.");
            fixture.invoice(customer, "A", "500.00");
            email.thenReturn(DeliveryResult.failed("mail server timed out"));
            run(email, LEVEL_TWO_DAY.minusDays(1));

            race(fixture.stores, fixture.stores);

            assertThat(email.attempts()).hasSize(2);
            assertThat(email.delivered()).hasSize(1);
            assertThat(fixture.feesBooked(customer)).isEqualByComparingTo("10.00");
        }

        @Test
        void runsWithoutASharedClaimSendTwice() throws Exception {
            Counterparty customer = fixture.customer("Ege Boya Ltd.");
            fixture.invoice(customer, "A", "500.00");
            Stores shared = fixture.stores;
            Stores ownClaims =
                    new Stores(
                            shared.companies(),
                            shared.counterparties(),
                            shared.invoices(),
                            shared.creditDocuments(),
                            shared.events(),
                            shared.payments(),
                            shared.allocations(),
                            shared.ledger(),
                            shared.instruments(),
                            InMemoryStores.create().dunning(),
                            shared.bankEntries(),
                            shared.reconciliationQueue(),
                            shared.paymentPlans(),
                            shared.transactions());

            race(shared, ownClaims);

            assertThat(email.delivered()).hasSize(2);
            assertThat(fixture.feesBooked(customer)).isEqualByComparingTo("20.00");
        }
    }

    @Nested
    class FailedDeliveries {

        @Test
        void failedNoticeIsRetriedWithTheSameId() {
            Counterparty customer = fixture.customer("Ege Boya Ltd.");
            fixture.invoice(customer, "A", "500.00");
            email.thenReturn(DeliveryResult.failed("mail server timed out"));

            DunningRunResult first = run(email, LEVEL_TWO_DAY);
            DunningRunResult second = run(email, LEVEL_TWO_DAY.plusDays(1));
            DunningRunResult third = run(email, LEVEL_TWO_DAY.plusDays(2));

            assertThat(first.failures())
                    .extracting(DeliveryFailure::status)
                    .containsExactly(DeliveryStatus.FAILED);
            assertThat(first.fees()).isEmpty();
            assertThat(second.fees()).extracting(f -> f.amount()).containsExactly(eur("10.00"));
            assertThat(third.notices()).isEmpty();
            List<RenderedNotice> offered =
                    email.attempts().stream().map(RecordingChannel.Attempt::notice).toList();
            assertThat(offered).hasSize(2);
            assertThat(offered.get(1).noticeId()).isEqualTo(offered.get(0).noticeId());
            assertThat(fixture.feesBooked(customer)).isEqualByComparingTo("10.00");
        }

        @Test
        void rejectedNoticeIsNotRetriedAndChargesNothing() {
            Counterparty customer = fixture.customer("Ege Boya Ltd.");
            Invoice invoice = fixture.invoice(customer, "A", "500.00");
            email.thenReturn(DeliveryResult.rejected("no such mailbox"));

            run(email, LEVEL_TWO_DAY);
            DunningRunResult second = run(email, LEVEL_TWO_DAY.plusDays(1));

            assertThat(second.notices()).isEmpty();
            assertThat(email.attempts()).hasSize(1);
            assertThat(fixture.feesBooked(customer)).isEqualByComparingTo(BigDecimal.ZERO);
            assertThat(
                            fixture.stores
                                    .dunning()
                                    .ofItem(fixture.companyId.value(), invoice.id().value()))
                    .extracting(d -> d.status().name())
                    .containsExactly("REJECTED");
        }

        @Test
        void throwingChannelDoesNotStopOtherNotices() {
            Counterparty first = fixture.customer("Ege Boya Ltd.");
            Counterparty second = fixture.customer("Marmara Kimya A.Ş.");
            fixture.invoice(first, "A", "500.00");
            fixture.invoice(second, "B", "300.00");
            NotificationChannel flaky =
                    new NotificationChannel() {
                        private boolean thrown;

                        @Override
                        public String name() {
                            return "email";
                        }

                        @Override
                        public synchronized DeliveryResult deliver(RenderedNotice notice) {
                            if (!thrown) {
                                thrown = true;
                                throw new IllegalStateException("connection reset");
                            }
                            return email.deliver(notice);
                        }
                    };

            DunningRunResult result = run(flaky, LEVEL_TWO_DAY);

            assertThat(result.notices()).hasSize(2);
            assertThat(result.failures())
                    .extracting(DeliveryFailure::reason)
                    .containsExactly(IllegalStateException.class.getName());
            assertThat(email.delivered()).hasSize(1);
        }
    }

    @Nested
    class Selection {

        @Test
        void counterpartyOnHoldIsSkippedWithItsReason() {
            Counterparty customer = fixture.customer("Ege Boya Ltd.");
            fixture.invoice(customer, "A", "500.00");
            fixture.engine.counterparties().putOnHold(fixture.companyId, customer.id(), "audit");

            DunningRunResult result = run(email, LEVEL_TWO_DAY);

            assertThat(result.notices()).isEmpty();
            assertThat(result.exclusions())
                    .extracting(e -> e.reason())
                    .containsExactly(ExclusionReason.COUNTERPARTY_ON_HOLD);
        }

        @Test
        void claimKeepsCurrencyScaleOfWholeAmount() {
            Counterparty customer = fixture.customer("Ege Boya Ltd.");
            Invoice invoice = fixture.invoice(customer, "A", "100");

            run(email, LEVEL_TWO_DAY);

            BigDecimal outstanding =
                    fixture.stores
                            .dunning()
                            .ofItem(fixture.companyId.value(), invoice.id().value())
                            .get(0)
                            .outstanding();
            assertThat(outstanding.scale()).isEqualTo(2);
            assertThat(outstanding.toPlainString()).isEqualTo("100.00");
        }

        @Test
        void disputedItemIsSkippedWithItsReason() {
            Counterparty customer = fixture.customer("Ege Boya Ltd.");
            Invoice invoice = fixture.invoice(customer, "A", "500.00");
            fixture.engine.invoices().openDispute(fixture.companyId, invoice.id(), "quality");

            DunningRunResult result = run(email, LEVEL_TWO_DAY);

            assertThat(result.notices()).isEmpty();
            assertThat(result.exclusions())
                    .extracting(e -> e.reason())
                    .containsExactly(ExclusionReason.DISPUTED);
        }
    }

    @Nested
    class ListedItems {

        private DunningRunResult[] runThreeDays(boolean listAll) {
            DunningPolicy policy =
                    DunningPolicy.builder("listing")
                            .level(DunningLevel.builder(1, 7).build())
                            .level(DunningLevel.builder(2, 14).build())
                            .listAllOverdueItems(listAll)
                            .build();
            DefaultDunningService service =
                    DunningFixture.service(
                            fixture.stores,
                            List.of(email),
                            RunHook.NONE,
                            PolicyBook.builder(policy).build());
            Counterparty customer = fixture.customer("Ege Boya Ltd.");
            fixture.invoice(customer, "A", "500.00", LocalDate.of(2025, 3, 1));
            fixture.invoice(customer, "B", "200.00", LocalDate.of(2025, 3, 5));
            Invoice disputed = fixture.invoice(customer, "C", "300.00", LocalDate.of(2025, 3, 1));
            fixture.engine.invoices().openDispute(fixture.companyId, disputed.id(), "quality");
            Invoice blocked = fixture.invoice(customer, "D", "100.00", LocalDate.of(2025, 3, 1));
            service.block(
                    fixture.companyId,
                    blocked.id(),
                    new DunningBlock(
                            "dispute", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1)));
            fixture.invoice(customer, "E", "50.00", LocalDate.of(2025, 3, 20));
            return new DunningRunResult[] {
                service.run(DunningRunRequest.of(fixture.companyId, LocalDate.of(2025, 3, 8))),
                service.run(DunningRunRequest.of(fixture.companyId, LocalDate.of(2025, 3, 12))),
                service.run(DunningRunRequest.of(fixture.companyId, LocalDate.of(2025, 3, 13)))
            };
        }

        private static List<String> lines(DunningRunResult run) {
            return run.notices().stream()
                    .flatMap(n -> n.lines().stream())
                    .map(NoticeLine::invoiceNumber)
                    .toList();
        }

        @Test
        void allOverdueItemsAreListed() {
            DunningRunResult[] runs = runThreeDays(true);

            // On March 8 B is 3 days past due, below level 1, and listed after A.
            assertThat(lines(runs[0])).containsExactly("A", "B");
            assertThat(lines(runs[1])).containsExactly("B", "A");
            assertThat(runs[1].notices()).singleElement().extracting(n -> n.level()).isEqualTo(1);
            assertThat(runs[2].notices()).isEmpty();
            assertThat(email.delivered()).hasSize(2);
        }

        @Test
        void listedItemKeepsItsDaysPastDue() {
            DunningRunResult[] runs = runThreeDays(true);

            NoticeLine listed = runs[1].notices().get(0).lines().get(1);
            assertThat(listed.daysPastDue()).isEqualTo(11);
            assertThat(listed.outstanding()).isEqualTo(eur("500.00"));
        }

        @Test
        void defaultListsOnlyNewLevels() {
            DunningRunResult[] runs = runThreeDays(false);

            assertThat(lines(runs[0])).containsExactly("A");
            assertThat(lines(runs[1])).containsExactly("B");
            assertThat(runs[2].notices()).isEmpty();
        }
    }

    @Nested
    class DryRunAndHistory {

        @Test
        void dryRunReturnsTheResultAndWritesNothing() {
            Counterparty customer = fixture.customer("Ege Boya Ltd.");
            fixture.invoice(customer, "A", "500.00");
            DefaultDunningService service = fixture.service(List.of(email), RunHook.NONE);
            DunningRunRequest request = DunningRunRequest.of(fixture.companyId, LEVEL_TWO_DAY);

            DunningRunResult dry = service.run(request.asDryRun());

            assertThat(email.attempts()).isEmpty();
            assertThat(fixture.stores.dunning().runs(fixture.companyId.value())).isEmpty();
            assertThat(fixture.feesBooked(customer)).isEqualByComparingTo(BigDecimal.ZERO);
            DunningRunResult real = service.run(request);
            assertThat(dry.notices()).isEqualTo(real.notices());
            assertThat(dry.fees()).isEqualTo(real.fees());
        }

        @Test
        void runIsStoredAsHistory() {
            Counterparty customer = fixture.customer("Ege Boya Ltd.");
            fixture.invoice(customer, "A", "500.00");

            run(email, LEVEL_TWO_DAY);

            assertThat(fixture.stores.dunning().runs(fixture.companyId.value()))
                    .singleElement()
                    .satisfies(
                            r -> {
                                assertThat(r.notices()).isEqualTo(1);
                                assertThat(r.feesByCurrency().get("EUR"))
                                        .isEqualByComparingTo("10.00");
                            });
        }
    }
}
