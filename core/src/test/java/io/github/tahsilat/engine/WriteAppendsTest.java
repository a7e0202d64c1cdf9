package io.github.tahsilat.engine;

import static io.github.tahsilat.engine.ReconciliationFixture.credit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.Page;
import io.github.tahsilat.persistence.spi.StoreException;
import io.github.tahsilat.persistence.spi.record.EventRecord;
import io.github.tahsilat.persistence.spi.record.InvoiceRecord;
import io.github.tahsilat.persistence.spi.record.LedgerEntryKind;
import io.github.tahsilat.persistence.spi.record.LedgerEntryRecord;
import io.github.tahsilat.persistence.spi.record.NewEvent;
import io.github.tahsilat.persistence.spi.store.EventLog;
import io.github.tahsilat.persistence.spi.store.LedgerStore;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.reconciliation.BankLine;
import io.github.tahsilat.service.EventTypes;
import io.github.tahsilat.service.reconciliation.ReconciliationResult;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A write's events and a payment's ledger entries reach the stores with one append call each, when
 * the write's work returns, so a write that fails or is retried appends none of its earlier
 * attempts' rows. The line of each test pays invoice INV-1 in full.
 */
class WriteAppendsTest {

    private final Stores memory = InMemoryStores.create();
    private final CountingEventLog events = new CountingEventLog(memory.events());
    private final AtomicInteger ledgerAppendAllCalls = new AtomicInteger();
    private final AtomicInteger ledgerAppendCalls = new AtomicInteger();
    private final AtomicInteger competingUpdates = new AtomicInteger();
    private volatile boolean ledgerFails;
    private volatile int competitions;
    private final ReconciliationFixture fixture =
            new ReconciliationFixture(stores(), CompanyId.random());

    private final BankLine line =
            credit("100.00")
                    .remittanceText("Payment of INV-1 thanks")
                    .accountServicerReference("A-1")
                    .build();

    @Test
    void bookedLineAppendsEventsInOrder() {
        Invoice invoice = fixture.issue("INV-1", "100.00");
        List<EventRecord> before = events();
        resetCounts();

        ReconciliationResult result = fixture.importLines("STMT-1", List.of(line));

        assertThat(result.booked()).hasSize(1);
        List<EventRecord> added = added(before);
        assertThat(added)
                .extracting(EventRecord::type)
                .containsExactly(
                        EventTypes.PAYMENT_ALLOCATED,
                        EventTypes.INVOICE_PAID,
                        EventTypes.PAYMENT_RECORDED);
        long last = before.get(before.size() - 1).sequence();
        assertThat(added)
                .extracting(EventRecord::sequence)
                .containsExactly(last + 1, last + 2, last + 3);
        String paymentId = added.get(2).aggregateId().toString();
        assertThat(added.get(0).aggregateId().toString()).isEqualTo(paymentId);
        assertThat(added.get(0).payload())
                .containsEntry("paymentId", paymentId)
                .containsEntry("invoiceId", invoice.id().toString())
                .containsEntry("applied", "100.00")
                .containsEntry("principal", "100.00")
                .containsEntry("outstanding", "0.00");
        assertThat(added.get(1).aggregateId()).isEqualTo(invoice.id().value());
        assertThat(added.get(1).payload())
                .containsEntry("number", "INV-1")
                .containsEntry("paymentId", paymentId);
        assertThat(added.get(2).payload())
                .containsEntry("amount", "100.00")
                .containsEntry("applied", "100.00")
                .containsEntry("unapplied", "0.00");
        assertThat(events.appendAllCalls.get()).isEqualTo(1);
        assertThat(events.appendCalls.get()).isZero();
    }

    @Test
    void bookedLineAppendsLedgerEntriesOnce() {
        fixture.issue("INV-1", "100.00");
        resetCounts();

        fixture.importLines("STMT-1", List.of(line));

        List<LedgerEntryRecord> entries = paymentEntries();
        assertThat(entries)
                .extracting(LedgerEntryRecord::kind)
                .containsExactly(LedgerEntryKind.PAYMENT, LedgerEntryKind.ALLOCATION);
        assertThat(entries.get(1).sequence()).isEqualTo(entries.get(0).sequence() + 1);
        assertThat(entries.get(0).balanceEffect()).isEqualByComparingTo("-100.00");
        assertThat(entries.get(1).component()).contains("PRINCIPAL");
        assertThat(ledgerAppendAllCalls.get()).isEqualTo(1);
        assertThat(ledgerAppendCalls.get()).isZero();
    }

    @Test
    void retriedLineAppendsOnce() {
        Invoice invoice = fixture.issue("INV-1", "100.00");
        List<EventRecord> before = events();
        resetCounts();
        competitions = 1;

        ReconciliationResult result = fixture.importLines("STMT-1", List.of(line));

        assertThat(result.booked()).hasSize(1);
        assertThat(competingUpdates.get()).isEqualTo(2);
        assertThat(added(before))
                .extracting(EventRecord::type)
                .containsExactly(
                        EventTypes.PAYMENT_ALLOCATED,
                        EventTypes.INVOICE_PAID,
                        EventTypes.PAYMENT_RECORDED);
        assertThat(events.appendAllCalls.get()).isEqualTo(1);
        assertThat(paymentEntries()).hasSize(2);
        assertThat(ledgerAppendAllCalls.get()).isEqualTo(1);
        assertThat(fixture.outstanding(invoice)).isEqualByComparingTo("0.00");
    }

    @Test
    void failedLineAppendsNothing() {
        Invoice invoice = fixture.issue("INV-1", "100.00");
        List<EventRecord> before = events();
        resetCounts();
        ledgerFails = true;

        assertThatThrownBy(() -> fixture.importLines("STMT-1", List.of(line)))
                .isInstanceOf(StoreException.class)
                .hasMessage("ledger unavailable");

        assertThat(events()).isEqualTo(before);
        assertThat(events.appendAllCalls.get()).isZero();
        assertThat(events.appendCalls.get()).isZero();
        assertThat(fixture.entries()).isEmpty();
        assertThat(fixture.outstanding(invoice)).isEqualByComparingTo("100.00");
        assertThat(fixture.paymentsRecorded()).isZero();
    }

    private Stores stores() {
        return new Stores(
                memory.companies(),
                memory.counterparties(),
                new CompetingInvoiceStore(),
                memory.creditDocuments(),
                events,
                memory.payments(),
                memory.allocations(),
                countingLedger(memory.ledger()),
                memory.instruments(),
                memory.dunning(),
                memory.bankEntries(),
                memory.reconciliationQueue(),
                memory.paymentPlans(),
                memory.transactions());
    }

    private void resetCounts() {
        events.appendCalls.set(0);
        events.appendAllCalls.set(0);
        ledgerAppendCalls.set(0);
        ledgerAppendAllCalls.set(0);
        competingUpdates.set(0);
    }

    private List<EventRecord> events() {
        return memory.events().readAfter(fixture.companyId.value(), 0, 1000).items();
    }

    private List<EventRecord> added(List<EventRecord> before) {
        List<EventRecord> after = events();
        assertThat(after.subList(0, before.size())).isEqualTo(before);
        return after.subList(before.size(), after.size());
    }

    /** Returns the ledger entries of the only recorded payment, in sequence order. */
    private List<LedgerEntryRecord> paymentEntries() {
        UUID paymentId =
                events().stream()
                        .filter(event -> event.type().equals(EventTypes.PAYMENT_RECORDED))
                        .map(EventRecord::aggregateId)
                        .reduce((first, second) -> first)
                        .orElseThrow();
        return memory.ledger().findByDocument(fixture.companyId.value(), paymentId);
    }

    /**
     * Passes every call on, counts appends and throws on {@code appendAll} while {@link
     * #ledgerFails} is set.
     */
    private LedgerStore countingLedger(LedgerStore delegate) {
        return (LedgerStore)
                Proxy.newProxyInstance(
                        LedgerStore.class.getClassLoader(),
                        new Class<?>[] {LedgerStore.class},
                        (proxy, method, arguments) -> {
                            if (method.getName().equals("appendAll")) {
                                ledgerAppendAllCalls.incrementAndGet();
                                if (ledgerFails) {
                                    throw new StoreException("ledger unavailable");
                                }
                            } else if (method.getName().equals("append")) {
                                ledgerAppendCalls.incrementAndGet();
                            }
                            try {
                                return method.invoke(delegate, arguments);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
    }

    /** An event log that counts the calls the engine makes and passes them on. */
    private static final class CountingEventLog implements EventLog {
        final AtomicInteger appendCalls = new AtomicInteger();
        final AtomicInteger appendAllCalls = new AtomicInteger();
        private final EventLog delegate;

        CountingEventLog(EventLog delegate) {
            this.delegate = delegate;
        }

        @Override
        public EventRecord append(UUID companyId, NewEvent event) {
            appendCalls.incrementAndGet();
            return delegate.append(companyId, event);
        }

        @Override
        public List<EventRecord> appendAll(UUID companyId, List<NewEvent> events) {
            appendAllCalls.incrementAndGet();
            return delegate.appendAll(companyId, events);
        }

        @Override
        public Page<EventRecord> readAfter(UUID companyId, long afterSequence, int size) {
            return delegate.readAfter(companyId, afterSequence, size);
        }
    }

    /**
     * An invoice store where, for the first {@link #competitions} updates, another writer updates
     * the invoice between the engine's read and its update, so the engine's update meets a stale
     * version and its write is retried.
     */
    private final class CompetingInvoiceStore extends ForwardingInvoiceStore {

        CompetingInvoiceStore() {
            super(memory.invoices());
        }

        @Override
        public InvoiceRecord update(UUID companyId, InvoiceRecord invoice) {
            if (competingUpdates.incrementAndGet() <= competitions) {
                InvoiceRecord current = delegate.find(companyId, invoice.id()).orElseThrow();
                delegate.update(companyId, current);
            }
            return delegate.update(companyId, invoice);
        }
    }
}
