package io.github.tahsilat.persistence.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.persistence.spi.TransactionRolledBackException;
import io.github.tahsilat.persistence.spi.record.Actor;
import io.github.tahsilat.persistence.spi.record.ContactDetails;
import io.github.tahsilat.persistence.spi.record.CounterpartyKind;
import io.github.tahsilat.persistence.spi.record.CounterpartyRecord;
import io.github.tahsilat.persistence.spi.record.Direction;
import io.github.tahsilat.persistence.spi.record.Erasure;
import io.github.tahsilat.persistence.spi.record.InvoiceRecord;
import io.github.tahsilat.persistence.spi.record.InvoiceStatus;
import io.github.tahsilat.persistence.spi.record.InvoiceTotals;
import io.github.tahsilat.persistence.spi.record.MatchCandidateView;
import io.github.tahsilat.persistence.spi.record.TaxId;
import io.github.tahsilat.persistence.spi.record.TaxIdType;
import io.github.tahsilat.persistence.spi.record.WriteStamp;
import io.github.tahsilat.persistence.spi.store.OpenReceivableListener;
import io.github.tahsilat.persistence.spi.store.Stores;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Checks what the in-memory feed adds to the contract: slot numbers, skipped reports, and a
 * counterparty report on every write and undo.
 */
class MemoryOpenReceivableFeedTest {

    private static final UUID COMPANY = UUID.fromString("00000000-0000-0000-0000-00000000c001");
    private static final WriteStamp STAMP =
            new WriteStamp(Actor.system("test"), Instant.parse("2026-01-05T09:00:00Z"));
    private static final LocalDate ISSUED = LocalDate.of(2026, 1, 5);
    private static final String IBAN = "TR330006100519786457841326";
    private static final String OTHER_IBAN = "GB82WEST12345698765432";
    private static final TaxId VKN = new TaxId(TaxIdType.VKN, "4540536920");
    private static final TaxId TCKN = new TaxId(TaxIdType.TCKN, "10000000146");

    private final Stores stores = InMemoryStores.create();
    private final List<String> calls = new ArrayList<>();

    @Test
    void slotsAreDenseInInsertOrder() {
        subscribe();

        insert("INV-1", BigDecimal.TEN);
        insert("INV-2", BigDecimal.TEN);
        insert("INV-3", BigDecimal.TEN);

        assertThat(calls).containsExactly("opened 0", "opened 1", "opened 2");
    }

    @Test
    void replayGivesSlotThatUpdatesUse() {
        insert("INV-1", BigDecimal.TEN);
        InvoiceRecord second = insert("INV-2", BigDecimal.TEN);
        subscribe();

        stores.invoices().update(COMPANY, withOutstanding(second, BigDecimal.ONE));

        assertThat(calls).containsExactly("opened 0", "opened 1", "opened 1");
    }

    @Test
    void rolledBackInsertLeavesSlotUnused() {
        subscribe();
        try {
            stores.transactions()
                    .inTransaction(
                            () -> {
                                insert("INV-1", BigDecimal.TEN);
                                throw new IllegalStateException("roll back");
                            });
        } catch (IllegalStateException expected) {
            // The insert is undone.
        }

        insert("INV-1", BigDecimal.TEN);

        assertThat(calls).containsExactly("opened 0", "closed 0", "opened 1");
    }

    @Test
    void subscribeInRolledBackTransaction() {
        try {
            stores.transactions()
                    .inTransaction(
                            () -> {
                                insert("INV-1", BigDecimal.TEN);
                                subscribe();
                                throw new IllegalStateException("roll back");
                            });
        } catch (IllegalStateException expected) {
            // The insert is undone, and the listener stays subscribed.
        }

        insert("INV-2", BigDecimal.TEN);

        assertThat(calls).containsExactly("opened 0", "closed 0", "opened 1");
    }

    @Test
    void throwingListenerDoesNotStopRollback() {
        boolean[] failing = {false};
        stores.invoices()
                .openReceivableFeed()
                .orElseThrow()
                .subscribe(new ThrowingListener(failing));
        subscribe();
        try {
            stores.transactions()
                    .inTransaction(
                            () -> {
                                insert("INV-1", BigDecimal.TEN);
                                insert("INV-2", BigDecimal.TEN);
                                insert("INV-3", BigDecimal.TEN);
                                failing[0] = true;
                                throw new IllegalStateException("roll back");
                            });
        } catch (RuntimeException expected) {
            // The inserts are undone, though the first listener throws on each reverse report.
        }

        for (String number : List.of("INV-1", "INV-2", "INV-3")) {
            assertThat(stores.invoices().findByNumber(COMPANY, Direction.RECEIVABLE, number))
                    .as(number)
                    .isEmpty();
        }
        assertThat(calls)
                .containsExactly(
                        "opened 0", "opened 1", "opened 2", "closed 2", "closed 1", "closed 0");
    }

    @Test
    void throwingListenerFailsWriteAndKeepsCause() {
        boolean[] failing = {true};
        stores.invoices()
                .openReceivableFeed()
                .orElseThrow()
                .subscribe(new ThrowingListener(failing));
        subscribe();
        IllegalStateException failure = null;
        try {
            insert("INV-1", BigDecimal.TEN);
        } catch (IllegalStateException e) {
            failure = e;
        }

        assertThat(failure).isNotNull();
        assertThat(failure.getSuppressed()).hasSize(1);
        assertThat(stores.invoices().findByNumber(COMPANY, Direction.RECEIVABLE, "INV-1"))
                .isEmpty();
        assertThat(calls).containsExactly("opened 0", "closed 0");
    }

    /** A listener that breaks its contract by throwing on every report while armed. */
    private record ThrowingListener(boolean[] failing) implements OpenReceivableListener {
        private void check(String call) {
            if (failing[0]) {
                throw new IllegalStateException("listener failed on " + call);
            }
        }

        @Override
        public void counterpartyStored(
                UUID companyId,
                UUID counterpartyId,
                String name,
                List<String> ibans,
                Optional<TaxId> taxId) {
            check("counterpartyStored");
        }

        @Override
        public void counterpartyRemoved(UUID companyId, UUID counterpartyId) {
            check("counterpartyRemoved");
        }

        @Override
        public void opened(UUID companyId, int slot, MatchCandidateView item) {
            check("opened");
        }

        @Override
        public void closed(UUID companyId, int slot) {
            check("closed");
        }
    }

    @Test
    void joinedFailureUndoesMovesAndCurrency() {
        InvoiceRecord original = insert("INV-1", BigDecimal.TEN);
        OpenReceivableFeedPropertiesTest.Recorder recorder =
                new OpenReceivableFeedPropertiesTest.Recorder();
        try {
            stores.transactions()
                    .inTransaction(
                            () -> {
                                InvoiceRecord moved =
                                        stores.invoices()
                                                .update(
                                                        COMPANY,
                                                        moved(original, UUID.randomUUID(), "EUR"));
                                stores.invoices()
                                        .openReceivableFeed()
                                        .orElseThrow()
                                        .subscribe(recorder);
                                try {
                                    stores.transactions()
                                            .inTransaction(
                                                    () -> {
                                                        insert("INV-2", BigDecimal.ONE);
                                                        stores.invoices()
                                                                .update(
                                                                        COMPANY,
                                                                        withOutstanding(
                                                                                moved,
                                                                                BigDecimal.ONE));
                                                        throw new IllegalStateException("inner");
                                                    });
                                } catch (IllegalStateException expected) {
                                    // The joined call fails, so the whole transaction rolls back.
                                }
                                insert("INV-3", BigDecimal.TEN);
                                return null;
                            });
        } catch (TransactionRolledBackException expected) {
            // The outer transaction ends in a rollback because the joined call failed.
        }

        assertThat(stores.invoices().find(COMPANY, original.id())).contains(original);
        assertThat(recorder.open(COMPANY).values())
                .containsExactly(MatchCandidateView.of(original));
    }

    @Test
    void concurrentWritersAndSubscriber() throws InterruptedException {
        OpenReceivableFeedPropertiesTest.Recorder recorder =
                new OpenReceivableFeedPropertiesTest.Recorder();
        List<UUID> ids = Collections.synchronizedList(new ArrayList<>());
        Runnable writes =
                () -> {
                    for (int i = 0; i < 300; i++) {
                        int round = i;
                        try {
                            stores.transactions()
                                    .inTransaction(
                                            () -> {
                                                InvoiceRecord invoice =
                                                        insert(
                                                                "INV-" + UUID.randomUUID(),
                                                                BigDecimal.TEN);
                                                ids.add(invoice.id());
                                                stores.invoices()
                                                        .update(
                                                                COMPANY,
                                                                withOutstanding(
                                                                        invoice, BigDecimal.ONE));
                                                if (round % 3 == 0) {
                                                    throw new IllegalStateException("roll back");
                                                }
                                                return null;
                                            });
                        } catch (IllegalStateException expected) {
                            // Every third transaction rolls back.
                        }
                    }
                };
        Thread first = new Thread(writes);
        Thread second = new Thread(writes);
        first.start();
        second.start();
        stores.invoices().openReceivableFeed().orElseThrow().subscribe(recorder);
        first.join();
        second.join();

        List<MatchCandidateView> stored = new ArrayList<>();
        for (UUID id : ids) {
            stores.invoices()
                    .find(COMPANY, id)
                    .ifPresent(invoice -> stored.add(MatchCandidateView.of(invoice)));
        }
        assertThat(stored).hasSize(400);
        assertThat(recorder.open(COMPANY).values()).containsExactlyInAnyOrderElementsOf(stored);
    }

    @Test
    void counterpartyWritesReportIbansAndTaxId() {
        subscribe();
        CounterpartyRecord person =
                stores.counterparties()
                        .insert(COMPANY, person(UUID.randomUUID(), List.of(IBAN), TCKN));
        CounterpartyRecord changed =
                stores.counterparties()
                        .update(COMPANY, withIdentifiers(person, List.of(OTHER_IBAN), null));
        try {
            stores.transactions()
                    .inTransaction(
                            () -> {
                                stores.counterparties()
                                        .update(COMPANY, withIdentifiers(changed, List.of(), VKN));
                                throw new IllegalStateException("roll back");
                            });
        } catch (IllegalStateException expected) {
            // The update is undone.
        }
        stores.counterparties()
                .recordErasureRequest(COMPANY, person.id(), changed.version(), ISSUED, STAMP);
        stores.counterparties()
                .erase(COMPANY, person.id(), changed.version() + 1, "Müşteri-1", ISSUED, STAMP);

        assertThat(calls)
                .containsExactly(
                        "stored Ayşe Yılmaz [" + IBAN + "] " + TCKN.value(),
                        "stored Ayşe Yılmaz [" + OTHER_IBAN + "] -",
                        "stored Ayşe Yılmaz [] " + VKN.value(),
                        "stored Ayşe Yılmaz [" + OTHER_IBAN + "] -",
                        "stored Ayşe Yılmaz [" + OTHER_IBAN + "] -",
                        "stored Müşteri-1 [] -");
    }

    @Test
    void replayReportsIbansAndTaxId() {
        stores.counterparties()
                .insert(COMPANY, person(UUID.randomUUID(), List.of(IBAN, OTHER_IBAN), VKN));

        subscribe();

        assertThat(calls)
                .containsExactly(
                        "stored Ayşe Yılmaz [" + IBAN + ", " + OTHER_IBAN + "] " + VKN.value());
    }

    @Test
    void rolledBackCounterpartyInsertReportsRemoved() {
        subscribe();
        try {
            stores.transactions()
                    .inTransaction(
                            () -> {
                                stores.counterparties()
                                        .insert(
                                                COMPANY,
                                                person(UUID.randomUUID(), List.of(IBAN), VKN));
                                throw new IllegalStateException("roll back");
                            });
        } catch (IllegalStateException expected) {
            // The insert is undone.
        }

        assertThat(calls)
                .containsExactly("stored Ayşe Yılmaz [" + IBAN + "] " + VKN.value(), "removed");
    }

    @Test
    void dunningLevelAloneReportsNothing() {
        InvoiceRecord invoice = insert("INV-1", BigDecimal.TEN);
        subscribe();
        calls.clear();

        stores.invoices().update(COMPANY, withDunningLevel(invoice, 2));

        assertThat(calls).isEmpty();
    }

    @Test
    void amountBeyondLongIsNotReported() {
        subscribe();
        BigDecimal huge = new BigDecimal("100000000000000000000.00");

        insert("INV-1", huge);

        assertThat(calls).isEmpty();
    }

    @Test
    void whileUnchangedHoldsOffWriters() throws InterruptedException {
        Thread writer = new Thread(() -> insert("INV-1", BigDecimal.TEN));

        boolean writtenDuringWork =
                stores.invoices()
                        .openReceivableFeed()
                        .orElseThrow()
                        .whileUnchanged(
                                () -> {
                                    writer.start();
                                    pause();
                                    return stores.invoices()
                                            .findByNumber(COMPANY, Direction.RECEIVABLE, "INV-1")
                                            .isPresent();
                                });
        writer.join();

        assertThat(writtenDuringWork).isFalse();
        assertThat(stores.invoices().findByNumber(COMPANY, Direction.RECEIVABLE, "INV-1"))
                .isPresent();
    }

    /**
     * Gives a started writer time to reach the lock. A pause too short makes the test pass without
     * checking the lock, so the test cannot fail by chance.
     */
    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void subscribe() {
        stores.invoices()
                .openReceivableFeed()
                .orElseThrow()
                .subscribe(
                        new OpenReceivableListener() {
                            @Override
                            public void counterpartyStored(
                                    UUID companyId,
                                    UUID counterpartyId,
                                    String name,
                                    List<String> ibans,
                                    Optional<TaxId> taxId) {
                                calls.add(
                                        "stored "
                                                + name
                                                + " "
                                                + ibans
                                                + " "
                                                + taxId.map(TaxId::value).orElse("-"));
                            }

                            @Override
                            public void counterpartyRemoved(UUID companyId, UUID counterpartyId) {
                                calls.add("removed");
                            }

                            @Override
                            public void opened(UUID companyId, int slot, MatchCandidateView item) {
                                calls.add("opened " + slot);
                            }

                            @Override
                            public void closed(UUID companyId, int slot) {
                                calls.add("closed " + slot);
                            }
                        });
    }

    private static CounterpartyRecord person(UUID id, List<String> ibans, TaxId taxId) {
        return new CounterpartyRecord(
                COMPANY,
                id,
                0,
                CounterpartyKind.CUSTOMER,
                "Ayşe Yılmaz",
                Optional.ofNullable(taxId),
                ibans,
                "tr-TR",
                Optional.empty(),
                false,
                Optional.empty(),
                ContactDetails.NONE,
                true,
                Erasure.NONE,
                Optional.empty(),
                STAMP);
    }

    private static CounterpartyRecord withIdentifiers(
            CounterpartyRecord counterparty, List<String> ibans, TaxId taxId) {
        return new CounterpartyRecord(
                counterparty.companyId(),
                counterparty.id(),
                counterparty.version(),
                counterparty.kind(),
                counterparty.name(),
                Optional.ofNullable(taxId),
                ibans,
                counterparty.localeTag(),
                counterparty.segment(),
                counterparty.onHold(),
                counterparty.holdReason(),
                counterparty.contact(),
                counterparty.naturalPerson(),
                counterparty.erasure(),
                counterparty.externalReference(),
                counterparty.lastWrite());
    }

    private InvoiceRecord insert(String number, BigDecimal amount) {
        return stores.invoices().insert(COMPANY, invoice(number, amount, 0));
    }

    private static InvoiceRecord withOutstanding(InvoiceRecord invoice, BigDecimal outstanding) {
        return copy(invoice, outstanding, invoice.lastDunningLevel());
    }

    private static InvoiceRecord withDunningLevel(InvoiceRecord invoice, int level) {
        return copy(invoice, invoice.outstanding(), level);
    }

    private static InvoiceRecord moved(
            InvoiceRecord invoice, UUID counterpartyId, String currency) {
        return new InvoiceRecord(
                invoice.companyId(),
                invoice.id(),
                invoice.version(),
                invoice.direction(),
                invoice.number(),
                counterpartyId,
                currency,
                invoice.issueDate(),
                invoice.dueDate(),
                invoice.lines(),
                invoice.schedule(),
                invoice.totals(),
                invoice.outstanding(),
                invoice.status(),
                invoice.closedOn(),
                invoice.dispute(),
                invoice.termsNotation(),
                invoice.lastDunningLevel(),
                invoice.externalReference(),
                invoice.idempotencyKey(),
                invoice.lastWrite());
    }

    private static InvoiceRecord copy(InvoiceRecord invoice, BigDecimal outstanding, int level) {
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
                invoice.lines(),
                invoice.schedule(),
                invoice.totals(),
                outstanding,
                invoice.status(),
                invoice.closedOn(),
                invoice.dispute(),
                invoice.termsNotation(),
                level,
                invoice.externalReference(),
                invoice.idempotencyKey(),
                invoice.lastWrite());
    }

    private static InvoiceRecord invoice(String number, BigDecimal amount, int level) {
        return new InvoiceRecord(
                COMPANY,
                UUID.randomUUID(),
                0,
                Direction.RECEIVABLE,
                number,
                UUID.randomUUID(),
                "TRY",
                ISSUED,
                ISSUED.plusDays(30),
                List.of(),
                List.of(),
                new InvoiceTotals(amount, List.of(), amount, BigDecimal.ZERO, amount),
                amount,
                InvoiceStatus.OPEN,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                level,
                Optional.empty(),
                Optional.empty(),
                STAMP);
    }
}
