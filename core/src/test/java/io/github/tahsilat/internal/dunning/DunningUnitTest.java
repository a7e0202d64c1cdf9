package io.github.tahsilat.internal.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.engine.Tahsilat;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.notice.FeeLine;
import io.github.tahsilat.notice.Notice;
import io.github.tahsilat.notification.RecordingChannel;
import io.github.tahsilat.notification.spi.DeliveryResult;
import io.github.tahsilat.notification.spi.NotificationChannel;
import io.github.tahsilat.notification.spi.RenderedNotice;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.record.DunningRecord;
import io.github.tahsilat.service.dunning.DunningRunRequest;
import io.github.tahsilat.service.dunning.DunningRunResult;
import io.github.tahsilat.service.dunning.DunningUnit;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DunningUnitTest {

    private static final LocalDate LEVEL_TWO_DAY = LocalDate.of(2025, 3, 20);
    private static final int CUSTOMERS = 12;

    /**
     * Builds twelve customers with fixed ids and one to three overdue invoices each, due on
     * different days so that every notice lists its lines in one order.
     */
    private static List<Invoice> overdueBook(DunningFixture fixture) {
        List<Invoice> invoices = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            Counterparty customer = fixture.customer("Müşteri " + i, customerId(i));
            for (int j = 0; j <= i % 3; j++) {
                LocalDate due = DunningFixture.DUE.minusDays(j);
                invoices.add(
                        fixture.invoice(customer, "INV-" + i + "-" + j, (100 + i) + ".50", due));
            }
        }
        return invoices;
    }

    private static CounterpartyId customerId(int index) {
        byte[] name = ("customer-" + index).getBytes(StandardCharsets.UTF_8);
        return new CounterpartyId(UUID.nameUUIDFromBytes(name));
    }

    private static DunningFixture fixtureOf(CompanyId companyId) {
        return new DunningFixture(InMemoryStores.create(), companyId);
    }

    private static DunningRunResult runAllUnits(
            DefaultDunningService service, DunningRunRequest request, int count) {
        List<Notice> notices = new ArrayList<>();
        List<FeeLine> fees = new ArrayList<>();
        for (DunningUnit unit : service.units(request, count)) {
            DunningRunResult result = service.runUnit(unit);
            notices.addAll(result.notices());
            fees.addAll(result.fees());
        }
        return new DunningRunResult(
                request.runKey(),
                request.asOf(),
                request.dryRun(),
                notices,
                fees,
                List.of(),
                List.of(),
                List.of());
    }

    private static BigDecimal totalFees(DunningFixture fixture) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < CUSTOMERS; i++) {
            Counterparty customer =
                    fixture.engine
                            .counterparties()
                            .find(fixture.companyId, customerId(i))
                            .orElseThrow()
                            .counterparty();
            total = total.add(fixture.feesBooked(customer));
        }
        return total;
    }

    private static List<DunningRecord> claims(DunningFixture fixture, List<Invoice> invoices) {
        return invoices.stream()
                .flatMap(
                        invoice ->
                                fixture
                                        .stores
                                        .dunning()
                                        .ofItem(fixture.companyId.value(), invoice.id().value())
                                        .stream())
                .toList();
    }

    @Nested
    class Partition {

        @Property
        void unitsPartitionCounterparties(
                @ForAll @Size(max = 200) List<UUID> ids,
                @ForAll @IntRange(min = 1, max = 64) int n) {
            DunningRunRequest request = DunningRunRequest.of(CompanyId.random(), LEVEL_TWO_DAY);
            List<DunningUnit> units = DunningUnit.split(request, n);

            for (UUID id : ids) {
                CounterpartyId counterpartyId = new CounterpartyId(id);
                long owners = units.stream().filter(u -> u.contains(counterpartyId)).count();
                assertThat(owners).as("units containing %s", id).isEqualTo(1);
            }
            assertThat(units).extracting(DunningUnit::bucket).doesNotHaveDuplicates();
            assertThat(units).hasSize(n);
        }

        @ParameterizedTest
        @CsvSource({
            "00000000-0000-0000-0000-000000000000, 16, 9",
            "00000000-0000-0000-0000-000000000001, 16, 12",
            "9b2d5c1e-4f3a-4e8b-9c7d-1a2b3c4d5e6f, 16, 15",
            "9b2d5c1e-4f3a-4e8b-9c7d-1a2b3c4d5e6f, 7, 6",
            "9b2d5c1e-4f3a-4e8b-9c7d-1a2b3c4d5e6f, 1, 0",
        })
        void bucketIsFixedForAnId(String id, int count, int bucket) {
            assertThat(DunningUnit.bucketOf(CounterpartyId.parse(id), count)).isEqualTo(bucket);
        }

        @Test
        void splitListsUnitsInBucketOrder() {
            DunningRunRequest request = DunningRunRequest.of(CompanyId.random(), LEVEL_TWO_DAY);

            List<DunningUnit> units = DunningUnit.split(request, 3);

            assertThat(units).extracting(DunningUnit::bucket).containsExactly(0, 1, 2);
            assertThat(units).extracting(DunningUnit::bucketCount).containsOnly(3);
            assertThat(units.get(1).label()).isEqualTo("2025-03-20#1/3");
        }

        @ParameterizedTest
        @ValueSource(ints = {0, -1, DunningUnit.MAX_COUNT + 1})
        void splitRejectsCountOutOfRange(int count) {
            DunningRunRequest request = DunningRunRequest.of(CompanyId.random(), LEVEL_TWO_DAY);

            assertThatThrownBy(() -> DunningUnit.split(request, count))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("invalid count: " + count);
        }

        @ParameterizedTest
        @CsvSource({"-1, 4", "4, 4", "0, 0"})
        void unitRejectsBucketOutsideCount(int bucket, int count) {
            DunningRunRequest request = DunningRunRequest.of(CompanyId.random(), LEVEL_TWO_DAY);

            assertThatThrownBy(() -> new DunningUnit(request, bucket, count))
                    .isInstanceOf(InvalidInputException.class);
        }
    }

    @Nested
    class AllUnitsEqualOneRun {

        @ParameterizedTest
        @CsvSource({"1, 12, 120.00", "2, 12, 120.00", "3, 12, 120.00", "16, 12, 120.00"})
        void unitsSendTheNoticesOfOneRun(int count, int notices, String fees) {
            CompanyId companyId = CompanyId.random();
            DunningFixture whole = fixtureOf(companyId);
            DunningFixture split = fixtureOf(companyId);
            overdueBook(whole);
            overdueBook(split);
            RecordingChannel wholeEmail = new RecordingChannel("email");
            RecordingChannel splitEmail = new RecordingChannel("email");
            DunningRunRequest request = DunningRunRequest.of(companyId, LEVEL_TWO_DAY);

            DunningRunResult one = whole.service(List.of(wholeEmail), RunHook.NONE).run(request);
            DunningRunResult units =
                    runAllUnits(split.service(List.of(splitEmail), RunHook.NONE), request, count);

            assertThat(one.notices()).hasSize(notices);
            assertThat(units.notices()).containsExactlyInAnyOrderElementsOf(one.notices());
            assertThat(units.fees()).containsExactlyInAnyOrderElementsOf(one.fees());
            assertThat(splitEmail.delivered())
                    .extracting(RenderedNotice::noticeId)
                    .containsExactlyInAnyOrderElementsOf(
                            wholeEmail.delivered().stream().map(RenderedNotice::noticeId).toList());
            assertThat(totalFees(whole)).isEqualByComparingTo(fees);
            assertThat(totalFees(split)).isEqualByComparingTo(fees);
        }
    }

    @Nested
    class Idempotence {

        private final DunningFixture fixture = fixtureOf(CompanyId.random());
        private final List<Invoice> invoices = overdueBook(fixture);
        private final RecordingChannel email = new RecordingChannel("email");
        private final DunningRunRequest request =
                DunningRunRequest.of(fixture.companyId, LEVEL_TWO_DAY);

        @Test
        void unitRunTwiceChangesNothing() {
            DefaultDunningService service = fixture.service(List.of(email), RunHook.NONE);
            runAllUnits(service, request, 4);
            List<DunningRecord> before = claims(fixture, invoices);
            int delivered = email.delivered().size();

            DunningRunResult again = runAllUnits(service, request, 4);

            assertThat(again.notices()).isEmpty();
            assertThat(again.fees()).isEmpty();
            assertThat(email.delivered()).hasSize(delivered);
            assertThat(claims(fixture, invoices)).isEqualTo(before);
            assertThat(totalFees(fixture)).isEqualByComparingTo("120.00");
        }

        @Test
        void twoInstancesRunningEveryUnitSendOnce() throws Exception {
            DefaultDunningService first = fixture.service(List.of(email), RunHook.NONE);
            DefaultDunningService second = fixture.service(List.of(email), RunHook.NONE);
            List<DunningUnit> units = first.units(request, 5);
            List<DunningUnit> reversed = new ArrayList<>(units);
            java.util.Collections.reverse(reversed);

            CompletableFuture<Void> a =
                    CompletableFuture.runAsync(() -> units.forEach(first::runUnit));
            CompletableFuture<Void> b =
                    CompletableFuture.runAsync(() -> reversed.forEach(second::runUnit));
            a.get(30, TimeUnit.SECONDS);
            b.get(30, TimeUnit.SECONDS);

            List<UUID> ids = email.delivered().stream().map(RenderedNotice::noticeId).toList();
            assertThat(ids).hasSize(CUSTOMERS);
            assertThat(ids).doesNotHaveDuplicates();
            assertThat(totalFees(fixture)).isEqualByComparingTo("120.00");
        }
    }

    @Nested
    class CrashBetweenDeliveryAndRecord {

        /** Stands for the death of the process: nothing after it runs or commits. */
        private static final class Killed extends Error {
            private static final long serialVersionUID = 1L;

            Killed() {
                super("process killed after a delivery");
            }
        }

        private final DunningFixture fixture = fixtureOf(CompanyId.random());
        private final List<Invoice> invoices = overdueBook(fixture);
        private final RecordingChannel email = new RecordingChannel("email");

        /**
         * Returns a channel that delivers through {@code email}, then throws {@link Killed} once.
         */
        private NotificationChannel dyingOnce() {
            Set<String> died = new HashSet<>();
            return new NotificationChannel() {
                @Override
                public String name() {
                    return "email";
                }

                @Override
                public DeliveryResult deliver(RenderedNotice notice) {
                    DeliveryResult result = email.deliver(notice);
                    if (died.add("once")) {
                        throw new Killed();
                    }
                    return result;
                }
            };
        }

        /** Returns a clock {@code offset} after the fixture's clock. */
        private static Clock later(Duration offset) {
            return Clock.offset(DunningFixture.CLOCK, offset);
        }

        private static final Duration LEASE = Tahsilat.DEFAULT_DUNNING_LEASE;

        @Test
        void resendAfterCrashKeepsNoticeId() {
            DunningRunRequest today = DunningRunRequest.of(fixture.companyId, LEVEL_TWO_DAY);
            DunningRunRequest tomorrow =
                    DunningRunRequest.of(fixture.companyId, LEVEL_TWO_DAY.plusDays(1));
            DefaultDunningService dying = fixture.service(List.of(dyingOnce()), RunHook.NONE);
            DefaultDunningService healthy = fixture.service(List.of(email), RunHook.NONE);
            DefaultDunningService nextDay =
                    fixture.service(List.of(email), later(Duration.ofDays(1)));
            DunningUnit unit = healthy.units(today, 1).get(0);

            assertThatThrownBy(() -> dying.runUnit(unit)).isInstanceOf(Killed.class);
            UUID crashed = email.delivered().get(0).noticeId();
            DunningRunResult rerun = healthy.runUnit(unit);
            DunningRunResult next = nextDay.runUnit(nextDay.units(tomorrow, 1).get(0));

            assertThat(rerun.notices()).hasSize(CUSTOMERS - 1);
            assertThat(email.deliveredCount(crashed)).isEqualTo(2);
            assertThat(next.notices()).hasSize(1);
            assertThat(next.notices().get(0).noticeId("email")).isEqualTo(crashed);
            assertThat(email.delivered()).hasSize(CUSTOMERS + 1);
            assertThat(totalFees(fixture)).isEqualByComparingTo("120.00");
            assertThat(claims(fixture, invoices))
                    .extracting(d -> d.status().name())
                    .containsOnly("SENT");
        }

        @Test
        void leaseHeldBlocksRetryBySameRun() {
            DunningRunRequest today = DunningRunRequest.of(fixture.companyId, LEVEL_TWO_DAY);
            DefaultDunningService dying = fixture.service(List.of(dyingOnce()), RunHook.NONE);
            DefaultDunningService justBefore =
                    fixture.service(List.of(email), later(LEASE.minusSeconds(1)));
            DunningUnit unit = dying.units(today, 1).get(0);

            assertThatThrownBy(() -> dying.runUnit(unit)).isInstanceOf(Killed.class);
            UUID crashed = email.delivered().get(0).noticeId();
            DunningRunResult rerun = justBefore.runUnit(unit);

            assertThat(rerun.notices()).hasSize(CUSTOMERS - 1);
            assertThat(email.deliveredCount(crashed)).isEqualTo(1);
            assertThat(claims(fixture, invoices))
                    .extracting(d -> d.status().name())
                    .containsOnly("SENT", "CLAIMED");
        }

        @Test
        void expiredLeaseRetriedBySameRun() {
            DunningRunRequest today = DunningRunRequest.of(fixture.companyId, LEVEL_TWO_DAY);
            DefaultDunningService dying = fixture.service(List.of(dyingOnce()), RunHook.NONE);
            DefaultDunningService atExpiry = fixture.service(List.of(email), later(LEASE));
            DunningUnit unit = dying.units(today, 1).get(0);

            assertThatThrownBy(() -> dying.runUnit(unit)).isInstanceOf(Killed.class);
            UUID crashed = email.delivered().get(0).noticeId();
            DunningRunResult rerun = atExpiry.runUnit(unit);
            DunningRunResult third = atExpiry.runUnit(unit);

            assertThat(rerun.notices()).hasSize(CUSTOMERS);
            assertThat(rerun.notices())
                    .extracting(notice -> notice.noticeId("email"))
                    .contains(crashed);
            assertThat(email.deliveredCount(crashed)).isEqualTo(2);
            assertThat(third.notices()).isEmpty();
            assertThat(email.delivered()).hasSize(CUSTOMERS + 1);
            assertThat(totalFees(fixture)).isEqualByComparingTo("120.00");
            assertThat(claims(fixture, invoices))
                    .extracting(d -> d.status().name())
                    .containsOnly("SENT");
        }

        @Test
        void retryTakesNewLease() {
            DunningRunRequest today = DunningRunRequest.of(fixture.companyId, LEVEL_TWO_DAY);
            DefaultDunningService dying = fixture.service(List.of(dyingOnce()), RunHook.NONE);
            DefaultDunningService healthy = fixture.service(List.of(email), RunHook.NONE);
            DefaultDunningService dyingAtExpiry =
                    fixture.service(List.of(dyingOnce()), later(LEASE));
            DefaultDunningService beforeSecondExpiry =
                    fixture.service(List.of(email), later(LEASE.multipliedBy(2).minusSeconds(1)));
            DefaultDunningService atSecondExpiry =
                    fixture.service(List.of(email), later(LEASE.multipliedBy(2)));
            DunningUnit unit = dying.units(today, 1).get(0);

            assertThatThrownBy(() -> dying.runUnit(unit)).isInstanceOf(Killed.class);
            UUID crashed = email.delivered().get(0).noticeId();
            healthy.runUnit(unit);
            assertThatThrownBy(() -> dyingAtExpiry.runUnit(unit)).isInstanceOf(Killed.class);
            DunningRunResult blocked = beforeSecondExpiry.runUnit(unit);
            long deliveredWhileHeld = email.deliveredCount(crashed);
            DunningRunResult retried = atSecondExpiry.runUnit(unit);

            assertThat(blocked.notices()).isEmpty();
            assertThat(deliveredWhileHeld).isEqualTo(2);
            assertThat(retried.notices()).hasSize(1);
            assertThat(email.deliveredCount(crashed)).isEqualTo(3);
            assertThat(totalFees(fixture)).isEqualByComparingTo("120.00");
            assertThat(claims(fixture, invoices))
                    .extracting(d -> d.status().name())
                    .containsOnly("SENT");
        }
    }
}
