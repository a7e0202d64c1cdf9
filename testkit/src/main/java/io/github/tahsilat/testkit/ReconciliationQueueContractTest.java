package io.github.tahsilat.testkit;

import static io.github.tahsilat.testkit.Fixtures.STAMP;
import static io.github.tahsilat.testkit.Rollbacks.runAndRollBack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.persistence.spi.Page;
import io.github.tahsilat.persistence.spi.PageRequest;
import io.github.tahsilat.persistence.spi.record.Actor;
import io.github.tahsilat.persistence.spi.record.LineSuggestion;
import io.github.tahsilat.persistence.spi.record.QueueResolution;
import io.github.tahsilat.persistence.spi.record.QueueResolutionKind;
import io.github.tahsilat.persistence.spi.record.QueuedLineRecord;
import io.github.tahsilat.persistence.spi.record.WriteStamp;
import io.github.tahsilat.persistence.spi.store.ReconciliationQueueStore;
import io.github.tahsilat.persistence.spi.store.Stores;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Checks a {@link ReconciliationQueueStore}: queuing once per entry key, the open pages ordered by
 * booking date, resolution with who and when, rollback, and isolation between companies. Extend it
 * with {@link #newStores()} to run it against a backend's {@link Stores#reconciliationQueue()}.
 */
public abstract class ReconciliationQueueContractTest {

    private static final UUID COMPANY = UUID.fromString("00000000-0000-0000-0000-00000000c001");
    private static final UUID OTHER_COMPANY =
            UUID.fromString("00000000-0000-0000-0000-00000000c002");
    private static final UUID INVOICE_A = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID INVOICE_B = UUID.fromString("00000000-0000-0000-0000-0000000000b2");
    private static final WriteStamp CLERK =
            new WriteStamp(Actor.user("clerk-7"), Instant.parse("2026-02-03T10:15:00Z"));

    private Stores stores;
    private ReconciliationQueueStore queue;

    /** Creates the test; subclasses add only {@link #newStores()}. */
    protected ReconciliationQueueContractTest() {}

    /** Returns new stores whose reconciliation queue is empty. */
    protected abstract Stores newStores();

    @BeforeEach
    void createQueue() {
        stores = newStores();
        queue = stores.reconciliationQueue();
    }

    @Nested
    class Enqueue {

        @Test
        void storesLineWithSuggestions() {
            QueuedLineRecord line = line(COMPANY, "ref:TR01:0001", LocalDate.of(2026, 2, 1));

            assertThat(queue.enqueue(COMPANY, line)).isTrue();

            QueuedLineRecord stored = queue.find(COMPANY, "ref:TR01:0001").orElseThrow();
            assertThat(stored).isEqualTo(line);
            assertThat(stored.amountMinor()).isEqualTo(125_050L);
            assertThat(stored.suggestions())
                    .extracting(LineSuggestion::invoiceId)
                    .containsExactly(INVOICE_A, INVOICE_B);
            assertThat(stored.suggestions())
                    .extracting(LineSuggestion::score)
                    .containsExactly(70, 40);
        }

        @Test
        void sameKeyTwiceStoresOnce() {
            QueuedLineRecord line = line(COMPANY, "ref:TR01:0001", LocalDate.of(2026, 2, 1));
            queue.enqueue(COMPANY, line);

            boolean second = queue.enqueue(COMPANY, line);

            assertThat(second).isFalse();
            assertThat(queue.open(COMPANY, PageRequest.first(10)).items()).hasSize(1);
        }

        @Test
        void resolvedKeyIsNotQueuedAgain() {
            QueuedLineRecord line = line(COMPANY, "ref:TR01:0001", LocalDate.of(2026, 2, 1));
            queue.enqueue(COMPANY, line);
            queue.resolve(COMPANY, "ref:TR01:0001", dismissal("duplicate transfer"));

            boolean again = queue.enqueue(COMPANY, line);

            assertThat(again).isFalse();
            assertThat(queue.open(COMPANY, PageRequest.first(10)).items()).isEmpty();
        }

        @Test
        void otherCompanyRejected() {
            QueuedLineRecord line = line(COMPANY, "ref:TR01:0001", LocalDate.of(2026, 2, 1));

            assertThatThrownBy(() -> queue.enqueue(OTHER_COMPANY, line))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void resolvedLineRejected() {
            QueuedLineRecord line =
                    line(COMPANY, "ref:TR01:0001", LocalDate.of(2026, 2, 1))
                            .resolved(dismissal("test"));

            assertThatThrownBy(() -> queue.enqueue(COMPANY, line))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void rollbackRemovesLine() {
            QueuedLineRecord line = line(COMPANY, "ref:TR01:0001", LocalDate.of(2026, 2, 1));

            runAndRollBack(stores.transactions(), () -> queue.enqueue(COMPANY, line));

            assertThat(queue.find(COMPANY, "ref:TR01:0001")).isEmpty();
            assertThat(queue.open(COMPANY, PageRequest.first(10)).items()).isEmpty();
        }
    }

    @Nested
    class QueuedKeys {

        @Test
        void returnsOnlyQueuedKeys() {
            queue.enqueue(COMPANY, line(COMPANY, "ref:TR01:0001", LocalDate.of(2026, 2, 1)));
            queue.enqueue(COMPANY, line(COMPANY, "ref:TR01:0002", LocalDate.of(2026, 2, 1)));
            queue.resolve(COMPANY, "ref:TR01:0002", dismissal("duplicate transfer"));

            Set<String> queued =
                    queue.queuedKeys(
                            COMPANY, List.of("ref:TR01:0001", "ref:TR01:0002", "ref:TR01:0003"));

            // A store may leave out queued keys, but never returns a key without a line.
            assertThat(queued).isSubsetOf("ref:TR01:0001", "ref:TR01:0002");
        }

        @Test
        void otherCompanyKeysNotReturned() {
            queue.enqueue(COMPANY, line(COMPANY, "ref:TR01:0001", LocalDate.of(2026, 2, 1)));

            assertThat(queue.queuedKeys(OTHER_COMPANY, List.of("ref:TR01:0001"))).isEmpty();
        }

        @Test
        void nullKeyRejected() {
            List<String> keys = new ArrayList<>();
            keys.add(null);

            assertThatThrownBy(() -> queue.queuedKeys(COMPANY, keys))
                    .isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    class QueuedPositions {

        @Test
        void setsPositionsOfQueuedKeysOnly() {
            queue.enqueue(COMPANY, line(COMPANY, "ref:TR01:0001", LocalDate.of(2026, 2, 1)));
            queue.enqueue(COMPANY, line(COMPANY, "ref:TR01:0002", LocalDate.of(2026, 2, 1)));
            queue.resolve(COMPANY, "ref:TR01:0002", dismissal("duplicate transfer"));
            List<String> keys =
                    List.of("ref:TR01:0003", "ref:TR01:0002", "ref:TR01:0001", "ref:TR01:0002");

            BitSet queued = queue.queuedPositions(COMPANY, keys);

            // A store may leave out queued keys, but never sets the position of a key without a
            // line, and sets every position of a key that queuedKeys returns.
            assertThat(queued.get(0)).isFalse();
            assertThat(queued.length()).isLessThanOrEqualTo(keys.size());
            Set<String> byKey = queue.queuedKeys(COMPANY, keys);
            for (int i = 0; i < keys.size(); i++) {
                assertThat(queued.get(i)).as(keys.get(i)).isEqualTo(byKey.contains(keys.get(i)));
            }
        }

        @Test
        void otherCompanyPositionsNotSet() {
            queue.enqueue(COMPANY, line(COMPANY, "ref:TR01:0001", LocalDate.of(2026, 2, 1)));

            assertThat(queue.queuedPositions(OTHER_COMPANY, List.of("ref:TR01:0001")).cardinality())
                    .isZero();
        }

        @Test
        void nullKeyRejected() {
            List<String> keys = new ArrayList<>();
            keys.add("ref:TR01:0001");
            keys.add(null);

            assertThatThrownBy(() -> queue.queuedPositions(COMPANY, keys))
                    .isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    class OpenPages {

        @Test
        void oldestBookingDateFirst() {
            queue.enqueue(COMPANY, line(COMPANY, "k-3", LocalDate.of(2026, 2, 3)));
            queue.enqueue(COMPANY, line(COMPANY, "k-1", LocalDate.of(2026, 2, 1)));
            queue.enqueue(COMPANY, line(COMPANY, "k-2b", LocalDate.of(2026, 2, 2)));
            queue.enqueue(COMPANY, line(COMPANY, "k-2a", LocalDate.of(2026, 2, 2)));

            Page<QueuedLineRecord> page = queue.open(COMPANY, PageRequest.first(10));

            assertThat(page.items())
                    .extracting(QueuedLineRecord::entryKey)
                    .containsExactly("k-1", "k-2a", "k-2b", "k-3");
            assertThat(page.next()).isEmpty();
        }

        @Test
        void pagesVisitEachLineOnce() {
            for (int day = 1; day <= 5; day++) {
                queue.enqueue(
                        COMPANY,
                        line(COMPANY, "key with space " + day, LocalDate.of(2026, 3, day)));
            }

            List<String> keys = new ArrayList<>();
            Optional<PageRequest> request = Optional.of(PageRequest.first(2));
            int pages = 0;
            while (request.isPresent()) {
                Page<QueuedLineRecord> page = queue.open(COMPANY, request.get());
                page.items().forEach(line -> keys.add(line.entryKey()));
                request = request.get().following(page);
                pages++;
            }

            assertThat(pages).isEqualTo(3);
            assertThat(keys)
                    .containsExactly(
                            "key with space 1",
                            "key with space 2",
                            "key with space 3",
                            "key with space 4",
                            "key with space 5");
        }

        @Test
        void malformedCursorRejected() {
            assertThatThrownBy(() -> queue.open(COMPANY, PageRequest.after("not-a-cursor", 5)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not-a-cursor");
        }

        @Test
        void otherCompanySeesNothing() {
            queue.enqueue(COMPANY, line(COMPANY, "ref:TR01:0001", LocalDate.of(2026, 2, 1)));

            assertThat(queue.open(OTHER_COMPANY, PageRequest.first(10)).items()).isEmpty();
            assertThat(queue.find(OTHER_COMPANY, "ref:TR01:0001")).isEmpty();
            assertThat(queue.resolve(OTHER_COMPANY, "ref:TR01:0001", dismissal("x"))).isEmpty();
            assertThat(queue.find(COMPANY, "ref:TR01:0001").orElseThrow().isOpen()).isTrue();
        }
    }

    @Nested
    class Resolve {

        @Test
        void manualMatchRecordsActorAndTime() {
            queue.enqueue(COMPANY, line(COMPANY, "ref:TR01:0001", LocalDate.of(2026, 2, 1)));
            QueueResolution match =
                    new QueueResolution(
                            QueueResolutionKind.MANUAL_MATCH, CLERK, Optional.of("called payer"));

            QueuedLineRecord resolved =
                    queue.resolve(COMPANY, "ref:TR01:0001", match).orElseThrow();

            assertThat(resolved.resolution()).contains(match);
            QueueResolution stored =
                    queue.find(COMPANY, "ref:TR01:0001").orElseThrow().resolution().orElseThrow();
            assertThat(stored.kind()).isEqualTo(QueueResolutionKind.MANUAL_MATCH);
            assertThat(stored.stamp().actor()).isEqualTo(Actor.user("clerk-7"));
            assertThat(stored.stamp().at()).isEqualTo(Instant.parse("2026-02-03T10:15:00Z"));
            assertThat(stored.note()).contains("called payer");
            assertThat(queue.open(COMPANY, PageRequest.first(10)).items()).isEmpty();
        }

        @Test
        void dismissalRecordsReason() {
            queue.enqueue(COMPANY, line(COMPANY, "ref:TR01:0001", LocalDate.of(2026, 2, 1)));

            queue.resolve(COMPANY, "ref:TR01:0001", dismissal("refund from supplier"));

            QueueResolution stored =
                    queue.find(COMPANY, "ref:TR01:0001").orElseThrow().resolution().orElseThrow();
            assertThat(stored.kind()).isEqualTo(QueueResolutionKind.DISMISSED);
            assertThat(stored.note()).contains("refund from supplier");
            assertThat(stored.stamp()).isEqualTo(CLERK);
        }

        @Test
        void secondResolutionReturnsEmpty() {
            queue.enqueue(COMPANY, line(COMPANY, "ref:TR01:0001", LocalDate.of(2026, 2, 1)));
            queue.resolve(COMPANY, "ref:TR01:0001", dismissal("first"));

            Optional<QueuedLineRecord> second =
                    queue.resolve(COMPANY, "ref:TR01:0001", dismissal("second"));

            assertThat(second).isEmpty();
            assertThat(queue.find(COMPANY, "ref:TR01:0001").orElseThrow().resolution())
                    .map(QueueResolution::note)
                    .contains(Optional.of("first"));
        }

        @Test
        void unknownKeyReturnsEmpty() {
            assertThat(queue.resolve(COMPANY, "missing", dismissal("x"))).isEmpty();
        }

        @Test
        void resolveAllResolvesEveryOpenKey() {
            queue.enqueue(COMPANY, line(COMPANY, "ref:TR01:0001", LocalDate.of(2026, 2, 1)));
            queue.enqueue(COMPANY, line(COMPANY, "content:0002", LocalDate.of(2026, 2, 2)));
            queue.enqueue(COMPANY, line(COMPANY, "ref:TR01:0003", LocalDate.of(2026, 2, 3)));
            queue.resolve(COMPANY, "ref:TR01:0003", dismissal("first"));
            QueueResolution match =
                    new QueueResolution(
                            QueueResolutionKind.BOOKED_BY_IMPORT, CLERK, Optional.of("booked"));

            Map<String, QueuedLineRecord> resolved =
                    queue.resolveAll(
                            COMPANY,
                            List.of("content:0002", "ref:TR01:0001", "ref:TR01:0003", "missing"),
                            match);

            assertThat(resolved).containsOnlyKeys("content:0002", "ref:TR01:0001");
            assertThat(resolved.get("ref:TR01:0001").resolution()).contains(match);
            assertThat(resolved.get("content:0002").resolution()).contains(match);
            assertThat(queue.find(COMPANY, "ref:TR01:0001"))
                    .contains(resolved.get("ref:TR01:0001"));
            assertThat(queue.find(COMPANY, "content:0002")).contains(resolved.get("content:0002"));
            assertThat(queue.find(COMPANY, "ref:TR01:0003").orElseThrow().resolution())
                    .map(QueueResolution::note)
                    .contains(Optional.of("first"));
            assertThat(queue.open(COMPANY, PageRequest.first(10)).items()).isEmpty();
        }

        @Test
        void resolveAllLeavesOtherCompanyOpen() {
            queue.enqueue(COMPANY, line(COMPANY, "ref:TR01:0001", LocalDate.of(2026, 2, 1)));

            assertThat(queue.resolveAll(OTHER_COMPANY, List.of("ref:TR01:0001"), dismissal("x")))
                    .isEmpty();
            assertThat(queue.resolveAll(COMPANY, List.of(), dismissal("x"))).isEmpty();
            assertThat(queue.find(COMPANY, "ref:TR01:0001").orElseThrow().isOpen()).isTrue();
        }

        @Test
        void resolveAllRollbackReopensLines() {
            queue.enqueue(COMPANY, line(COMPANY, "ref:TR01:0001", LocalDate.of(2026, 2, 1)));
            queue.enqueue(COMPANY, line(COMPANY, "content:0002", LocalDate.of(2026, 2, 2)));

            runAndRollBack(
                    stores.transactions(),
                    () ->
                            queue.resolveAll(
                                    COMPANY,
                                    List.of("ref:TR01:0001", "content:0002"),
                                    dismissal("x")));

            assertThat(queue.open(COMPANY, PageRequest.first(10)).items()).hasSize(2);
        }

        @Test
        void resolveAllRejectsNullKey() {
            List<String> keys = new ArrayList<>();
            keys.add(null);

            assertThatThrownBy(() -> queue.resolveAll(COMPANY, keys, dismissal("x")))
                    .isInstanceOf(NullPointerException.class);
        }

        @Test
        void rollbackReopensLine() {
            queue.enqueue(COMPANY, line(COMPANY, "ref:TR01:0001", LocalDate.of(2026, 2, 1)));

            runAndRollBack(
                    stores.transactions(),
                    () -> queue.resolve(COMPANY, "ref:TR01:0001", dismissal("x")));

            assertThat(queue.find(COMPANY, "ref:TR01:0001").orElseThrow().isOpen()).isTrue();
            assertThat(queue.open(COMPANY, PageRequest.first(10)).items()).hasSize(1);
        }
    }

    /**
     * Returns an open line of {@code companyId} under {@code entryKey}, for 1,250.50 TRY booked on
     * 1 February 2026 by an import, with no optional field and no suggestion. Subclasses use it in
     * the tests they add for their own backend.
     */
    protected static QueuedLineRecord plainLine(UUID companyId, String entryKey) {
        return new QueuedLineRecord(
                companyId,
                entryKey,
                "2026-02-01-TR01",
                "TR330006100519786457841326",
                LocalDate.of(2026, 2, 1),
                Optional.empty(),
                125_050L,
                "TRY",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                0L,
                Optional.empty(),
                List.of(),
                new WriteStamp(Actor.system("import"), Instant.parse("2026-02-01T10:00:00Z")),
                Optional.empty());
    }

    private static QueueResolution dismissal(String reason) {
        return new QueueResolution(QueueResolutionKind.DISMISSED, CLERK, Optional.of(reason));
    }

    private static QueuedLineRecord line(UUID companyId, String entryKey, LocalDate booked) {
        return new QueuedLineRecord(
                companyId,
                entryKey,
                "2026-02-01-TR01",
                "TR330006100519786457841326",
                booked,
                Optional.of(booked.plusDays(1)),
                125_050L,
                "TRY",
                Optional.of("Örnek Gıda A.Ş."),
                Optional.of("TR320010009999901234567890"),
                Optional.of("FT 2026-0042 ödemesi"),
                Optional.of("E2E-0042"),
                250L,
                Optional.of("sha256:9f2c#1"),
                List.of(
                        new LineSuggestion(INVOICE_A, 70, "invoice-number", "number in text"),
                        new LineSuggestion(INVOICE_B, 40, "exact-amount", "amount equal")),
                STAMP,
                Optional.empty());
    }
}
