package io.github.tahsilat.testkit;

import static io.github.tahsilat.testkit.Fixtures.IBAN;
import static io.github.tahsilat.testkit.Fixtures.ISSUED;
import static io.github.tahsilat.testkit.Fixtures.OTHER_IBAN;
import static io.github.tahsilat.testkit.Fixtures.STAMP;
import static io.github.tahsilat.testkit.Rollbacks.runAndRollBack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.persistence.spi.MatchKeys;
import io.github.tahsilat.persistence.spi.record.CounterpartyRecord;
import io.github.tahsilat.persistence.spi.record.Direction;
import io.github.tahsilat.persistence.spi.record.InvoiceRecord;
import io.github.tahsilat.persistence.spi.record.InvoiceStatus;
import io.github.tahsilat.persistence.spi.record.MatchCandidateView;
import io.github.tahsilat.persistence.spi.record.TaxId;
import io.github.tahsilat.persistence.spi.store.InvoiceStore;
import io.github.tahsilat.persistence.spi.store.OpenReceivableFeed;
import io.github.tahsilat.persistence.spi.store.OpenReceivableListener;
import io.github.tahsilat.persistence.spi.store.Stores;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Checks an {@link OpenReceivableFeed}: the replay on subscribe, a report for each invoice and
 * counterparty write that changes an open receivable or a counterparty's name, IBANs or tax id, the
 * reverse reports of a rollback, and isolation between companies. Extend it with {@link
 * #newStores()} to run it against a backend whose invoice store offers a feed.
 *
 * <p>After each write the test compares the listener's open receivables with what the store's
 * {@link InvoiceStore#matchCandidatesByNumberKey} returns, so it does not depend on the slot
 * numbers a store gives.
 */
public abstract class OpenReceivableFeedContractTest {

    private static final UUID COMPANY = UUID.fromString("00000000-0000-0000-0000-00000000c001");
    private static final UUID OTHER_COMPANY =
            UUID.fromString("00000000-0000-0000-0000-00000000c002");
    private static final LocalDate DUE = LocalDate.of(2026, 2, 4);

    private Stores stores;
    private OpenReceivableFeed feed;
    private final List<String> numbers = new ArrayList<>();

    /** Creates the test; subclasses add only {@link #newStores()}. */
    protected OpenReceivableFeedContractTest() {}

    /** Returns new, empty stores whose invoice store offers a feed. */
    protected abstract Stores newStores();

    @BeforeEach
    void createStores() {
        stores = newStores();
        feed = stores.invoices().openReceivableFeed().orElseThrow();
    }

    @Nested
    class Subscribe {

        @Test
        void replaysCounterpartiesAndOpenReceivables() {
            CounterpartyRecord customer = insertCounterparty(COMPANY, "Deniz Lojistik");
            InvoiceRecord open = insertInvoice(COMPANY, customer.id(), "INV-1");
            InvoiceRecord paid = insertInvoice(COMPANY, customer.id(), "INV-2");
            stores.invoices().update(COMPANY, Fixtures.paid(paid, ISSUED.plusDays(1)));
            insertPayable(COMPANY, customer.id(), "BILL-1");

            Recorder recorder = subscribe();

            assertThat(recorder.names(COMPANY))
                    .containsExactly(Map.entry(customer.id(), "Deniz Lojistik"));
            assertThat(recorder.open(COMPANY).values()).containsExactly(candidate(COMPANY, open));
            assertMatchesStore(recorder, COMPANY);
        }

        @Test
        void emptyStoreReplaysNothing() {
            Recorder recorder = subscribe();

            assertThat(recorder.calls).isEmpty();
        }

        @Test
        void everyListenerReceivesWrites() {
            Recorder first = subscribe();
            Recorder second = subscribe();

            insertInvoice(COMPANY, UUID.randomUUID(), "INV-1");

            assertThat(first.open(COMPANY)).hasSize(1);
            assertThat(second.open(COMPANY)).isEqualTo(first.open(COMPANY));
        }

        @Test
        void nullListenerRejected() {
            assertThatThrownBy(() -> feed.subscribe(null)).isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    class InvoiceWrites {

        @Test
        void insertOpenReceivableReportsOpened() {
            Recorder recorder = subscribe();

            InvoiceRecord invoice = insertInvoice(COMPANY, UUID.randomUUID(), "INV-1");

            assertThat(recorder.open(COMPANY).values())
                    .containsExactly(candidate(COMPANY, invoice));
            assertThat(candidate(COMPANY, invoice).externalReference()).contains("ERP-INV-1");
            assertThat(candidate(COMPANY, invoice).openMinor()).isEqualTo(110_000L);
        }

        @Test
        void insertPayableReportsNothing() {
            Recorder recorder = subscribe();

            insertPayable(COMPANY, UUID.randomUUID(), "BILL-1");

            assertThat(recorder.calls).isEmpty();
        }

        @Test
        void insertPaidReceivableReportsNothing() {
            Recorder recorder = subscribe();
            InvoiceRecord paid =
                    Fixtures.paid(
                            Fixtures.invoice(COMPANY, UUID.randomUUID(), "INV-1", DUE),
                            ISSUED.plusDays(1));

            stores.invoices().insert(COMPANY, paid);

            assertThat(recorder.calls).isEmpty();
        }

        @Test
        void partialSettlementReportsNewAmount() {
            InvoiceRecord invoice = insertInvoice(COMPANY, UUID.randomUUID(), "INV-1");
            Recorder recorder = subscribe();
            InvoiceDraft draft = InvoiceDraft.of(invoice);
            draft.outstanding = new BigDecimal("400.00");
            draft.status = InvoiceStatus.PARTIALLY_PAID;

            stores.invoices().update(COMPANY, draft.build());

            assertThat(recorder.open(COMPANY).values())
                    .extracting(MatchCandidateView::openMinor)
                    .containsExactly(40_000L);
            assertMatchesStore(recorder, COMPANY);
        }

        @Test
        void numberAndReferenceChangeReported() {
            InvoiceRecord invoice = insertInvoice(COMPANY, UUID.randomUUID(), "INV-1");
            Recorder recorder = subscribe();
            InvoiceDraft draft = InvoiceDraft.of(invoice);
            draft.number = "INV-9";
            draft.externalReference = Optional.of("ERP-9");
            numbers.add("INV-9");

            stores.invoices().update(COMPANY, draft.build());

            MatchCandidateView view = recorder.open(COMPANY).values().iterator().next();
            assertThat(view.number()).isEqualTo("INV-9");
            assertThat(view.externalReference()).contains("ERP-9");
            assertMatchesStore(recorder, COMPANY);
        }

        @Test
        void counterpartyCurrencyAndDueChangeReported() {
            InvoiceRecord invoice = insertInvoice(COMPANY, UUID.randomUUID(), "INV-1");
            Recorder recorder = subscribe();
            UUID otherCustomer = UUID.randomUUID();
            InvoiceDraft draft = InvoiceDraft.of(invoice);
            draft.counterpartyId = otherCustomer;
            draft.currency = "EUR";
            draft.dueDate = DUE.plusDays(10);

            stores.invoices().update(COMPANY, draft.build());

            MatchCandidateView view = recorder.open(COMPANY).values().iterator().next();
            assertThat(view.counterpartyId()).isEqualTo(otherCustomer);
            assertThat(view.currency()).isEqualTo("EUR");
            assertThat(view.dueEpochDay()).isEqualTo((int) DUE.plusDays(10).toEpochDay());
            assertMatchesStore(recorder, COMPANY);
        }

        @Test
        void paidReportsClosed() {
            InvoiceRecord invoice = insertInvoice(COMPANY, UUID.randomUUID(), "INV-1");
            Recorder recorder = subscribe();

            stores.invoices().update(COMPANY, Fixtures.paid(invoice, ISSUED.plusDays(1)));

            assertThat(recorder.open(COMPANY)).isEmpty();
            assertThat(recorder.calls).containsExactly("closed");
        }

        @Test
        void cancelledReportsClosed() {
            InvoiceRecord invoice = insertInvoice(COMPANY, UUID.randomUUID(), "INV-1");
            Recorder recorder = subscribe();
            InvoiceDraft draft = InvoiceDraft.of(invoice);
            draft.status = InvoiceStatus.CANCELLED;
            draft.closedOn = Optional.of(ISSUED.plusDays(2));

            stores.invoices().update(COMPANY, draft.build());

            assertThat(recorder.open(COMPANY)).isEmpty();
        }

        @Test
        void directionChangeReportsClosed() {
            InvoiceRecord invoice = insertInvoice(COMPANY, UUID.randomUUID(), "INV-1");
            Recorder recorder = subscribe();
            InvoiceDraft draft = InvoiceDraft.of(invoice);
            draft.direction = Direction.PAYABLE;

            stores.invoices().update(COMPANY, draft.build());

            assertThat(recorder.open(COMPANY)).isEmpty();
        }

        @Test
        void reopenedInvoiceReportsOpened() {
            InvoiceRecord invoice = insertInvoice(COMPANY, UUID.randomUUID(), "INV-1");
            InvoiceRecord paid =
                    stores.invoices().update(COMPANY, Fixtures.paid(invoice, ISSUED.plusDays(1)));
            Recorder recorder = subscribe();
            InvoiceDraft draft = InvoiceDraft.of(paid);
            draft.outstanding = new BigDecimal("1100.00");
            draft.status = InvoiceStatus.OPEN;
            draft.closedOn = Optional.empty();

            stores.invoices().update(COMPANY, draft.build());

            assertThat(recorder.open(COMPANY)).hasSize(1);
            assertMatchesStore(recorder, COMPANY);
        }

        @Test
        void rolledBackInsertReportsClosed() {
            Recorder recorder = subscribe();

            runAndRollBack(
                    stores.transactions(),
                    () -> insertInvoice(COMPANY, UUID.randomUUID(), "INV-1"));

            assertThat(recorder.open(COMPANY)).isEmpty();
            assertThat(recorder.calls).containsExactly("opened", "closed");
        }

        @Test
        void rolledBackUpdateRestoresView() {
            InvoiceRecord invoice = insertInvoice(COMPANY, UUID.randomUUID(), "INV-1");
            Recorder recorder = subscribe();
            InvoiceDraft draft = InvoiceDraft.of(invoice);
            draft.outstanding = new BigDecimal("400.00");
            draft.status = InvoiceStatus.PARTIALLY_PAID;

            runAndRollBack(
                    stores.transactions(), () -> stores.invoices().update(COMPANY, draft.build()));

            assertThat(recorder.open(COMPANY).values())
                    .containsExactly(candidate(COMPANY, invoice));
            assertMatchesStore(recorder, COMPANY);
        }

        @Test
        void rolledBackCloseReopens() {
            InvoiceRecord invoice = insertInvoice(COMPANY, UUID.randomUUID(), "INV-1");
            Recorder recorder = subscribe();

            runAndRollBack(
                    stores.transactions(),
                    () ->
                            stores.invoices()
                                    .update(COMPANY, Fixtures.paid(invoice, ISSUED.plusDays(1))));

            assertThat(recorder.open(COMPANY).values())
                    .containsExactly(candidate(COMPANY, invoice));
        }

        @Test
        void rejectedWriteLeavesStateUnchanged() {
            InvoiceRecord invoice = insertInvoice(COMPANY, UUID.randomUUID(), "INV-1");
            Recorder recorder = subscribe();
            InvoiceRecord duplicate = Fixtures.invoice(COMPANY, UUID.randomUUID(), "INV-1", DUE);

            assertThatThrownBy(() -> stores.invoices().insert(COMPANY, duplicate))
                    .isInstanceOf(RuntimeException.class);

            assertThat(recorder.open(COMPANY).values())
                    .containsExactly(candidate(COMPANY, invoice));
        }
    }

    @Nested
    class CounterpartyWrites {

        @Test
        void insertReportsName() {
            Recorder recorder = subscribe();

            CounterpartyRecord customer = insertCounterparty(COMPANY, "Deniz Lojistik");

            assertThat(recorder.names(COMPANY))
                    .containsExactly(Map.entry(customer.id(), "Deniz Lojistik"));
        }

        @Test
        void renameReportsNewName() {
            CounterpartyRecord customer = insertCounterparty(COMPANY, "Deniz Lojistik");
            Recorder recorder = subscribe();

            stores.counterparties().update(COMPANY, renamed(customer, "Deniz Nakliyat"));

            assertThat(recorder.names(COMPANY))
                    .containsExactly(Map.entry(customer.id(), "Deniz Nakliyat"));
        }

        @Test
        void erasureReportsPseudonym() {
            CounterpartyRecord person =
                    stores.counterparties().insert(COMPANY, Fixtures.person(COMPANY, "CRM-1"));
            LocalDate retentionEnds = ISSUED.plusYears(10);
            stores.counterparties()
                    .recordErasureRequest(COMPANY, person.id(), 1, retentionEnds, STAMP);
            Recorder recorder = subscribe();

            stores.counterparties()
                    .erase(COMPANY, person.id(), 2, "Müşteri-1", retentionEnds, STAMP);

            assertThat(recorder.names(COMPANY))
                    .containsExactly(Map.entry(person.id(), "Müşteri-1"));
        }

        @Test
        void rolledBackInsertReportsRemoved() {
            Recorder recorder = subscribe();

            runAndRollBack(
                    stores.transactions(), () -> insertCounterparty(COMPANY, "Deniz Lojistik"));

            assertThat(recorder.names(COMPANY)).isEmpty();
            assertThat(recorder.calls).containsExactly("stored", "removed");
        }

        @Test
        void rolledBackRenameRestoresName() {
            CounterpartyRecord customer = insertCounterparty(COMPANY, "Deniz Lojistik");
            Recorder recorder = subscribe();

            runAndRollBack(
                    stores.transactions(),
                    () -> stores.counterparties().update(COMPANY, renamed(customer, "Yeni Ad")));

            assertThat(recorder.names(COMPANY))
                    .containsExactly(Map.entry(customer.id(), "Deniz Lojistik"));
        }

        @Test
        void insertReportsIbansAndTaxId() {
            Recorder recorder = subscribe();

            CounterpartyRecord customer =
                    stores.counterparties()
                            .insert(COMPANY, Fixtures.firm(COMPANY, List.of(IBAN, OTHER_IBAN)));

            assertThat(recorder.reported(COMPANY, customer.id()))
                    .isEqualTo(reported(customer.name(), List.of(IBAN, OTHER_IBAN), customer));
            assertThat(recorder.reported(COMPANY, customer.id()).taxId())
                    .isEqualTo(Optional.of(Fixtures.VKN));
        }

        @Test
        void replayReportsIbansAndTaxId() {
            CounterpartyRecord customer =
                    stores.counterparties().insert(COMPANY, Fixtures.firm(COMPANY, List.of(IBAN)));

            Recorder recorder = subscribe();

            assertThat(recorder.reported(COMPANY, customer.id()))
                    .isEqualTo(reported(customer.name(), List.of(IBAN), customer));
        }

        @Test
        void ibanAndTaxIdChangeReported() {
            CounterpartyRecord customer =
                    stores.counterparties().insert(COMPANY, Fixtures.firm(COMPANY, List.of(IBAN)));
            Recorder recorder = subscribe();

            stores.counterparties()
                    .update(COMPANY, identified(customer, List.of(OTHER_IBAN), Optional.empty()));

            assertThat(recorder.reported(COMPANY, customer.id()))
                    .isEqualTo(
                            new Reported(customer.name(), List.of(OTHER_IBAN), Optional.empty()));
        }

        @Test
        void removedIbansReportedEmpty() {
            CounterpartyRecord customer =
                    stores.counterparties().insert(COMPANY, Fixtures.firm(COMPANY, List.of(IBAN)));
            Recorder recorder = subscribe();

            stores.counterparties()
                    .update(COMPANY, identified(customer, List.of(), customer.taxId()));

            assertThat(recorder.reported(COMPANY, customer.id()).ibans()).isEmpty();
            assertThat(recorder.reported(COMPANY, customer.id()).taxId())
                    .isEqualTo(customer.taxId());
        }

        @Test
        void erasureReportsNoIbansOrTaxId() {
            CounterpartyRecord person =
                    stores.counterparties().insert(COMPANY, Fixtures.person(COMPANY, "CRM-1"));
            LocalDate retentionEnds = ISSUED.plusYears(10);
            stores.counterparties()
                    .recordErasureRequest(COMPANY, person.id(), 1, retentionEnds, STAMP);
            Recorder recorder = subscribe();
            assertThat(recorder.reported(COMPANY, person.id()).ibans()).isNotEmpty();
            assertThat(recorder.reported(COMPANY, person.id()).taxId()).isPresent();

            stores.counterparties()
                    .erase(COMPANY, person.id(), 2, "Müşteri-1", retentionEnds, STAMP);

            assertThat(recorder.reported(COMPANY, person.id()))
                    .isEqualTo(new Reported("Müşteri-1", List.of(), Optional.empty()));
        }

        @Test
        void rolledBackIbanChangeRestoresIbans() {
            CounterpartyRecord customer =
                    stores.counterparties().insert(COMPANY, Fixtures.firm(COMPANY, List.of(IBAN)));
            Recorder recorder = subscribe();

            runAndRollBack(
                    stores.transactions(),
                    () ->
                            stores.counterparties()
                                    .update(
                                            COMPANY,
                                            identified(
                                                    customer,
                                                    List.of(OTHER_IBAN),
                                                    Optional.empty())));

            assertThat(recorder.reported(COMPANY, customer.id()))
                    .isEqualTo(reported(customer.name(), List.of(IBAN), customer));
        }

        @Test
        void rolledBackInsertRemovesIbansAndTaxId() {
            Recorder recorder = subscribe();

            runAndRollBack(
                    stores.transactions(),
                    () ->
                            stores.counterparties()
                                    .insert(COMPANY, Fixtures.firm(COMPANY, List.of(IBAN))));

            assertThat(recorder.counterparties.getOrDefault(COMPANY, Map.of())).isEmpty();
            assertThat(recorder.calls).containsExactly("stored", "removed");
        }
    }

    @Nested
    class Companies {

        @Test
        void reportsKeepCompaniesApart() {
            Recorder recorder = subscribe();
            CounterpartyRecord customer = insertCounterparty(COMPANY, "Deniz Lojistik");
            CounterpartyRecord other = insertCounterparty(OTHER_COMPANY, "Ege Tekstil");
            InvoiceRecord invoice = insertInvoice(COMPANY, customer.id(), "INV-1");
            InvoiceRecord sameNumber = insertInvoice(OTHER_COMPANY, other.id(), "INV-1");

            stores.invoices().update(OTHER_COMPANY, Fixtures.paid(sameNumber, ISSUED.plusDays(1)));

            assertThat(recorder.open(COMPANY).values())
                    .containsExactly(candidate(COMPANY, invoice));
            assertThat(recorder.open(OTHER_COMPANY)).isEmpty();
            assertThat(recorder.names(COMPANY)).containsOnlyKeys(customer.id());
            assertThat(recorder.names(OTHER_COMPANY)).containsOnlyKeys(other.id());
        }
    }

    @Nested
    class WhileUnchanged {

        @Test
        void returnsResultOfWork() {
            assertThat(feed.whileUnchanged(() -> "done")).isEqualTo("done");
        }

        @Test
        void runsInsideWritingTransaction() {
            String result =
                    stores.transactions()
                            .inTransaction(
                                    () -> {
                                        insertInvoice(COMPANY, UUID.randomUUID(), "INV-1");
                                        return feed.whileUnchanged(() -> "done");
                                    });

            assertThat(result).isEqualTo("done");
        }

        @Test
        void nullWorkRejected() {
            assertThatThrownBy(() -> feed.whileUnchanged(null))
                    .isInstanceOf(NullPointerException.class);
        }
    }

    private Recorder subscribe() {
        Recorder recorder = new Recorder();
        feed.subscribe(recorder);
        recorder.calls.clear();
        return recorder;
    }

    private CounterpartyRecord insertCounterparty(UUID companyId, String name) {
        return stores.counterparties()
                .insert(companyId, renamed(Fixtures.firm(companyId, List.of()), name));
    }

    private static Reported reported(
            String name, List<String> ibans, CounterpartyRecord counterparty) {
        return new Reported(name, ibans, counterparty.taxId());
    }

    /** Returns a copy of the counterparty with other IBANs and tax id. */
    private static CounterpartyRecord identified(
            CounterpartyRecord counterparty, List<String> ibans, Optional<TaxId> taxId) {
        return new CounterpartyRecord(
                counterparty.companyId(),
                counterparty.id(),
                counterparty.version(),
                counterparty.kind(),
                counterparty.name(),
                taxId,
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

    private static CounterpartyRecord renamed(CounterpartyRecord counterparty, String name) {
        return new CounterpartyRecord(
                counterparty.companyId(),
                counterparty.id(),
                counterparty.version(),
                counterparty.kind(),
                name,
                counterparty.taxId(),
                counterparty.ibans(),
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

    private InvoiceRecord insertInvoice(UUID companyId, UUID counterpartyId, String number) {
        numbers.add(number);
        return stores.invoices()
                .insert(companyId, Fixtures.invoice(companyId, counterpartyId, number, DUE));
    }

    private void insertPayable(UUID companyId, UUID counterpartyId, String number) {
        numbers.add(number);
        InvoiceDraft draft =
                InvoiceDraft.of(Fixtures.invoice(companyId, counterpartyId, number, DUE));
        draft.direction = Direction.PAYABLE;
        stores.invoices().insert(companyId, draft.build());
    }

    /** Returns the match candidate that the store returns for an invoice. */
    private MatchCandidateView candidate(UUID companyId, InvoiceRecord invoice) {
        return stores
                .invoices()
                .matchCandidatesByNumberKey(
                        companyId, List.of(MatchKeys.invoiceNumberKey(invoice.number())))
                .stream()
                .filter(view -> view.itemId().equals(invoice.id()))
                .findFirst()
                .orElseThrow();
    }

    /** Checks that the recorded open receivables are the store's candidates for every number. */
    private void assertMatchesStore(Recorder recorder, UUID companyId) {
        List<String> keys = numbers.stream().map(MatchKeys::invoiceNumberKey).toList();
        List<MatchCandidateView> stored =
                stores.invoices().matchCandidatesByNumberKey(companyId, keys);
        assertThat(recorder.open(companyId).values()).containsExactlyInAnyOrderElementsOf(stored);
    }

    /** The fields of a counterparty that the feed reports. */
    private record Reported(String name, List<String> ibans, Optional<TaxId> taxId) {}

    /** A listener that keeps the state the feed reported and the kind of each call since reset. */
    private static final class Recorder implements OpenReceivableListener {
        final Map<UUID, Map<Integer, MatchCandidateView>> open = new HashMap<>();
        final Map<UUID, Map<UUID, Reported>> counterparties = new HashMap<>();
        final List<String> calls = new ArrayList<>();

        Map<Integer, MatchCandidateView> open(UUID companyId) {
            return open.getOrDefault(companyId, Map.of());
        }

        Map<UUID, String> names(UUID companyId) {
            Map<UUID, String> names = new HashMap<>();
            counterparties
                    .getOrDefault(companyId, Map.of())
                    .forEach((id, reported) -> names.put(id, reported.name()));
            return names;
        }

        /**
         * Returns what the feed last reported of the counterparty, or null if it reported nothing.
         */
        Reported reported(UUID companyId, UUID counterpartyId) {
            return counterparties.getOrDefault(companyId, Map.of()).get(counterpartyId);
        }

        @Override
        public void counterpartyStored(
                UUID companyId,
                UUID counterpartyId,
                String name,
                List<String> ibans,
                Optional<TaxId> taxId) {
            calls.add("stored");
            counterparties
                    .computeIfAbsent(companyId, id -> new HashMap<>())
                    .put(counterpartyId, new Reported(name, ibans, taxId));
        }

        @Override
        public void counterpartyRemoved(UUID companyId, UUID counterpartyId) {
            calls.add("removed");
            counterparties.computeIfAbsent(companyId, id -> new HashMap<>()).remove(counterpartyId);
        }

        @Override
        public void opened(UUID companyId, int slot, MatchCandidateView item) {
            calls.add("opened");
            open.computeIfAbsent(companyId, id -> new HashMap<>()).put(slot, item);
        }

        @Override
        public void closed(UUID companyId, int slot) {
            calls.add("closed");
            open.computeIfAbsent(companyId, id -> new HashMap<>()).remove(slot);
        }
    }
}
