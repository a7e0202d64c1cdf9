package io.github.tahsilat.engine;

import static io.github.tahsilat.engine.EngineFixtures.NOW;
import static io.github.tahsilat.engine.EngineFixtures.company;
import static io.github.tahsilat.engine.EngineFixtures.creditNote;
import static io.github.tahsilat.engine.EngineFixtures.engine;
import static io.github.tahsilat.engine.EngineFixtures.person;
import static io.github.tahsilat.engine.EngineFixtures.simpleInvoice;
import static io.github.tahsilat.engine.StoredRecords.importedInvoice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.error.StoredDataException;
import io.github.tahsilat.invoice.CreditDocument;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceStatus;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.StaleVersionException;
import io.github.tahsilat.persistence.spi.StoreException;
import io.github.tahsilat.persistence.spi.record.ActorKind;
import io.github.tahsilat.persistence.spi.record.EventRecord;
import io.github.tahsilat.persistence.spi.record.InvoiceRecord;
import io.github.tahsilat.persistence.spi.record.WriteStamp;
import io.github.tahsilat.persistence.spi.store.CreditDocumentStore;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.service.Actor;
import io.github.tahsilat.service.EventTypes;
import io.github.tahsilat.service.NotFoundException;
import io.github.tahsilat.service.StoredInvoice;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TransactionRulesTest {

    private final CompanyId companyId = CompanyId.random();

    private Tahsilat registered(Stores stores, Counterparty customer) {
        Tahsilat engine = engine(stores);
        engine.companies().register(company(companyId));
        engine.counterparties().register(customer);
        return engine;
    }

    private static List<EventRecord> events(Stores stores, CompanyId company) {
        return stores.events().readAfter(company.value(), 0, 1000).items();
    }

    @Nested
    class Rollback {

        @Test
        void failedCreditUpdateWritesNothing() {
            Stores memory = InMemoryStores.create();
            CreditDocumentStore failing =
                    failingOn(memory.creditDocuments(), "update", "credit store unavailable");
            Stores stores =
                    new Stores(
                            memory.companies(),
                            memory.counterparties(),
                            memory.invoices(),
                            failing,
                            memory.events(),
                            memory.payments(),
                            memory.allocations(),
                            memory.ledger(),
                            memory.instruments(),
                            memory.dunning(),
                            memory.bankEntries(),
                            memory.reconciliationQueue(),
                            memory.paymentPlans(),
                            memory.transactions());
            Counterparty customer = person(companyId);
            Tahsilat engine = registered(stores, customer);
            Invoice invoice = simpleInvoice(customer, "INV-1");
            engine.invoices().issue(InvoiceRequest.of(invoice));
            CreditDocument credit = creditNote(customer, "CN-1", "INV-1", "100.00");
            engine.creditDocuments().record(credit, Optional.empty());
            List<EventRecord> before = events(stores, companyId);

            assertThatThrownBy(
                            () ->
                                    engine.creditDocuments()
                                            .apply(companyId, credit.id(), invoice.id()))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("credit store unavailable");

            StoredInvoice stored = engine.invoices().find(companyId, invoice.id()).orElseThrow();
            assertThat(stored.version()).isEqualTo(1);
            assertThat(stored.invoice()).isEqualTo(invoice);
            assertThat(
                            engine.creditDocuments()
                                    .find(companyId, credit.id())
                                    .orElseThrow()
                                    .version())
                    .isEqualTo(1);
            assertThat(events(stores, companyId)).isEqualTo(before);
        }

        @Test
        void hostTransactionRollsBackIssue() {
            Stores stores = InMemoryStores.create();
            Counterparty customer = person(companyId);
            Tahsilat engine = registered(stores, customer);
            Invoice invoice = simpleInvoice(customer, "INV-1");
            List<EventRecord> before = events(stores, companyId);

            assertThatThrownBy(
                            () ->
                                    stores.transactions()
                                            .inTransaction(
                                                    () -> {
                                                        engine.invoices()
                                                                .issue(InvoiceRequest.of(invoice));
                                                        throw new IllegalStateException(
                                                                "host failed after the issue");
                                                    }))
                    .hasMessage("host failed after the issue");

            assertThat(engine.invoices().find(companyId, invoice.id())).isEmpty();
            assertThat(events(stores, companyId)).isEqualTo(before);
        }
    }

    @Nested
    class Events {

        @Test
        void appendedInOrderWithSequences() {
            Stores stores = InMemoryStores.create();
            Counterparty customer = person(companyId);
            Tahsilat engine = registered(stores, customer);
            Invoice invoice = simpleInvoice(customer, "INV-1");

            engine.actingAs(Actor.user("u-42")).invoices().issue(InvoiceRequest.of(invoice));
            engine.invoices().openDispute(companyId, invoice.id(), "wrong colour");
            engine.invoices().resolveDispute(companyId, invoice.id());
            engine.invoices().cancel(companyId, invoice.id());

            List<EventRecord> events = events(stores, companyId);
            assertThat(events)
                    .extracting(EventRecord::type)
                    .containsExactly(
                            EventTypes.COMPANY_REGISTERED,
                            EventTypes.COUNTERPARTY_REGISTERED,
                            EventTypes.INVOICE_ISSUED,
                            EventTypes.DISPUTE_OPENED,
                            EventTypes.DISPUTE_RESOLVED,
                            EventTypes.INVOICE_CANCELLED);
            assertThat(events)
                    .extracting(EventRecord::sequence)
                    .containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
            EventRecord issued = events.get(2);
            assertThat(issued.aggregateId()).isEqualTo(invoice.id().value());
            assertThat(issued.occurredAt()).isEqualTo(NOW);
            assertThat(issued.actor().kind()).isEqualTo(ActorKind.USER);
            assertThat(issued.actor().id()).isEqualTo("u-42");
            assertThat(issued.payload())
                    .containsEntry("number", "INV-1")
                    .containsEntry("receivable", "1200.00")
                    .containsEntry("currency", "TRY");
            assertThat(events.get(5).actor().id()).isEqualTo("tahsilat");
        }

        @Test
        void writesRecordActorAndInstant() {
            Stores stores = InMemoryStores.create();
            Counterparty customer = person(companyId);
            Tahsilat engine = registered(stores, customer);
            Invoice invoice = simpleInvoice(customer, "INV-1");

            engine.actingAs(Actor.user("u-7")).invoices().issue(InvoiceRequest.of(invoice));

            WriteStamp stamp =
                    stores.invoices()
                            .find(companyId.value(), invoice.id().value())
                            .orElseThrow()
                            .lastWrite();
            assertThat(stamp.at()).isEqualTo(NOW);
            assertThat(stamp.actor().id()).isEqualTo("u-7");
        }
    }

    @Nested
    class Isolation {

        @Test
        void companiesShareNothing() {
            Stores stores = InMemoryStores.create();
            Counterparty customer = person(companyId);
            Tahsilat engine = registered(stores, customer);
            CompanyId otherId = CompanyId.random();
            engine.companies().register(company(otherId));
            Counterparty otherCustomer = person(otherId);
            engine.counterparties().register(otherCustomer);
            Invoice invoice = simpleInvoice(customer, "INV-1");
            Invoice sameNumber = simpleInvoice(otherCustomer, "INV-1");

            engine.invoices().issue(InvoiceRequest.of(invoice));
            engine.invoices().issue(InvoiceRequest.of(sameNumber));

            assertThat(engine.invoices().find(otherId, invoice.id())).isEmpty();
            assertThat(engine.invoices().findByNumber(otherId, Direction.RECEIVABLE, "INV-1"))
                    .map(stored -> stored.invoice().id())
                    .contains(sameNumber.id());
            assertThat(engine.counterparties().find(otherId, customer.id())).isEmpty();
            assertThatThrownBy(() -> engine.invoices().cancel(otherId, invoice.id()))
                    .isInstanceOf(NotFoundException.class);
            assertThat(events(stores, otherId))
                    .extracting(EventRecord::aggregateId)
                    .doesNotContain(invoice.id().value(), customer.id().value());
        }
    }

    @Nested
    class StaleVersions {

        @Test
        void concurrentUpdateRetried() {
            Stores memory = InMemoryStores.create();
            CompetingInvoiceStore competing = new CompetingInvoiceStore(memory, 1);
            Stores stores = memory.withInvoices(competing);
            Counterparty customer = person(companyId);
            Tahsilat engine = registered(stores, customer);
            Invoice invoice = simpleInvoice(customer, "INV-1");
            engine.invoices().issue(InvoiceRequest.of(invoice));

            StoredInvoice cancelled = engine.invoices().cancel(companyId, invoice.id());

            assertThat(competing.updates.get()).isEqualTo(2);
            assertThat(cancelled.version()).isEqualTo(2);
            assertThat(cancelled.invoice().status()).isEqualTo(InvoiceStatus.CANCELLED);
            assertThat(events(stores, companyId))
                    .filteredOn(event -> event.type().equals(EventTypes.INVOICE_CANCELLED))
                    .hasSize(1);
        }

        @Test
        void givesUpAfterThreeRetries() {
            Stores memory = InMemoryStores.create();
            CompetingInvoiceStore competing = new CompetingInvoiceStore(memory, 100);
            Stores stores = memory.withInvoices(competing);
            Counterparty customer = person(companyId);
            Tahsilat engine = registered(stores, customer);
            Invoice invoice = simpleInvoice(customer, "INV-1");
            engine.invoices().issue(InvoiceRequest.of(invoice));

            assertThatThrownBy(() -> engine.invoices().cancel(companyId, invoice.id()))
                    .isInstanceOf(StaleVersionException.class);

            assertThat(competing.updates.get()).isEqualTo(4);
            assertThat(engine.invoices().find(companyId, invoice.id()).orElseThrow().version())
                    .isEqualTo(1);
        }

        @Test
        void hostTransactionNotRetried() {
            Stores memory = InMemoryStores.create();
            CompetingInvoiceStore competing = new CompetingInvoiceStore(memory, 1);
            Stores stores = memory.withInvoices(competing);
            Counterparty customer = person(companyId);
            Tahsilat engine = registered(stores, customer);
            Invoice invoice = simpleInvoice(customer, "INV-1");
            engine.invoices().issue(InvoiceRequest.of(invoice));

            assertThatThrownBy(
                            () ->
                                    stores.transactions()
                                            .inTransaction(
                                                    () ->
                                                            engine.invoices()
                                                                    .cancel(
                                                                            companyId,
                                                                            invoice.id())))
                    .isInstanceOf(StaleVersionException.class);

            assertThat(competing.updates.get()).isEqualTo(1);
        }
    }

    @Nested
    class BadStoredData {

        @Test
        void unknownCurrencyNamesRecord() {
            Stores stores = InMemoryStores.create();
            Counterparty customer = person(companyId);
            Tahsilat engine = registered(stores, customer);
            UUID id = UUID.randomUUID();
            BigDecimal amount = new BigDecimal("10.00");
            stores.invoices()
                    .insert(
                            companyId.value(),
                            importedInvoice(
                                    companyId.value(),
                                    id,
                                    "INV-X",
                                    customer.id().value(),
                                    "XYZ",
                                    EngineFixtures.TODAY,
                                    EngineFixtures.TODAY,
                                    amount));

            assertThatThrownBy(
                            () ->
                                    engine.invoices()
                                            .find(
                                                    companyId,
                                                    new io.github.tahsilat.invoice.InvoiceId(id)))
                    .isInstanceOf(StoredDataException.class)
                    .hasMessageContaining("InvoiceRecord " + id)
                    .hasMessageContaining("XYZ");
        }

        @Test
        void emptyLinesNamesRecord() {
            Stores stores = InMemoryStores.create();
            Counterparty customer = person(companyId);
            Tahsilat engine = registered(stores, customer);
            Invoice invoice = simpleInvoice(customer, "INV-1");
            engine.invoices().issue(InvoiceRequest.of(invoice));
            InvoiceRecord stored =
                    stores.invoices().find(companyId.value(), invoice.id().value()).orElseThrow();
            stores.invoices()
                    .update(
                            companyId.value(),
                            new InvoiceRecord(
                                    stored.companyId(),
                                    stored.id(),
                                    stored.version(),
                                    stored.direction(),
                                    stored.number(),
                                    stored.counterpartyId(),
                                    stored.currency(),
                                    stored.issueDate(),
                                    stored.dueDate(),
                                    stored.priceBasis(),
                                    List.of(),
                                    stored.schedule(),
                                    stored.totals(),
                                    stored.computedTotals(),
                                    stored.outstanding(),
                                    stored.settled(),
                                    stored.credited(),
                                    stored.writtenOff(),
                                    stored.status(),
                                    stored.closedOn(),
                                    stored.dispute(),
                                    stored.termsNotation(),
                                    stored.lastDunningLevel(),
                                    stored.externalReference(),
                                    stored.idempotencyKey(),
                                    stored.lastWrite()));

            assertThatThrownBy(() -> engine.invoices().find(companyId, invoice.id()))
                    .isInstanceOf(StoredDataException.class)
                    .hasMessageContaining("InvoiceRecord " + invoice.id())
                    .hasMessageContaining("at least one line");
        }
    }

    /** Returns a credit document store whose {@code method} throws a store exception. */
    private static CreditDocumentStore failingOn(
            CreditDocumentStore delegate, String method, String message) {
        return (CreditDocumentStore)
                Proxy.newProxyInstance(
                        CreditDocumentStore.class.getClassLoader(),
                        new Class<?>[] {CreditDocumentStore.class},
                        (proxy, called, args) -> {
                            if (called.getName().equals(method)) {
                                throw new StoreException(message);
                            }
                            try {
                                return called.invoke(delegate, args);
                            } catch (java.lang.reflect.InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
    }

    /**
     * An invoice store where another writer updates an invoice between the service's read and its
     * update, for the first {@code competitions} updates: the competing write takes the version the
     * service read, so the service's own update meets a stale version.
     */
    private static final class CompetingInvoiceStore extends ForwardingInvoiceStore {
        final AtomicInteger updates = new AtomicInteger();
        private final int competitions;

        CompetingInvoiceStore(Stores memory, int competitions) {
            super(memory.invoices());
            this.competitions = competitions;
        }

        @Override
        public InvoiceRecord update(UUID companyId, InvoiceRecord invoice) {
            if (updates.incrementAndGet() <= competitions) {
                InvoiceRecord current = delegate.find(companyId, invoice.id()).orElseThrow();
                delegate.update(companyId, current);
            }
            return delegate.update(companyId, invoice);
        }
    }
}
