package io.github.tahsilat.testkit;

import static io.github.tahsilat.testkit.Fixtures.IBAN;
import static io.github.tahsilat.testkit.Fixtures.ISSUED;
import static io.github.tahsilat.testkit.Fixtures.OTHER_IBAN;
import static io.github.tahsilat.testkit.Fixtures.STAMP;
import static io.github.tahsilat.testkit.Fixtures.TCKN;
import static io.github.tahsilat.testkit.Fixtures.VKN;
import static io.github.tahsilat.testkit.Rollbacks.runAndRollBack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.persistence.spi.CounterpartyBucket;
import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.ErasureNotAllowedException;
import io.github.tahsilat.persistence.spi.IdempotencyConflictException;
import io.github.tahsilat.persistence.spi.Page;
import io.github.tahsilat.persistence.spi.PageRequest;
import io.github.tahsilat.persistence.spi.RecordNotFoundException;
import io.github.tahsilat.persistence.spi.RetentionPeriodActiveException;
import io.github.tahsilat.persistence.spi.StaleVersionException;
import io.github.tahsilat.persistence.spi.TransactionRolledBackException;
import io.github.tahsilat.persistence.spi.TransactionRunner;
import io.github.tahsilat.persistence.spi.Transactions;
import io.github.tahsilat.persistence.spi.record.Actor;
import io.github.tahsilat.persistence.spi.record.AllocationRecord;
import io.github.tahsilat.persistence.spi.record.BankEntryDecision;
import io.github.tahsilat.persistence.spi.record.BankEntryRecord;
import io.github.tahsilat.persistence.spi.record.CompanyRecord;
import io.github.tahsilat.persistence.spi.record.ContactDetails;
import io.github.tahsilat.persistence.spi.record.CounterpartyRecord;
import io.github.tahsilat.persistence.spi.record.CreditDocumentKind;
import io.github.tahsilat.persistence.spi.record.CreditDocumentRecord;
import io.github.tahsilat.persistence.spi.record.Direction;
import io.github.tahsilat.persistence.spi.record.DunningBlockRecord;
import io.github.tahsilat.persistence.spi.record.DunningRecord;
import io.github.tahsilat.persistence.spi.record.DunningRunRecord;
import io.github.tahsilat.persistence.spi.record.DunningStatus;
import io.github.tahsilat.persistence.spi.record.ErasureState;
import io.github.tahsilat.persistence.spi.record.EventRecord;
import io.github.tahsilat.persistence.spi.record.InstrumentRecord;
import io.github.tahsilat.persistence.spi.record.InstrumentStatus;
import io.github.tahsilat.persistence.spi.record.InvoiceRecord;
import io.github.tahsilat.persistence.spi.record.InvoiceStatus;
import io.github.tahsilat.persistence.spi.record.LedgerAccount;
import io.github.tahsilat.persistence.spi.record.LedgerEntryKind;
import io.github.tahsilat.persistence.spi.record.LedgerEntryRecord;
import io.github.tahsilat.persistence.spi.record.MatchCandidateView;
import io.github.tahsilat.persistence.spi.record.NewEvent;
import io.github.tahsilat.persistence.spi.record.OpenItemView;
import io.github.tahsilat.persistence.spi.record.PaymentRecord;
import io.github.tahsilat.persistence.spi.record.PromiseRecord;
import io.github.tahsilat.persistence.spi.record.PromiseStatus;
import io.github.tahsilat.persistence.spi.store.InvoiceStore;
import io.github.tahsilat.persistence.spi.store.Stores;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The contract every storage backend must meet. A host extends this class, returns fresh stores
 * from {@link #newStores()}, and runs it in its own build.
 *
 * <p>Each test works in two new random companies, so a backend may share one database between
 * tests. The paging tests, tagged {@value #VOLUME_TAG}, write 100,000 invoices; the concurrency
 * tests use four threads and stop within 30 seconds.
 */
public abstract class StoreContractTest {

    /**
     * The tag of the tests that write 100,000 items, so that a host can run them in a separate
     * step.
     */
    public static final String VOLUME_TAG = "volume";

    private static final int THREADS = 4;

    /** The stores under test, new for each test. */
    protected Stores stores;

    /** The company most tests write to. */
    protected UUID company;

    /** Another company, whose data must stay invisible to {@link #company}. */
    protected UUID otherCompany;

    private ExecutorService executor;

    /** Creates the test; subclasses add only {@link #newStores()}. */
    protected StoreContractTest() {}

    /**
     * Returns stores of the backend under test that share one transaction runner. They may hold
     * data of earlier tests.
     */
    protected abstract Stores newStores();

    @BeforeEach
    void createStores() {
        stores = newStores();
        company = UUID.randomUUID();
        otherCompany = UUID.randomUUID();
        executor = Executors.newFixedThreadPool(THREADS);
    }

    @AfterEach
    void stopThreads() throws InterruptedException {
        executor.shutdownNow();
        assertThat(executor.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    private CounterpartyRecord insertPerson(String externalReference) {
        return stores.counterparties().insert(company, Fixtures.person(company, externalReference));
    }

    private InvoiceRecord insertInvoice(UUID counterpartyId, String number, LocalDate due) {
        return stores.invoices()
                .insert(company, Fixtures.invoice(company, counterpartyId, number, due));
    }

    private <T> List<T> runConcurrently(List<Callable<T>> tasks) throws Exception {
        List<Future<T>> futures = executor.invokeAll(tasks, 30, TimeUnit.SECONDS);
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        return results;
    }

    private static <T> List<T> readAll(Function<PageRequest, Page<T>> query, int size) {
        List<T> items = new ArrayList<>();
        Optional<PageRequest> request = Optional.of(PageRequest.first(size));
        while (request.isPresent()) {
            Page<T> page = query.apply(request.get());
            assertThat(page.items()).hasSizeLessThanOrEqualTo(size);
            items.addAll(page.items());
            request = request.get().following(page);
        }
        return items;
    }

    @Nested
    class Companies {

        @Test
        void roundTripKeepsEveryField() {
            CompanyRecord inserted = stores.companies().insert(company, Fixtures.company(company));

            assertThat(inserted).isEqualTo(Fixtures.company(company).withVersion(1));
            assertThat(stores.companies().find(company)).contains(inserted);
        }

        @Test
        void updateIncrementsVersion() {
            CompanyRecord inserted = stores.companies().insert(company, Fixtures.company(company));

            CompanyRecord updated = stores.companies().update(company, inserted);

            assertThat(updated.version()).isEqualTo(2);
            assertThat(stores.companies().find(company)).contains(updated);
        }

        @Test
        void staleUpdateFails() {
            CompanyRecord inserted = stores.companies().insert(company, Fixtures.company(company));
            stores.companies().update(company, inserted);

            assertThatThrownBy(() -> stores.companies().update(company, inserted))
                    .isInstanceOfSatisfying(
                            StaleVersionException.class,
                            e -> {
                                assertThat(e.id()).isEqualTo(company);
                                assertThat(e.expectedVersion()).isEqualTo(1);
                                assertThat(e.actualVersion()).isEqualTo(2);
                            });
            assertThat(stores.companies().find(company).orElseThrow().version()).isEqualTo(2);
        }

        @Test
        void duplicateInsertFails() {
            stores.companies().insert(company, Fixtures.company(company));

            assertThatThrownBy(() -> stores.companies().insert(company, Fixtures.company(company)))
                    .isInstanceOf(DuplicateKeyException.class);
        }

        @Test
        void updateOfMissingFails() {
            CompanyRecord never = Fixtures.company(company).withVersion(1);

            assertThatThrownBy(() -> stores.companies().update(company, never))
                    .isInstanceOf(RecordNotFoundException.class);
        }

        @Test
        void wrongVersionsRejected() {
            CompanyRecord read = Fixtures.company(company).withVersion(1);

            assertThatThrownBy(() -> stores.companies().insert(company, read))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> stores.companies().update(company, Fixtures.company(company)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Counterparties {

        @Test
        void roundTripKeepsEveryField() {
            CounterpartyRecord person = Fixtures.person(company, "CRM-1");
            CounterpartyRecord firm = Fixtures.firm(company, List.of(OTHER_IBAN));

            CounterpartyRecord storedPerson = stores.counterparties().insert(company, person);
            CounterpartyRecord storedFirm = stores.counterparties().insert(company, firm);

            assertThat(storedPerson).isEqualTo(person.withVersion(1));
            assertThat(stores.counterparties().find(company, person.id())).contains(storedPerson);
            assertThat(stores.counterparties().find(company, firm.id())).contains(storedFirm);
        }

        @Test
        void lookupsFindByKeys() {
            CounterpartyRecord person = insertPerson("CRM-1");
            CounterpartyRecord firm =
                    stores.counterparties()
                            .insert(company, Fixtures.firm(company, List.of(OTHER_IBAN)));

            assertThat(stores.counterparties().findByIban(company, IBAN)).containsExactly(person);
            assertThat(stores.counterparties().findByIban(company, OTHER_IBAN))
                    .containsExactly(firm);
            assertThat(stores.counterparties().findByTaxId(company, TCKN)).containsExactly(person);
            assertThat(stores.counterparties().findByTaxId(company, VKN)).containsExactly(firm);
            assertThat(stores.counterparties().findByExternalReference(company, "CRM-1"))
                    .contains(person);
            assertThat(stores.counterparties().findByExternalReference(company, "CRM-2")).isEmpty();
        }

        @Test
        void findAllReturnsStoredByTheirIds() {
            CounterpartyRecord person = insertPerson("CRM-1");
            CounterpartyRecord firm =
                    stores.counterparties()
                            .insert(company, Fixtures.firm(company, List.of(OTHER_IBAN)));
            CounterpartyRecord foreign =
                    stores.counterparties()
                            .insert(otherCompany, Fixtures.firm(otherCompany, List.of(IBAN)));
            UUID unknown = UUID.randomUUID();

            Map<UUID, CounterpartyRecord> found =
                    stores.counterparties()
                            .findAll(
                                    company,
                                    List.of(
                                            firm.id(),
                                            unknown,
                                            person.id(),
                                            foreign.id(),
                                            firm.id()));

            assertThat(found).hasSize(2);
            assertThat(found).containsEntry(person.id(), person);
            assertThat(found).containsEntry(firm.id(), firm);
            assertThat(stores.counterparties().findAll(company, List.of())).isEmpty();
        }

        @Test
        void findAllRejectsNullId() {
            List<UUID> ids = new ArrayList<>();
            ids.add(null);

            assertThatThrownBy(() -> stores.counterparties().findAll(company, ids))
                    .isInstanceOf(NullPointerException.class);
        }

        @Test
        void findAllInTransactionSeesOwnUpdate() {
            CounterpartyRecord firm =
                    stores.counterparties().insert(company, Fixtures.firm(company, List.of()));
            CounterpartyRecord renamed = renamed(firm, "Deniz Denizcilik A.Ş.");

            Map<UUID, CounterpartyRecord> found =
                    stores.transactions()
                            .inTransaction(
                                    () -> {
                                        stores.counterparties().update(company, renamed);
                                        return stores.counterparties()
                                                .findAll(company, List.of(firm.id()));
                                    });

            assertThat(found.get(firm.id()).name()).isEqualTo("Deniz Denizcilik A.Ş.");
            assertThat(found.get(firm.id()).version()).isEqualTo(2);
        }

        @Test
        void sharedIbanListsBothById() {
            CounterpartyRecord first =
                    stores.counterparties().insert(company, Fixtures.firm(company, List.of(IBAN)));
            CounterpartyRecord second =
                    stores.counterparties().insert(company, Fixtures.firm(company, List.of(IBAN)));

            List<CounterpartyRecord> found = stores.counterparties().findByIban(company, IBAN);

            assertThat(found).containsExactlyInAnyOrder(first, second);
            assertThat(found.get(0).id().toString()).isLessThan(found.get(1).id().toString());
        }

        /** Returns {@code firm} under {@code legalName}, written by {@code STAMP}. */
        private CounterpartyRecord renamed(CounterpartyRecord firm, String legalName) {
            return changed(firm, legalName, firm.ibans(), firm.externalReference());
        }

        /**
         * Returns {@code firm} with {@code name}, {@code ibans} and {@code externalReference}, as a
         * legal person off hold, written by {@code STAMP}.
         */
        private CounterpartyRecord changed(
                CounterpartyRecord firm,
                String name,
                List<String> ibans,
                Optional<String> externalReference) {
            return new CounterpartyRecord(
                    company,
                    firm.id(),
                    firm.version(),
                    firm.kind(),
                    name,
                    firm.taxId(),
                    ibans,
                    firm.localeTag(),
                    firm.segment(),
                    false,
                    Optional.empty(),
                    firm.contact(),
                    false,
                    firm.erasure(),
                    externalReference,
                    STAMP);
        }

        @Test
        void renameMovesNameKey() {
            CounterpartyRecord firm =
                    stores.counterparties().insert(company, Fixtures.firm(company, List.of()));
            CounterpartyRecord renamed = renamed(firm, "Deniz Denizcilik A.Ş.");

            CounterpartyRecord updated = stores.counterparties().update(company, renamed);

            assertThat(stores.counterparties().findByNameKey(company, "DENIZ LOJISTIK LTD STI"))
                    .isEmpty();
            assertThat(stores.counterparties().findByNameKey(company, "DENIZ DENIZCILIK A S"))
                    .containsExactly(updated);
        }

        @Test
        void rolledBackRenameKeepsNameKey() {
            CounterpartyRecord firm =
                    stores.counterparties().insert(company, Fixtures.firm(company, List.of()));
            CounterpartyRecord renamed = renamed(firm, "Deniz Denizcilik A.Ş.");

            runAndRollBack(
                    stores.transactions(), () -> stores.counterparties().update(company, renamed));

            assertThat(stores.counterparties().findByNameKey(company, "DENIZ LOJISTIK LTD STI"))
                    .containsExactly(firm);
            assertThat(stores.counterparties().findByNameKey(company, "DENIZ DENIZCILIK A S"))
                    .isEmpty();
        }

        @Test
        void updateMovesIbanIndex() {
            CounterpartyRecord firm =
                    stores.counterparties().insert(company, Fixtures.firm(company, List.of(IBAN)));
            CounterpartyRecord moved =
                    changed(firm, firm.name(), List.of(OTHER_IBAN), Optional.of("CRM-9"));

            CounterpartyRecord updated = stores.counterparties().update(company, moved);

            assertThat(updated.version()).isEqualTo(2);
            assertThat(stores.counterparties().findByIban(company, IBAN)).isEmpty();
            assertThat(stores.counterparties().findByIban(company, OTHER_IBAN))
                    .containsExactly(updated);
            assertThat(stores.counterparties().findByExternalReference(company, "CRM-9"))
                    .contains(updated);
        }

        @Test
        void staleUpdateFails() {
            CounterpartyRecord person = insertPerson("CRM-1");
            stores.counterparties().update(company, person);

            assertThatThrownBy(() -> stores.counterparties().update(company, person))
                    .isInstanceOfSatisfying(
                            StaleVersionException.class,
                            e -> {
                                assertThat(e.id()).isEqualTo(person.id());
                                assertThat(e.expectedVersion()).isEqualTo(1);
                                assertThat(e.actualVersion()).isEqualTo(2);
                            });
        }

        @Test
        void duplicateReferenceFails() {
            insertPerson("CRM-1");

            assertThatThrownBy(() -> insertPerson("CRM-1"))
                    .isInstanceOfSatisfying(
                            DuplicateKeyException.class,
                            e -> {
                                assertThat(e.keyName()).isEqualTo("externalReference");
                                assertThat(e.keyValue()).isEqualTo("CRM-1");
                            });
        }
    }

    @Nested
    class Invoices {

        @Test
        void roundTripKeepsScale() {
            InvoiceRecord invoice =
                    Fixtures.invoice(company, UUID.randomUUID(), "INV-1", ISSUED.plusDays(30));

            InvoiceRecord stored = stores.invoices().insert(company, invoice);
            InvoiceRecord found = stores.invoices().find(company, invoice.id()).orElseThrow();

            assertThat(stored).isEqualTo(invoice.withVersion(1));
            assertThat(found).isEqualTo(stored);
            assertThat(found.outstanding().scale()).isEqualTo(2);
            assertThat(found.lines().get(0).quantity().scale()).isEqualTo(3);
            assertThat(found.lines().get(0).unitPrice().scale()).isEqualTo(6);
            assertThat(found.totals().vat().get(0).ratePercent().scale()).isEqualTo(2);
        }

        @Test
        void zeroAndThreeDecimalScalesKept() {
            InvoiceDraft yen =
                    InvoiceDraft.of(
                            Fixtures.bulkInvoice(company, UUID.randomUUID(), "JPY-1", ISSUED));
            yen.currency = "JPY";
            yen.outstanding = new BigDecimal("1240");
            InvoiceDraft dinar =
                    InvoiceDraft.of(
                            Fixtures.bulkInvoice(company, UUID.randomUUID(), "KWD-1", ISSUED));
            dinar.currency = "KWD";
            dinar.outstanding = new BigDecimal("3.330");

            InvoiceRecord storedYen = stores.invoices().insert(company, yen.build());
            InvoiceRecord storedDinar = stores.invoices().insert(company, dinar.build());

            assertThat(stores.invoices().find(company, storedYen.id()).orElseThrow().outstanding())
                    .isEqualTo(new BigDecimal("1240"));
            assertThat(
                            stores.invoices()
                                    .find(company, storedDinar.id())
                                    .orElseThrow()
                                    .outstanding())
                    .isEqualTo(new BigDecimal("3.330"));
        }

        @Test
        void lookupsFindByKeys() {
            InvoiceRecord invoice = insertInvoice(UUID.randomUUID(), "INV-1", ISSUED);

            assertThat(stores.invoices().findByNumber(company, Direction.RECEIVABLE, "INV-1"))
                    .contains(invoice);
            assertThat(stores.invoices().findByNumber(company, Direction.PAYABLE, "INV-1"))
                    .isEmpty();
            assertThat(stores.invoices().findByExternalReference(company, "ERP-INV-1"))
                    .contains(invoice);
            assertThat(stores.invoices().findByIdempotencyKey(company, "key-INV-1"))
                    .contains(invoice);
            assertThat(stores.invoices().find(company, UUID.randomUUID())).isEmpty();
        }

        @Test
        void numbersOfReadById() {
            InvoiceRecord first = insertInvoice(UUID.randomUUID(), "INV-1", ISSUED);
            InvoiceRecord second = insertInvoice(UUID.randomUUID(), "INV-2", ISSUED);
            InvoiceRecord foreign =
                    stores.invoices()
                            .insert(
                                    otherCompany,
                                    Fixtures.invoice(
                                            otherCompany, UUID.randomUUID(), "INV-3", ISSUED));
            UUID unknown = UUID.randomUUID();

            Map<UUID, String> numbers =
                    stores.invoices()
                            .numbersOf(
                                    company,
                                    List.of(
                                            first.id(),
                                            second.id(),
                                            first.id(),
                                            unknown,
                                            foreign.id()));

            assertThat(numbers).hasSize(2);
            assertThat(numbers).containsEntry(first.id(), "INV-1");
            assertThat(numbers).containsEntry(second.id(), "INV-2");
            assertThat(stores.invoices().numbersOf(company, List.of())).isEmpty();
            assertThat(stores.invoices().numbersOf(UUID.randomUUID(), List.of(first.id())))
                    .isEmpty();
        }

        @Test
        void numbersOfRejectsMissingCompany() {
            InvoiceRecord invoice = insertInvoice(UUID.randomUUID(), "INV-1", ISSUED);

            assertThatThrownBy(() -> stores.invoices().numbersOf(null, List.of(invoice.id())))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> stores.invoices().numbersOf(null, List.of()))
                    .isInstanceOf(NullPointerException.class);
        }

        @Test
        void numberUniquePerDirection() {
            insertInvoice(UUID.randomUUID(), "INV-1", ISSUED);
            InvoiceDraft payable =
                    InvoiceDraft.of(
                            Fixtures.bulkInvoice(company, UUID.randomUUID(), "INV-1", ISSUED));
            payable.direction = Direction.PAYABLE;

            InvoiceRecord stored = stores.invoices().insert(company, payable.build());

            assertThat(stores.invoices().findByNumber(company, Direction.PAYABLE, "INV-1"))
                    .contains(stored);
        }

        @Test
        void duplicateNumberFails() {
            insertInvoice(UUID.randomUUID(), "INV-1", ISSUED);
            InvoiceRecord again = Fixtures.bulkInvoice(company, UUID.randomUUID(), "INV-1", ISSUED);

            assertThatThrownBy(() -> stores.invoices().insert(company, again))
                    .isInstanceOfSatisfying(
                            DuplicateKeyException.class,
                            e -> {
                                assertThat(e.keyName()).isEqualTo("number");
                                assertThat(e.keyValue()).contains("INV-1");
                            });
            assertThat(stores.invoices().find(company, again.id())).isEmpty();
        }

        @Test
        void repeatedIdempotentInsertReturnsStored() {
            InvoiceRecord invoice =
                    Fixtures.invoice(company, UUID.randomUUID(), "INV-1", ISSUED.plusDays(30));
            InvoiceRecord stored = stores.invoices().insert(company, invoice);
            InvoiceDraft retry = InvoiceDraft.of(invoice);
            retry.id = UUID.randomUUID();

            InvoiceRecord repeated = stores.invoices().insert(company, retry.build());

            assertThat(repeated).isEqualTo(stored);
            assertThat(stores.invoices().find(company, retry.id)).isEmpty();
        }

        @Test
        void idempotencyConflictFails() {
            InvoiceRecord invoice =
                    Fixtures.invoice(company, UUID.randomUUID(), "INV-1", ISSUED.plusDays(30));
            stores.invoices().insert(company, invoice);
            InvoiceDraft other = InvoiceDraft.of(invoice);
            other.id = UUID.randomUUID();
            other.number = "INV-2";

            assertThatThrownBy(() -> stores.invoices().insert(company, other.build()))
                    .isInstanceOfSatisfying(
                            IdempotencyConflictException.class,
                            e -> {
                                assertThat(e.idempotencyKey()).isEqualTo("key-INV-1");
                                assertThat(e.storedId()).isEqualTo(invoice.id());
                            });
            assertThat(stores.invoices().findByNumber(company, Direction.RECEIVABLE, "INV-2"))
                    .isEmpty();
        }

        @Test
        void staleUpdateFails() {
            InvoiceRecord invoice = insertInvoice(UUID.randomUUID(), "INV-1", ISSUED);
            stores.invoices().update(company, invoice);

            assertThatThrownBy(() -> stores.invoices().update(company, invoice))
                    .isInstanceOfSatisfying(
                            StaleVersionException.class,
                            e -> {
                                assertThat(e.recordType()).isNotBlank();
                                assertThat(e.id()).isEqualTo(invoice.id());
                                assertThat(e.expectedVersion()).isEqualTo(1);
                                assertThat(e.actualVersion()).isEqualTo(2);
                            });
        }

        @Test
        void updateToTakenNumberFails() {
            insertInvoice(UUID.randomUUID(), "INV-1", ISSUED);
            InvoiceRecord second =
                    stores.invoices()
                            .insert(
                                    company,
                                    Fixtures.bulkInvoice(
                                            company, UUID.randomUUID(), "INV-2", ISSUED));
            InvoiceDraft renamed = InvoiceDraft.of(second);
            renamed.number = "INV-1";

            assertThatThrownBy(() -> stores.invoices().update(company, renamed.build()))
                    .isInstanceOf(DuplicateKeyException.class);
            assertThat(stores.invoices().find(company, second.id())).contains(second);
        }

        @Test
        void openItemsOfCounterpartyOrdered() {
            UUID customer = UUID.randomUUID();
            InvoiceRecord late = insertInvoice(customer, "INV-1", ISSUED.plusDays(60));
            InvoiceRecord early = insertInvoice(customer, "INV-2", ISSUED.plusDays(10));
            InvoiceRecord paid = insertInvoice(customer, "INV-3", ISSUED.plusDays(5));
            stores.invoices().update(company, Fixtures.paid(paid, ISSUED.plusDays(6)));
            insertInvoice(UUID.randomUUID(), "INV-4", ISSUED.plusDays(1));

            List<InvoiceRecord> open =
                    readAll(r -> stores.invoices().openItemsOf(company, customer, r), 1);

            assertThat(open).containsExactly(early, late);
        }

        @Test
        void dueBeforeExcludesTheDate() {
            UUID customer = UUID.randomUUID();
            InvoiceRecord before = insertInvoice(customer, "INV-1", ISSUED.plusDays(9));
            insertInvoice(customer, "INV-2", ISSUED.plusDays(10));

            List<OpenItemView> due =
                    readAll(
                            r ->
                                    stores.invoices()
                                            .openItemsDueBefore(company, ISSUED.plusDays(10), r),
                            10);

            assertThat(due).extracting(OpenItemView::itemId).containsExactly(before.id());
        }

        @Test
        void bucketReadsPartitionDueItems() {
            LocalDate date = ISSUED.plusDays(30);
            for (int i = 0; i < 40; i++) {
                UUID customer = UUID.randomUUID();
                insertInvoice(customer, "B-" + i + "-1", ISSUED.plusDays(29 - i % 7));
                insertInvoice(customer, "B-" + i + "-2", ISSUED.plusDays(i % 5));
                insertInvoice(customer, "B-" + i + "-3", date);
                InvoiceRecord paid = insertInvoice(customer, "B-" + i + "-4", ISSUED);
                stores.invoices().update(company, Fixtures.paid(paid, ISSUED.plusDays(1)));
            }
            List<OpenItemView> all =
                    readAll(r -> stores.invoices().openItemsDueBefore(company, date, r), 13);
            int count = 4;

            List<OpenItemView> union = new ArrayList<>();
            for (int bucket = 0; bucket < count; bucket++) {
                CounterpartyBucket counterparties = new CounterpartyBucket(bucket, count);
                List<OpenItemView> read =
                        stores.invoices().openItemsOfBucketDueBefore(company, date, counterparties);
                assertThat(read)
                        .as("bucket %d of %d", bucket, count)
                        .containsExactlyElementsOf(
                                all.stream()
                                        .filter(
                                                item ->
                                                        counterparties.contains(
                                                                item.counterpartyId()))
                                        .toList());
                union.addAll(read);
            }

            assertThat(all).hasSize(80);
            assertThat(union).containsExactlyInAnyOrderElementsOf(all);
        }

        @Test
        void bucketReadSeesOnlyItsCompany() {
            UUID customer = UUID.randomUUID();
            insertInvoice(customer, "INV-1", ISSUED.plusDays(1));
            CounterpartyBucket whole = new CounterpartyBucket(0, 1);

            assertThat(
                            stores.invoices()
                                    .openItemsOfBucketDueBefore(
                                            otherCompany, ISSUED.plusDays(2), whole))
                    .isEmpty();
            assertThat(
                            stores.invoices()
                                    .openItemsOfBucketDueBefore(company, ISSUED.plusDays(2), whole))
                    .extracting(OpenItemView::counterpartyId)
                    .containsExactly(customer);
        }

        @Test
        void itemsOpenOnPastDate() {
            UUID customer = UUID.randomUUID();
            LocalDate date = ISSUED.plusDays(20);
            InvoiceRecord stillOpen = insertInvoice(customer, "INV-1", ISSUED.plusDays(1));
            InvoiceRecord closedOnDate = insertInvoice(customer, "INV-2", ISSUED.plusDays(2));
            stores.invoices().update(company, Fixtures.paid(closedOnDate, date));
            InvoiceRecord closedBefore = insertInvoice(customer, "INV-3", ISSUED.plusDays(3));
            stores.invoices().update(company, Fixtures.paid(closedBefore, date.minusDays(1)));
            InvoiceDraft later =
                    InvoiceDraft.of(
                            Fixtures.invoice(company, customer, "INV-4", date.plusDays(30)));
            later.issueDate = date.plusDays(1);
            stores.invoices().insert(company, later.build());

            List<OpenItemView> open =
                    readAll(r -> stores.invoices().itemsOpenOn(company, date, r), 1);

            assertThat(open)
                    .extracting(OpenItemView::itemId)
                    .containsExactly(stillOpen.id(), closedOnDate.id());
        }

        @Test
        void forEachOpenItemMatchesPages() {
            UUID customer = UUID.randomUUID();
            insertInvoice(customer, "INV-1", ISSUED.plusDays(30));
            insertInvoice(customer, "INV-2", ISSUED.plusDays(10));
            insertInvoice(UUID.randomUUID(), "INV-3", ISSUED.plusDays(20));
            List<String> paged = new ArrayList<>();
            for (OpenItemView view : readAll(r -> stores.invoices().openItems(company, r), 2)) {
                paged.add(
                        view.counterpartyId()
                                + " "
                                + view.currency()
                                + " "
                                + view.direction()
                                + " "
                                + view.issueEpochDay()
                                + " "
                                + view.dueEpochDay()
                                + " "
                                + view.openMinor());
            }

            List<String> handed = new ArrayList<>();
            stores.invoices()
                    .forEachOpenItem(
                            company,
                            (counterparty, currency, direction, issueDay, dueDay, openMinor) ->
                                    handed.add(
                                            counterparty
                                                    + " "
                                                    + currency
                                                    + " "
                                                    + direction
                                                    + " "
                                                    + issueDay
                                                    + " "
                                                    + dueDay
                                                    + " "
                                                    + openMinor));

            assertThat(paged).hasSize(3);
            assertThat(handed).containsExactlyInAnyOrderElementsOf(paged);
        }

        @Test
        void indexedOpenItemsMatchOpenItems() {
            UUID customer = UUID.randomUUID();
            UUID other = UUID.randomUUID();
            insertInvoice(customer, "INV-1", ISSUED.plusDays(30));
            insertInvoice(other, "INV-2", ISSUED.plusDays(10));
            insertInvoice(customer, "INV-3", ISSUED.plusDays(20));
            List<String> handed = new ArrayList<>();
            stores.invoices()
                    .forEachOpenItem(
                            company,
                            (counterparty, currency, direction, issueDay, dueDay, openMinor) ->
                                    handed.add(
                                            counterparty
                                                    + " "
                                                    + currency
                                                    + " "
                                                    + direction
                                                    + " "
                                                    + issueDay
                                                    + " "
                                                    + dueDay
                                                    + " "
                                                    + openMinor));

            List<String> indexed = new ArrayList<>();
            Map<Integer, Set<UUID>> idsByNumber = new HashMap<>();
            stores.invoices()
                    .forEachOpenItemIndexed(
                            company,
                            (number, counterparty, currency, direction, issueDay, dueDay, open) -> {
                                indexed.add(
                                        counterparty
                                                + " "
                                                + currency
                                                + " "
                                                + direction
                                                + " "
                                                + issueDay
                                                + " "
                                                + dueDay
                                                + " "
                                                + open);
                                idsByNumber
                                        .computeIfAbsent(number, n -> new HashSet<>())
                                        .add(counterparty);
                            });

            assertThat(indexed).hasSize(3);
            assertThat(indexed).containsExactlyInAnyOrderElementsOf(handed);
            assertThat(idsByNumber.keySet())
                    .allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(-1));
            idsByNumber.forEach(
                    (number, ids) -> {
                        if (number >= 0) {
                            assertThat(ids).as("ids of number %d", number).hasSize(1);
                        }
                    });
        }

        @Test
        void forEachOpenItemLeavesOutPaid() {
            UUID customer = UUID.randomUUID();
            InvoiceRecord open = insertInvoice(customer, "INV-1", ISSUED.plusDays(30));
            InvoiceRecord paid = insertInvoice(customer, "INV-2", ISSUED.plusDays(10));
            stores.invoices().update(company, Fixtures.paid(paid, ISSUED.plusDays(5)));

            List<Integer> dueDays = new ArrayList<>();
            stores.invoices()
                    .forEachOpenItem(
                            company,
                            (counterparty, currency, direction, issueDay, dueDay, openMinor) ->
                                    dueDays.add(dueDay));

            assertThat(dueDays).containsExactly((int) open.dueDate().toEpochDay());
        }

        @Test
        void openItemViewCarriesProjection() {
            UUID customer = UUID.randomUUID();
            InvoiceRecord invoice = insertInvoice(customer, "INV-1", ISSUED.plusDays(30));

            List<OpenItemView> open = readAll(r -> stores.invoices().openItems(company, r), 10);

            assertThat(open)
                    .containsExactly(
                            new OpenItemView(
                                    invoice.id(),
                                    customer,
                                    (int) ISSUED.toEpochDay(),
                                    (int) ISSUED.plusDays(30).toEpochDay(),
                                    110_000L,
                                    "TRY",
                                    Direction.RECEIVABLE,
                                    true,
                                    1));
        }

        @Test
        void malformedCursorRejected() {
            PageRequest request = PageRequest.after("not a cursor", 10);

            assertThatThrownBy(() -> stores.invoices().openItems(company, request))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class MatchingLookups {

        private InvoiceRecord insertDraft(
                UUID counterpartyId,
                String number,
                LocalDate due,
                String outstanding,
                java.util.function.Consumer<InvoiceDraft> change) {
            InvoiceDraft draft =
                    InvoiceDraft.of(Fixtures.invoice(company, counterpartyId, number, due));
            draft.outstanding = new BigDecimal(outstanding);
            draft.externalReference = Optional.empty();
            draft.idempotencyKey = Optional.empty();
            change.accept(draft);
            return stores.invoices().insert(company, draft.build());
        }

        private InvoiceRecord insertOpen(
                UUID counterpartyId, String number, LocalDate due, String outstanding) {
            return insertDraft(counterpartyId, number, due, outstanding, draft -> {});
        }

        @Test
        void numberKeyFindsOpenReceivables() {
            UUID customer = UUID.randomUUID();
            InvoiceRecord late = insertOpen(customer, "INV-000123", ISSUED.plusDays(40), "10.00");
            InvoiceRecord early = insertOpen(customer, "inv 0123", ISSUED.plusDays(20), "10.00");
            InvoiceRecord turkish = insertOpen(customer, "şİ-0042", ISSUED.plusDays(20), "10.00");
            insertDraft(
                    customer,
                    "INV123",
                    ISSUED,
                    "10.00",
                    draft -> draft.direction = Direction.PAYABLE);
            InvoiceRecord paid = insertOpen(customer, "INV-00123", ISSUED, "10.00");
            stores.invoices().update(company, Fixtures.paid(paid, ISSUED.plusDays(1)));

            assertThat(stores.invoices().openReceivablesByNumberKey(company, List.of("INV123")))
                    .containsExactly(early, late);
            assertThat(stores.invoices().openReceivablesByNumberKey(company, List.of("SI42", "X")))
                    .containsExactly(turkish);
            assertThat(stores.invoices().openReceivablesByNumberKey(otherCompany, List.of("SI42")))
                    .isEmpty();
        }

        @Test
        void referenceKeyFindsCompactForm() {
            UUID customer = UUID.randomUUID();
            InvoiceRecord referenced =
                    insertDraft(
                            customer,
                            "INV-1",
                            ISSUED,
                            "10.00",
                            draft -> draft.externalReference = Optional.of("rf18 5390 0754 7034"));
            insertOpen(customer, "INV-2", ISSUED, "10.00");

            assertThat(
                            stores.invoices()
                                    .openReceivablesByReferenceKey(
                                            company, List.of("RF18539007547034")))
                    .containsExactly(referenced);
            assertThat(
                            stores.invoices()
                                    .openReceivablesByReferenceKey(company, List.of("RF18 5390")))
                    .isEmpty();
        }

        @Test
        void amountRangeOrderedAndLimited() {
            UUID customer = UUID.randomUUID();
            UUID other = UUID.randomUUID();
            insertOpen(customer, "A-1", ISSUED, "100.00");
            InvoiceRecord laterDue = insertOpen(customer, "A-2", ISSUED.plusDays(9), "150.00");
            InvoiceRecord earlierDue = insertOpen(other, "A-3", ISSUED.plusDays(1), "150.00");
            InvoiceRecord highest = insertOpen(customer, "A-4", ISSUED, "200.00");
            insertDraft(customer, "A-5", ISSUED, "150.00", draft -> draft.currency = "EUR");

            assertThat(
                            stores.invoices()
                                    .openReceivablesByAmount(
                                            company, null, "TRY", 15_000, 20_000, 2))
                    .containsExactly(earlierDue, laterDue);
            assertThat(
                            stores.invoices()
                                    .openReceivablesByAmount(
                                            company, null, "TRY", 15_000, 20_000, 10))
                    .containsExactly(earlierDue, laterDue, highest);
            assertThat(
                            stores.invoices()
                                    .openReceivablesByAmount(
                                            company, customer, "TRY", 15_000, 15_000, 10))
                    .containsExactly(laterDue);
            assertThat(
                            stores.invoices()
                                    .openReceivablesByAmount(
                                            company, null, "USD", 15_000, 15_000, 10))
                    .isEmpty();
        }

        @Test
        void amountIndexFollowsUpdates() {
            UUID customer = UUID.randomUUID();
            InvoiceRecord invoice = insertOpen(customer, "A-1", ISSUED, "150.00");
            InvoiceDraft draft = InvoiceDraft.of(invoice);
            draft.outstanding = new BigDecimal("50.00");
            draft.status = InvoiceStatus.PARTIALLY_PAID;

            InvoiceRecord partial = stores.invoices().update(company, draft.build());

            assertThat(
                            stores.invoices()
                                    .openReceivablesByAmount(
                                            company, customer, "TRY", 15_000, 15_000, 10))
                    .isEmpty();
            assertThat(
                            stores.invoices()
                                    .openReceivablesByAmount(
                                            company, customer, "TRY", 5_000, 5_000, 10))
                    .containsExactly(partial);
        }

        @Test
        void matchCandidatesProjectKeyLookups() {
            UUID customer = UUID.randomUUID();
            InvoiceRecord late = insertOpen(customer, "INV-000123", ISSUED.plusDays(40), "10.00");
            InvoiceRecord early = insertOpen(customer, "inv 0123", ISSUED.plusDays(20), "10.50");
            InvoiceRecord referenced =
                    insertDraft(
                            customer,
                            "INV-7",
                            ISSUED,
                            "20.00",
                            draft -> draft.externalReference = Optional.of("rf18 5390 0754 7034"));
            insertDraft(
                    customer,
                    "INV123",
                    ISSUED,
                    "10.00",
                    draft -> draft.direction = Direction.PAYABLE);

            assertThat(stores.invoices().matchCandidatesByNumberKey(company, List.of("INV123")))
                    .containsExactly(MatchCandidateView.of(early), MatchCandidateView.of(late));
            assertThat(
                            stores.invoices()
                                    .matchCandidatesByReferenceKey(
                                            company, List.of("RF18539007547034")))
                    .containsExactly(MatchCandidateView.of(referenced));
            assertThat(stores.invoices().matchCandidatesByNumberKey(otherCompany, List.of("INV7")))
                    .isEmpty();
        }

        @Test
        void matchCandidateCarriesColumns() {
            UUID customer = UUID.randomUUID();
            InvoiceRecord referenced =
                    insertDraft(
                            customer,
                            "INV-7",
                            ISSUED.plusDays(3),
                            "20.05",
                            draft -> draft.externalReference = Optional.of("RF18 5390"));

            MatchCandidateView view =
                    stores.invoices().matchCandidatesByNumberKey(company, List.of("INV7")).get(0);

            assertThat(view.itemId()).isEqualTo(referenced.id());
            assertThat(view.counterpartyId()).isEqualTo(customer);
            assertThat(view.number()).isEqualTo("INV-7");
            assertThat(view.currency()).isEqualTo("TRY");
            assertThat(view.dueEpochDay()).isEqualTo(ISSUED.plusDays(3).toEpochDay());
            assertThat(view.openMinor()).isEqualTo(2_005);
            assertThat(view.externalReference()).contains("RF18 5390");
        }

        @Test
        void matchCandidatesByAmountFollowUpdates() {
            UUID customer = UUID.randomUUID();
            UUID other = UUID.randomUUID();
            InvoiceRecord laterDue = insertOpen(customer, "A-2", ISSUED.plusDays(9), "150.00");
            InvoiceRecord earlierDue = insertOpen(other, "A-3", ISSUED.plusDays(1), "150.00");
            InvoiceRecord changed = insertOpen(customer, "A-4", ISSUED, "200.00");
            InvoiceDraft draft = InvoiceDraft.of(changed);
            draft.outstanding = new BigDecimal("150.00");
            draft.status = InvoiceStatus.PARTIALLY_PAID;
            InvoiceRecord partial = stores.invoices().update(company, draft.build());

            assertThat(
                            stores.invoices()
                                    .matchCandidatesByAmount(
                                            company, null, "TRY", 15_000, 15_000, 2))
                    .containsExactly(
                            MatchCandidateView.of(partial), MatchCandidateView.of(earlierDue));
            assertThat(
                            stores.invoices()
                                    .matchCandidatesByAmount(
                                            company, customer, "TRY", 15_000, 20_000, 10))
                    .containsExactly(
                            MatchCandidateView.of(partial), MatchCandidateView.of(laterDue));
            assertThat(
                            stores.invoices()
                                    .matchCandidatesByAmount(
                                            company, customer, "TRY", 20_000, 20_000, 10))
                    .isEmpty();
        }

        @Test
        void oldestMatchCandidatesPerCounterparty() {
            UUID customer = UUID.randomUUID();
            UUID other = UUID.randomUUID();
            InvoiceRecord third = insertOpen(customer, "O-3", ISSUED.plusDays(30), "30.00");
            InvoiceRecord first = insertOpen(customer, "O-1", ISSUED.plusDays(10), "10.00");
            InvoiceRecord second = insertOpen(customer, "O-2", ISSUED.plusDays(20), "20.00");
            insertDraft(
                    customer,
                    "O-0",
                    ISSUED,
                    "5.00",
                    payable -> payable.direction = Direction.PAYABLE);
            InvoiceRecord paid = insertOpen(customer, "O-P", ISSUED, "5.00");
            stores.invoices().update(company, Fixtures.paid(paid, ISSUED.plusDays(1)));
            InvoiceRecord others = insertOpen(other, "X-1", ISSUED.plusDays(50), "40.00");

            assertThat(
                            stores.invoices()
                                    .oldestMatchCandidatesOf(
                                            company, List.of(other, customer, other), 2))
                    .containsExactly(
                            MatchCandidateView.of(others),
                            MatchCandidateView.of(first),
                            MatchCandidateView.of(second));
            assertThat(stores.invoices().oldestMatchCandidatesOf(company, List.of(customer), 9))
                    .containsExactly(
                            MatchCandidateView.of(first),
                            MatchCandidateView.of(second),
                            MatchCandidateView.of(third));
            assertThat(stores.invoices().oldestMatchCandidatesOf(company, List.of(customer), 0))
                    .isEmpty();
            assertThatThrownBy(
                            () ->
                                    stores.invoices()
                                            .oldestMatchCandidatesOf(
                                                    company, List.of(customer), -1))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void matchCandidateReadsStayInCompany() {
            UUID customer = UUID.randomUUID();
            InvoiceDraft foreign =
                    InvoiceDraft.of(Fixtures.invoice(otherCompany, customer, "INV-9", ISSUED));
            foreign.outstanding = new BigDecimal("150.00");
            foreign.externalReference = Optional.of("RF18 5390");
            foreign.idempotencyKey = Optional.empty();
            stores.invoices().insert(otherCompany, foreign.build());
            InvoiceRecord own =
                    insertDraft(
                            customer,
                            "INV-9",
                            ISSUED,
                            "150.00",
                            draft -> draft.externalReference = Optional.of("RF18 5390"));
            MatchCandidateView ownView = MatchCandidateView.of(own);

            assertThat(stores.invoices().matchCandidatesByNumberKey(company, List.of("INV9")))
                    .containsExactly(ownView);
            assertThat(
                            stores.invoices()
                                    .matchCandidatesByReferenceKey(company, List.of("RF185390")))
                    .containsExactly(ownView);
            assertThat(
                            stores.invoices()
                                    .matchCandidatesByAmount(
                                            company, null, "TRY", 15_000, 15_000, 10))
                    .containsExactly(ownView);
            assertThat(
                            stores.invoices()
                                    .matchCandidatesByAmount(
                                            company, customer, "TRY", 15_000, 15_000, 10))
                    .containsExactly(ownView);
            assertThat(stores.invoices().oldestMatchCandidatesOf(company, List.of(customer), 5))
                    .containsExactly(ownView);
        }

        @Test
        void amountCandidatesSkipPayablesAndEmptyRanges() {
            UUID customer = UUID.randomUUID();
            insertDraft(
                    customer,
                    "P-1",
                    ISSUED,
                    "150.00",
                    payable -> payable.direction = Direction.PAYABLE);
            InvoiceRecord receivable = insertOpen(customer, "R-1", ISSUED, "150.00");

            assertThat(
                            stores.invoices()
                                    .matchCandidatesByAmount(
                                            company, null, "TRY", 15_000, 15_000, 10))
                    .containsExactly(MatchCandidateView.of(receivable));
            assertThat(
                            stores.invoices()
                                    .matchCandidatesByAmount(
                                            company, null, "TRY", 15_000, 15_000, 0))
                    .isEmpty();
            assertThat(
                            stores.invoices()
                                    .matchCandidatesByAmount(
                                            company, null, "TRY", 15_001, 15_000, 10))
                    .isEmpty();
            assertThat(
                            stores.invoices()
                                    .matchCandidatesByAmount(
                                            company, null, "EUR", 15_000, 15_000, 10))
                    .isEmpty();
            assertThatThrownBy(
                            () ->
                                    stores.invoices()
                                            .matchCandidatesByAmount(
                                                    company, null, "TRY", 15_000, 15_000, -1))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void oldestMatchCandidatesOfManyCounterparties() {
            // More counterparties than a SQL store binds in one array, so it reads them in chunks.
            int count = 1_100;
            List<UUID> customers = new ArrayList<>();
            List<MatchCandidateView> expected = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                UUID customer = UUID.randomUUID();
                customers.add(customer);
                expected.add(
                        MatchCandidateView.of(
                                insertOpen(customer, "M-" + i, ISSUED.plusDays(i % 7), "10.00")));
            }
            Collections.reverse(customers);
            Collections.reverse(expected);

            assertThat(stores.invoices().oldestMatchCandidatesOf(company, customers, 1))
                    .containsExactlyElementsOf(expected);
        }

        @Test
        void candidateReadsEqualSpiDefaults() {
            UUID first = UUID.randomUUID();
            UUID second = UUID.randomUUID();
            UUID third = UUID.randomUUID();
            LocalDate due = ISSUED.plusDays(5);
            // Equal due dates and amounts, so that only the id orders these items.
            insertDraft(first, "INV-7", due, "150.00", draft -> {});
            insertDraft(second, "inv 007", due, "150.00", draft -> {});
            insertDraft(third, "Inv.0007", due, "150.00", draft -> {});
            insertDraft(first, "INV-8", due, "150.00", draft -> draft.currency = "EUR");
            insertDraft(second, "INV-9", due, "15000", draft -> draft.currency = "JPY");
            insertDraft(third, "INV-10", due, "15.000", draft -> draft.currency = "KWD");
            insertDraft(
                    first, "INV-7", due, "150.00", draft -> draft.direction = Direction.PAYABLE);
            insertDraft(
                    second,
                    "INV 7",
                    due,
                    "150.00",
                    draft -> {
                        draft.status = InvoiceStatus.PARTIALLY_PAID;
                        draft.externalReference = Optional.of("rf18 5390");
                    });
            insertDraft(
                    third,
                    "INV_7",
                    due,
                    "150.00",
                    draft -> {
                        draft.status = InvoiceStatus.CANCELLED;
                        draft.closedOn = Optional.of(ISSUED.plusDays(1));
                        draft.externalReference = Optional.of("RF18-5390-X");
                    });
            insertDraft(
                    first,
                    "INV//7",
                    due,
                    "0.00",
                    draft -> {
                        draft.status = InvoiceStatus.PAID;
                        draft.closedOn = Optional.of(ISSUED.plusDays(1));
                    });
            insertDraft(
                    first,
                    "REF-1",
                    due,
                    "150.00",
                    draft -> draft.externalReference = Optional.of("RF18 5390"));
            // Due dates far from the others, without installments, so that none falls after
            // 9999-12-31.
            insertDraft(
                    second,
                    "old",
                    LocalDate.of(1900, 1, 1),
                    "150.00",
                    draft -> draft.schedule = List.of());
            insertDraft(second, "epoch", LocalDate.EPOCH, "150.00", draft -> {});
            insertDraft(
                    third,
                    "late",
                    LocalDate.of(9999, 12, 31),
                    "150.00",
                    draft -> draft.schedule = List.of());
            InvoiceDraft foreign =
                    InvoiceDraft.of(Fixtures.invoice(otherCompany, first, "INV-7", due));
            foreign.outstanding = new BigDecimal("150.00");
            foreign.externalReference = Optional.of("RF18 5390");
            foreign.idempotencyKey = Optional.empty();
            stores.invoices().insert(otherCompany, foreign.build());
            InvoiceStore store = stores.invoices();
            InvoiceStore defaults = withDefaultCandidateReads(store);

            String longKey = "INV" + "7".repeat(5_000);
            List<List<String>> keyLists =
                    List.of(
                            List.of(),
                            List.of("INV7"),
                            List.of("INV7", "INV7", "INV07"),
                            List.of("INV9", "INV10", "INV8", "OLD", "EPOCH", "LATE"),
                            List.of("RF185390", "RF185390X"),
                            List.of("O'BRIEN", "\"INV7\"", "{INV7,INV8}", "back\\slash", "NULL"),
                            List.of("", " ", longKey, "ŞİĞ"));
            for (List<String> keys : keyLists) {
                assertThat(store.matchCandidatesByNumberKey(company, keys))
                        .as("number keys %s", keys)
                        .isEqualTo(defaults.matchCandidatesByNumberKey(company, keys));
                assertThat(store.matchCandidatesByReferenceKey(company, keys))
                        .as("reference keys %s", keys)
                        .isEqualTo(defaults.matchCandidatesByReferenceKey(company, keys));
            }
            assertThat(store.matchCandidatesByNumberKey(company, List.of("INV7"))).hasSize(4);
            assertThat(store.matchCandidatesByReferenceKey(company, List.of("RF185390")))
                    .hasSize(2);

            List<UUID> owners = new ArrayList<>(Arrays.asList(null, first, second, third));
            for (UUID owner : owners) {
                for (String currency : List.of("TRY", "EUR", "JPY", "KWD", "USD")) {
                    for (int limit : List.of(0, 1, 2, 3, 100)) {
                        assertThat(
                                        store.matchCandidatesByAmount(
                                                company, owner, currency, 15_000, 15_000, limit))
                                .as("%s %s of %s, limit %d", currency, 15_000, owner, limit)
                                .isEqualTo(
                                        defaults.matchCandidatesByAmount(
                                                company, owner, currency, 15_000, 15_000, limit));
                    }
                    assertThat(
                                    store.matchCandidatesByAmount(
                                            company,
                                            owner,
                                            currency,
                                            Long.MIN_VALUE,
                                            Long.MAX_VALUE,
                                            Integer.MAX_VALUE))
                            .as("%s of %s, every amount", currency, owner)
                            .isEqualTo(
                                    defaults.matchCandidatesByAmount(
                                            company,
                                            owner,
                                            currency,
                                            Long.MIN_VALUE,
                                            Long.MAX_VALUE,
                                            Integer.MAX_VALUE));
                }
            }
            assertThat(store.matchCandidatesByAmount(company, null, "TRY", 15_000, 15_000, 100))
                    .hasSize(8);

            // Unknown counterparties fill the first chunk of a SQL store, so that the repeats of
            // first and third fall in the second chunk and must still be dropped.
            List<UUID> many = new ArrayList<>(List.of(third, first));
            for (int i = 0; i < 1_000; i++) {
                many.add(UUID.randomUUID());
            }
            many.addAll(List.of(second, first, third, second));
            for (int limitEach : List.of(0, 1, 2, 3, Integer.MAX_VALUE)) {
                for (List<UUID> ids : List.of(List.<UUID>of(), List.of(second), many)) {
                    assertThat(store.oldestMatchCandidatesOf(company, ids, limitEach))
                            .as("%d counterparties, %d each", ids.size(), limitEach)
                            .isEqualTo(defaults.oldestMatchCandidatesOf(company, ids, limitEach));
                }
            }
            assertThat(store.oldestMatchCandidatesOf(company, many, Integer.MAX_VALUE)).hasSize(11);
        }

        @Test
        void textArrayKeepsNullKey() {
            // A store that binds the keys as a SQL text array must quote the text NULL.
            InvoiceRecord named = insertOpen(UUID.randomUUID(), "null", ISSUED, "10.00");

            assertThat(stores.invoices().matchCandidatesByNumberKey(company, List.of("NULL")))
                    .containsExactly(MatchCandidateView.of(named));
        }

        /**
         * Returns a view of {@code store} whose four match-candidate reads run the default methods
         * of {@link InvoiceStore}, over the store's record reads, and whose other methods call the
         * store.
         */
        private static InvoiceStore withDefaultCandidateReads(InvoiceStore store) {
            Set<String> defaults =
                    Set.of(
                            "matchCandidatesByNumberKey",
                            "matchCandidatesByReferenceKey",
                            "matchCandidatesByAmount",
                            "oldestMatchCandidatesOf");
            InvocationHandler handler =
                    (proxy, method, arguments) -> {
                        if (defaults.contains(method.getName())) {
                            return InvocationHandler.invokeDefault(proxy, method, arguments);
                        }
                        try {
                            return method.invoke(store, arguments);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    };
            return (InvoiceStore)
                    Proxy.newProxyInstance(
                            InvoiceStore.class.getClassLoader(),
                            new Class<?>[] {InvoiceStore.class},
                            handler);
        }

        @Test
        void nameKeyAndPrefixFindFirm() {
            CounterpartyRecord firm =
                    stores.counterparties().insert(company, Fixtures.firm(company, List.of()));
            insertPerson("CRM-1");

            assertThat(stores.counterparties().findByNameKey(company, "DENIZ LOJISTIK LTD STI"))
                    .containsExactly(firm);
            assertThat(stores.counterparties().findByNameKey(company, "DENIZ LOJISTIK")).isEmpty();
            assertThat(stores.counterparties().findByNameKeyPrefix(company, "DENIZ LOJ", 5))
                    .containsExactly(firm);
            assertThat(stores.counterparties().findByNameKeyPrefix(company, "AYSE YILMAZ", 5))
                    .hasSize(1);
            assertThat(stores.counterparties().findByNameKeyPrefix(company, "DENIZ", 0)).isEmpty();
            assertThat(stores.counterparties().findByNameKeyPrefix(company, "DENIZ_%", 5))
                    .isEmpty();
        }
    }

    @Nested
    class CreditDocuments {

        @Test
        void roundTripKeepsEveryField() {
            CreditDocumentRecord note =
                    Fixtures.creditNote(
                            company,
                            UUID.randomUUID(),
                            "CN-1",
                            Optional.of(UUID.randomUUID()),
                            "150.00");

            CreditDocumentRecord stored = stores.creditDocuments().insert(company, note);

            assertThat(stored).isEqualTo(note.withVersion(1));
            assertThat(stores.creditDocuments().find(company, note.id())).contains(stored);
            assertThat(
                            stores.creditDocuments()
                                    .findByNumber(
                                            company,
                                            Direction.RECEIVABLE,
                                            CreditDocumentKind.CREDIT_NOTE,
                                            "CN-1"))
                    .contains(stored);
            assertThat(stores.creditDocuments().findByIdempotencyKey(company, "key-CN-1"))
                    .contains(stored);
        }

        @Test
        void duplicateNumberFails() {
            UUID customer = UUID.randomUUID();
            stores.creditDocuments()
                    .insert(
                            company,
                            Fixtures.creditNote(
                                    company, customer, "CN-1", Optional.empty(), "1.00"));
            CreditDocumentRecord again =
                    Fixtures.creditNote(company, customer, "CN-1", Optional.empty(), "2.00");
            CreditDocumentRecord unkeyed =
                    new CreditDocumentRecord(
                            company,
                            again.id(),
                            0,
                            again.kind(),
                            again.direction(),
                            "CN-1",
                            customer,
                            Optional.empty(),
                            Optional.empty(),
                            ISSUED,
                            "TRY",
                            again.amount(),
                            again.remainingCredit(),
                            Optional.empty(),
                            STAMP);

            assertThatThrownBy(() -> stores.creditDocuments().insert(company, unkeyed))
                    .isInstanceOf(DuplicateKeyException.class);
        }

        @Test
        void idempotentInsertAndConflict() {
            UUID customer = UUID.randomUUID();
            CreditDocumentRecord note =
                    Fixtures.creditNote(company, customer, "CN-1", Optional.empty(), "150.00");
            CreditDocumentRecord stored = stores.creditDocuments().insert(company, note);
            CreditDocumentRecord changed =
                    Fixtures.creditNote(company, customer, "CN-1", Optional.empty(), "100.00");

            assertThat(stores.creditDocuments().insert(company, note.withVersion(0)))
                    .isEqualTo(stored);
            assertThatThrownBy(() -> stores.creditDocuments().insert(company, changed))
                    .isInstanceOf(IdempotencyConflictException.class);
        }

        @Test
        void queriesByInvoiceAndCredit() {
            UUID customer = UUID.randomUUID();
            UUID invoice = UUID.randomUUID();
            CreditDocumentRecord open =
                    stores.creditDocuments()
                            .insert(
                                    company,
                                    Fixtures.creditNote(
                                            company,
                                            customer,
                                            "CN-1",
                                            Optional.of(invoice),
                                            "150.00"));
            CreditDocumentRecord used =
                    stores.creditDocuments()
                            .insert(
                                    company,
                                    Fixtures.creditNote(
                                            company,
                                            customer,
                                            "CN-2",
                                            Optional.of(invoice),
                                            "0.00"));

            assertThat(stores.creditDocuments().findByInvoice(company, invoice))
                    .containsExactlyInAnyOrder(open, used);
            assertThat(stores.creditDocuments().withRemainingCredit(company, customer))
                    .containsExactly(open);
        }

        @Test
        void staleUpdateFails() {
            CreditDocumentRecord note =
                    stores.creditDocuments()
                            .insert(
                                    company,
                                    Fixtures.creditNote(
                                            company,
                                            UUID.randomUUID(),
                                            "CN-1",
                                            Optional.empty(),
                                            "150.00"));
            stores.creditDocuments().update(company, note);

            assertThatThrownBy(() -> stores.creditDocuments().update(company, note))
                    .isInstanceOf(StaleVersionException.class);
        }
    }

    @Nested
    class Payments {

        @Test
        void roundTripKeepsScale() {
            UUID customer = UUID.randomUUID();
            for (String[] amount :
                    List.of(
                            new String[] {"150.00", "TRY"},
                            new String[] {"1240", "JPY"},
                            new String[] {"10.000", "KWD"})) {
                PaymentRecord payment =
                        Fixtures.payment(
                                company, customer, "TX-" + amount[1], amount[0], amount[1]);

                PaymentRecord stored = stores.payments().insert(company, payment);

                assertThat(stored).isEqualTo(payment.withVersion(1));
                assertThat(stored.amount().scale()).isEqualTo(payment.amount().scale());
                assertThat(stored.charges().scale()).isEqualTo(payment.charges().scale());
                assertThat(stores.payments().find(company, payment.id())).contains(stored);
                assertThat(stores.payments().findByIdempotencyKey(company, "TX-" + amount[1]))
                        .contains(stored);
            }
        }

        @Test
        void repeatedKeyReturnsFirst() {
            UUID customer = UUID.randomUUID();
            PaymentRecord first = Fixtures.payment(company, customer, "TX-1", "100.00", "TRY");
            PaymentRecord stored = stores.payments().insert(company, first);
            PaymentRecord repeat = Fixtures.payment(company, customer, "TX-1", "100.00", "TRY");
            stores.payments().update(company, Fixtures.withUnapplied(stored, "40.00"));

            PaymentRecord again = stores.payments().insert(company, repeat);

            assertThat(again.id()).isEqualTo(first.id());
            assertThat(again.version()).isEqualTo(2);
            assertThat(again.unapplied()).isEqualByComparingTo("40.00");
        }

        @Test
        void keyWithOtherContentFails() {
            UUID customer = UUID.randomUUID();
            stores.payments()
                    .insert(company, Fixtures.payment(company, customer, "TX-1", "100.00", "TRY"));
            PaymentRecord other = Fixtures.payment(company, customer, "TX-1", "100.01", "TRY");

            assertThatThrownBy(() -> stores.payments().insert(company, other))
                    .isInstanceOf(IdempotencyConflictException.class);
        }

        @Test
        void duplicateIdFails() {
            PaymentRecord payment =
                    Fixtures.payment(company, UUID.randomUUID(), "TX-1", "1.00", "TRY");
            stores.payments().insert(company, payment);
            PaymentRecord sameId =
                    new PaymentRecord(
                            company,
                            payment.id(),
                            0,
                            payment.counterpartyId(),
                            payment.direction(),
                            payment.valueDate(),
                            "TRY",
                            payment.amount(),
                            payment.charges(),
                            payment.method(),
                            "",
                            Optional.empty(),
                            payment.unapplied(),
                            Optional.empty(),
                            STAMP);

            assertThatThrownBy(() -> stores.payments().insert(company, sameId))
                    .isInstanceOf(DuplicateKeyException.class);
        }

        @Test
        void staleUpdateFails() {
            PaymentRecord payment =
                    stores.payments()
                            .insert(
                                    company,
                                    Fixtures.payment(
                                            company, UUID.randomUUID(), "TX-1", "5.00", "TRY"));
            PaymentRecord updated =
                    stores.payments().update(company, Fixtures.withUnapplied(payment, "1.00"));

            assertThat(updated.version()).isEqualTo(2);
            assertThatThrownBy(() -> stores.payments().update(company, payment))
                    .isInstanceOf(StaleVersionException.class);
        }

        @Test
        void unappliedCreditListFollowsUpdates() {
            UUID customer = UUID.randomUUID();
            PaymentRecord open =
                    stores.payments()
                            .insert(
                                    company,
                                    Fixtures.payment(company, customer, "TX-1", "5.00", "TRY"));
            PaymentRecord used =
                    stores.payments()
                            .insert(
                                    company,
                                    Fixtures.payment(company, customer, "TX-2", "7.00", "TRY"));

            PaymentRecord settled =
                    stores.payments().update(company, Fixtures.withUnapplied(used, "0.00"));

            assertThat(stores.payments().withUnappliedCredit(company, customer))
                    .containsExactly(open);
            assertThat(settled.unapplied()).isEqualByComparingTo("0");
        }

        @Test
        void invisibleToOtherCompany() {
            UUID customer = UUID.randomUUID();
            PaymentRecord payment =
                    stores.payments()
                            .insert(
                                    company,
                                    Fixtures.payment(company, customer, "TX-1", "5.00", "TRY"));

            assertThat(stores.payments().find(otherCompany, payment.id())).isEmpty();
            assertThat(stores.payments().findByIdempotencyKey(otherCompany, "TX-1")).isEmpty();
            assertThat(stores.payments().withUnappliedCredit(otherCompany, customer)).isEmpty();
            assertThat(
                            stores.payments()
                                    .insert(
                                            otherCompany,
                                            Fixtures.payment(
                                                    otherCompany, customer, "TX-1", "9.00", "TRY"))
                                    .version())
                    .isEqualTo(1);
        }
    }

    @Nested
    class Allocations {

        @Test
        void roundTripKeepsScale() {
            AllocationRecord allocation =
                    Fixtures.allocation(company, UUID.randomUUID(), UUID.randomUUID(), "10.50");

            AllocationRecord stored = stores.allocations().insert(company, allocation);

            assertThat(stored).isEqualTo(allocation);
            assertThat(stored.principal().scale()).isEqualTo(2);
            assertThat(stores.allocations().find(company, allocation.id())).contains(stored);
        }

        @Test
        void listsBySourceAndInvoice() {
            UUID payment = UUID.randomUUID();
            UUID invoice = UUID.randomUUID();
            AllocationRecord first =
                    stores.allocations()
                            .insert(
                                    company,
                                    Fixtures.allocation(company, payment, invoice, "1.00"));
            AllocationRecord second =
                    stores.allocations()
                            .insert(
                                    company,
                                    Fixtures.allocation(
                                            company, payment, UUID.randomUUID(), "2.00"));
            AllocationRecord third =
                    stores.allocations()
                            .insert(
                                    company,
                                    Fixtures.allocation(
                                            company, UUID.randomUUID(), invoice, "3.00"));

            assertThat(stores.allocations().findBySource(company, payment))
                    .containsExactly(first, second);
            assertThat(stores.allocations().findByInvoice(company, invoice))
                    .containsExactly(first, third);
        }

        @Test
        void duplicateIdFails() {
            AllocationRecord allocation =
                    Fixtures.allocation(company, UUID.randomUUID(), UUID.randomUUID(), "1.00");
            stores.allocations().insert(company, allocation);

            assertThatThrownBy(() -> stores.allocations().insert(company, allocation))
                    .isInstanceOf(DuplicateKeyException.class);
        }

        @Test
        void rollbackRemovesInsert() {
            UUID payment = UUID.randomUUID();
            AllocationRecord allocation =
                    Fixtures.allocation(company, payment, UUID.randomUUID(), "1.00");

            runAndRollBack(
                    stores.transactions(), () -> stores.allocations().insert(company, allocation));
            assertThat(stores.allocations().find(company, allocation.id())).isEmpty();
            assertThat(stores.allocations().findBySource(company, payment)).isEmpty();
        }

        @Test
        void invisibleToOtherCompany() {
            UUID payment = UUID.randomUUID();
            UUID invoice = UUID.randomUUID();
            AllocationRecord allocation =
                    stores.allocations()
                            .insert(
                                    company,
                                    Fixtures.allocation(company, payment, invoice, "1.00"));

            assertThat(stores.allocations().find(otherCompany, allocation.id())).isEmpty();
            assertThat(stores.allocations().findBySource(otherCompany, payment)).isEmpty();
            assertThat(stores.allocations().findByInvoice(otherCompany, invoice)).isEmpty();
        }
    }

    @Nested
    class LedgerEntries {

        private final Instant recorded = Instant.parse("2026-01-05T09:00:00Z");

        private LedgerEntryRecord append(
                UUID counterparty, LocalDate day, Instant at, String effect) {
            return stores.ledger()
                    .append(
                            company,
                            Fixtures.entry(
                                    company,
                                    counterparty,
                                    LedgerEntryKind.INVOICE,
                                    day,
                                    at,
                                    effect));
        }

        @Test
        void appendAssignsSequences() {
            UUID customer = UUID.randomUUID();
            LedgerEntryRecord entry =
                    Fixtures.entry(
                            company, customer, LedgerEntryKind.PAYMENT, ISSUED, recorded, "-12.50");

            LedgerEntryRecord first = stores.ledger().append(company, entry);
            LedgerEntryRecord second = append(customer, ISSUED, recorded, "1.000");

            assertThat(first).isEqualTo(entry.withSequence(1));
            assertThat(second.sequence()).isEqualTo(2);
            assertThat(second.balanceEffect().scale()).isEqualTo(3);
            assertThat(stores.ledger().findByDocument(company, entry.documentId()))
                    .containsExactly(first);
        }

        @Test
        void duplicateIdFails() {
            LedgerEntryRecord entry =
                    Fixtures.entry(
                            company,
                            UUID.randomUUID(),
                            LedgerEntryKind.INVOICE,
                            ISSUED,
                            recorded,
                            "1.00");
            stores.ledger().append(company, entry);

            assertThatThrownBy(() -> stores.ledger().append(company, entry))
                    .isInstanceOf(DuplicateKeyException.class);
        }

        @Test
        void appendAllAssignsSequencesInListOrder() {
            UUID customer = UUID.randomUUID();
            LedgerEntryRecord earlier = append(customer, ISSUED, recorded, "5.00");
            List<LedgerEntryRecord> entries =
                    List.of(
                            Fixtures.entry(
                                    company,
                                    customer,
                                    LedgerEntryKind.PAYMENT,
                                    ISSUED,
                                    recorded,
                                    "-12.50",
                                    Optional.empty()),
                            Fixtures.entry(
                                    company,
                                    customer,
                                    LedgerEntryKind.ALLOCATION,
                                    ISSUED.plusDays(1),
                                    recorded,
                                    "0.000"),
                            Fixtures.entry(
                                    company,
                                    UUID.randomUUID(),
                                    LedgerEntryKind.FEE,
                                    ISSUED.minusDays(1),
                                    recorded.plusSeconds(1),
                                    "7"));

            List<LedgerEntryRecord> stored = stores.ledger().appendAll(company, entries);

            assertThat(earlier.sequence()).isEqualTo(1);
            assertThat(stored)
                    .containsExactly(
                            entries.get(0).withSequence(2),
                            entries.get(1).withSequence(3),
                            entries.get(2).withSequence(4));
            for (LedgerEntryRecord entry : stored) {
                assertThat(stores.ledger().findByDocument(company, entry.documentId()))
                        .containsExactly(entry);
            }
            assertThat(stored.get(1).balanceEffect().scale()).isEqualTo(3);
            assertThat(append(customer, ISSUED, recorded, "1.00").sequence()).isEqualTo(5);
        }

        @Test
        void appendAllOfNoEntriesStoresNothing() {
            assertThat(stores.ledger().appendAll(company, List.of())).isEmpty();

            assertThat(append(UUID.randomUUID(), ISSUED, recorded, "1.00").sequence()).isEqualTo(1);
        }

        @Test
        void appendAllWithStoredIdStoresNone() {
            UUID customer = UUID.randomUUID();
            LedgerEntryRecord stored = append(customer, ISSUED, recorded, "1.00");
            LedgerEntryRecord fresh =
                    Fixtures.entry(
                            company, customer, LedgerEntryKind.INVOICE, ISSUED, recorded, "2.00");
            LedgerEntryRecord again = withSequence(stored, 0);

            assertThatThrownBy(
                            () ->
                                    stores.transactions()
                                            .inTransaction(
                                                    () ->
                                                            stores.ledger()
                                                                    .appendAll(
                                                                            company,
                                                                            List.of(fresh, again))))
                    .isInstanceOf(DuplicateKeyException.class);

            assertThat(stores.ledger().findByDocument(company, fresh.documentId())).isEmpty();
            assertThat(append(customer, ISSUED, recorded, "3.00").sequence()).isEqualTo(2);
        }

        @Test
        void appendAllWithRepeatedIdFails() {
            LedgerEntryRecord entry =
                    Fixtures.entry(
                            company,
                            UUID.randomUUID(),
                            LedgerEntryKind.INVOICE,
                            ISSUED,
                            recorded,
                            "1.00");

            assertThatThrownBy(
                            () ->
                                    stores.transactions()
                                            .inTransaction(
                                                    () ->
                                                            stores.ledger()
                                                                    .appendAll(
                                                                            company,
                                                                            List.of(entry, entry))))
                    .isInstanceOf(DuplicateKeyException.class);

            assertThat(stores.ledger().findByDocument(company, entry.documentId())).isEmpty();
        }

        @Test
        void appendAllRejectsAssignedSequence() {
            LedgerEntryRecord entry =
                    Fixtures.entry(
                                    company,
                                    UUID.randomUUID(),
                                    LedgerEntryKind.INVOICE,
                                    ISSUED,
                                    recorded,
                                    "1.00")
                            .withSequence(3);

            assertThatThrownBy(() -> stores.ledger().appendAll(company, List.of(entry)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(stores.ledger().findByDocument(company, entry.documentId())).isEmpty();
        }

        private LedgerEntryRecord withSequence(LedgerEntryRecord entry, long sequence) {
            return new LedgerEntryRecord(
                    entry.companyId(),
                    entry.id(),
                    sequence,
                    entry.counterpartyId(),
                    entry.currency(),
                    entry.kind(),
                    entry.valueDate(),
                    entry.recordedAt(),
                    entry.amount(),
                    entry.balanceEffect(),
                    entry.documentId(),
                    entry.invoiceId(),
                    entry.component(),
                    entry.note(),
                    entry.reverses(),
                    entry.actor());
        }

        @Test
        void appendAllStoresAsAppendDoes() {
            UUID customer = UUID.randomUUID();
            Instant at = recorded.plusNanos(123_456_789);
            LedgerEntryRecord single =
                    stores.ledger()
                            .append(
                                    company,
                                    Fixtures.entry(
                                            company,
                                            customer,
                                            LedgerEntryKind.PAYMENT,
                                            ISSUED,
                                            at,
                                            "-12.50",
                                            Optional.empty()));
            LedgerEntryRecord entry =
                    new LedgerEntryRecord(
                            company,
                            UUID.randomUUID(),
                            0,
                            customer,
                            "TRY",
                            LedgerEntryKind.WRITE_OFF,
                            ISSUED,
                            at,
                            new BigDecimal("0.0050"),
                            new BigDecimal("-0.0050"),
                            UUID.randomUUID(),
                            Optional.empty(),
                            Optional.empty(),
                            "Ödeme farkı İŞĞÜÇ ığüşöç",
                            Optional.of(single.id()),
                            Actor.user("kullanıcı-İ"));

            LedgerEntryRecord stored = stores.ledger().appendAll(company, List.of(entry)).get(0);

            assertThat(stored.recordedAt()).isEqualTo(single.recordedAt());
            assertThat(stored.amount()).isEqualTo(new BigDecimal("0.0050"));
            assertThat(stored.note()).isEqualTo(entry.note());
            assertThat(stored.actor()).isEqualTo(entry.actor());
            assertThat(stores.ledger().findByDocument(company, entry.documentId()))
                    .containsExactly(stored);
            assertThat(stores.ledger().findByDocument(company, single.documentId()))
                    .containsExactly(single);
        }

        @Test
        void appendAllOfManyEntriesNumbersEach() {
            UUID customer = UUID.randomUUID();
            UUID document = UUID.randomUUID();
            List<LedgerEntryRecord> entries = new ArrayList<>();
            for (int i = 0; i < 5_000; i++) {
                LedgerEntryRecord entry =
                        Fixtures.entry(
                                company,
                                customer,
                                LedgerEntryKind.ALLOCATION,
                                ISSUED,
                                recorded,
                                "0.01");
                entries.add(withDocument(entry, document));
            }

            List<LedgerEntryRecord> stored = stores.ledger().appendAll(company, entries);

            assertThat(stored).extracting(LedgerEntryRecord::sequence).first().isEqualTo(1L);
            assertThat(stored).extracting(LedgerEntryRecord::sequence).last().isEqualTo(5_000L);
            assertThat(stores.ledger().findByDocument(company, document)).isEqualTo(stored);
        }

        @Test
        void appendAllRejectsOtherCompanyEntry() {
            LedgerEntryRecord own =
                    Fixtures.entry(
                            company,
                            UUID.randomUUID(),
                            LedgerEntryKind.INVOICE,
                            ISSUED,
                            recorded,
                            "1.00");
            LedgerEntryRecord foreign =
                    Fixtures.entry(
                            otherCompany,
                            UUID.randomUUID(),
                            LedgerEntryKind.INVOICE,
                            ISSUED,
                            recorded,
                            "1.00");

            assertThatThrownBy(
                            () ->
                                    stores.transactions()
                                            .inTransaction(
                                                    () ->
                                                            stores.ledger()
                                                                    .appendAll(
                                                                            company,
                                                                            List.of(own, foreign))))
                    .isInstanceOf(IllegalArgumentException.class);

            assertThat(stores.ledger().findByDocument(company, own.documentId())).isEmpty();
            assertThat(stores.ledger().findByDocument(otherCompany, foreign.documentId()))
                    .isEmpty();
        }

        private LedgerEntryRecord withDocument(LedgerEntryRecord entry, UUID documentId) {
            return new LedgerEntryRecord(
                    entry.companyId(),
                    entry.id(),
                    entry.sequence(),
                    entry.counterpartyId(),
                    entry.currency(),
                    entry.kind(),
                    entry.valueDate(),
                    entry.recordedAt(),
                    entry.amount(),
                    entry.balanceEffect(),
                    documentId,
                    entry.invoiceId(),
                    entry.component(),
                    entry.note(),
                    entry.reverses(),
                    entry.actor());
        }

        @Test
        void entriesOrderedByValueDate() {
            UUID customer = UUID.randomUUID();
            LedgerEntryRecord late = append(customer, ISSUED.plusDays(5), recorded, "1.00");
            LedgerEntryRecord early = append(customer, ISSUED, recorded, "2.00");
            LedgerEntryRecord outside = append(customer, ISSUED.plusDays(40), recorded, "3.00");
            append(UUID.randomUUID(), ISSUED, recorded, "4.00");

            List<LedgerEntryRecord> period =
                    readAll(
                            request ->
                                    stores.ledger()
                                            .entriesOf(
                                                    company,
                                                    customer,
                                                    "TRY",
                                                    ISSUED,
                                                    ISSUED.plusDays(30),
                                                    request),
                            1);

            assertThat(period).containsExactly(early, late);
            assertThat(period).doesNotContain(outside);
        }

        private LedgerEntryRecord appendOn(
                UUID counterparty, Optional<UUID> invoice, LedgerEntryKind kind, String effect) {
            return stores.ledger()
                    .append(
                            company,
                            Fixtures.entry(
                                    company,
                                    counterparty,
                                    kind,
                                    ISSUED,
                                    recorded,
                                    effect,
                                    invoice));
        }

        @Test
        void entriesOfInvoiceInSequence() {
            UUID customer = UUID.randomUUID();
            Optional<UUID> invoice = Optional.of(UUID.randomUUID());
            LedgerEntryRecord charged = appendOn(customer, invoice, LedgerEntryKind.FEE, "15.00");
            append(customer, ISSUED, recorded, "100.00");
            appendOn(customer, Optional.empty(), LedgerEntryKind.PAYMENT, "-40.00");
            LedgerEntryRecord allocated =
                    appendOn(customer, invoice, LedgerEntryKind.ALLOCATION, "-5.00");

            assertThat(stores.ledger().findByInvoice(company, invoice.get()))
                    .containsExactly(charged, allocated);
            assertThat(stores.ledger().findByInvoice(company, UUID.randomUUID())).isEmpty();
            assertThat(stores.ledger().findByInvoice(otherCompany, invoice.get())).isEmpty();
        }

        @Test
        void rollbackDropsInvoiceEntry() {
            UUID customer = UUID.randomUUID();
            Optional<UUID> invoice = Optional.of(UUID.randomUUID());
            LedgerEntryRecord committed =
                    appendOn(customer, invoice, LedgerEntryKind.INTEREST, "2.50");

            runAndRollBack(
                    stores.transactions(),
                    () -> appendOn(customer, invoice, LedgerEntryKind.INTEREST, "1.00"));

            assertThat(stores.ledger().findByInvoice(company, invoice.get()))
                    .containsExactly(committed);
        }

        @Test
        void accountsUpToDate() {
            UUID first = UUID.fromString("0a000000-0000-0000-0000-000000000000");
            UUID second = UUID.fromString("f0000000-0000-0000-0000-000000000000");
            UUID later = UUID.fromString("50000000-0000-0000-0000-000000000000");
            append(second, ISSUED, recorded, "1.00");
            append(first, ISSUED.plusDays(3), recorded, "2.00");
            append(first, ISSUED.plusDays(1), recorded, "3.00");
            LedgerEntryRecord euro =
                    Fixtures.entry(
                            company, first, LedgerEntryKind.INVOICE, ISSUED, recorded, "4.00");
            stores.ledger()
                    .append(
                            company,
                            new LedgerEntryRecord(
                                    euro.companyId(),
                                    euro.id(),
                                    0,
                                    euro.counterpartyId(),
                                    "EUR",
                                    euro.kind(),
                                    euro.valueDate(),
                                    euro.recordedAt(),
                                    euro.amount(),
                                    euro.balanceEffect(),
                                    euro.documentId(),
                                    euro.invoiceId(),
                                    euro.component(),
                                    euro.note(),
                                    euro.reverses(),
                                    euro.actor()));
            append(later, ISSUED.plusDays(2), recorded, "5.00");

            assertThat(stores.ledger().accountsUpTo(company, ISSUED.plusDays(1)))
                    .containsExactly(
                            new LedgerAccount(first, "EUR"),
                            new LedgerAccount(first, "TRY"),
                            new LedgerAccount(second, "TRY"));
            assertThat(stores.ledger().accountsUpTo(company, ISSUED.plusDays(2)))
                    .contains(new LedgerAccount(later, "TRY"))
                    .hasSize(4);
            assertThat(stores.ledger().accountsUpTo(company, ISSUED.minusDays(1))).isEmpty();
            assertThat(stores.ledger().accountsUpTo(UUID.randomUUID(), ISSUED)).isEmpty();
        }

        @Test
        void balanceAsOfAndKnownAt() {
            UUID customer = UUID.randomUUID();
            append(customer, ISSUED, recorded, "100.00");
            append(customer, ISSUED.plusDays(10), recorded.plusSeconds(60), "-30.00");
            append(customer, ISSUED.plusDays(2), recorded.plusSeconds(120), "-5.00");

            assertThat(
                            stores.ledger()
                                    .balance(
                                            company,
                                            customer,
                                            "TRY",
                                            ISSUED.plusDays(10),
                                            recorded.plusSeconds(120)))
                    .isEqualByComparingTo("65.00");
            assertThat(
                            stores.ledger()
                                    .balance(
                                            company,
                                            customer,
                                            "TRY",
                                            ISSUED.plusDays(9),
                                            recorded.plusSeconds(120)))
                    .isEqualByComparingTo("95.00");
            assertThat(
                            stores.ledger()
                                    .balance(
                                            company,
                                            customer,
                                            "TRY",
                                            ISSUED.plusDays(10),
                                            recorded.plusSeconds(60)))
                    .isEqualByComparingTo("70.00");
            assertThat(stores.ledger().balance(company, customer, "EUR", ISSUED, recorded))
                    .isEqualByComparingTo("0");
        }

        @Test
        void chargedInvoicesListFeeAndInterestOnce() {
            UUID customer = UUID.randomUUID();
            LedgerEntryRecord fee =
                    Fixtures.entry(
                            company, customer, LedgerEntryKind.FEE, ISSUED, recorded, "5.00");
            LedgerEntryRecord interest =
                    Fixtures.entry(
                            company, customer, LedgerEntryKind.INTEREST, ISSUED, recorded, "0.41");
            UUID charged = fee.invoiceId().orElseThrow();
            LedgerEntryRecord secondFee = withInvoice(fee, charged);
            stores.ledger().append(company, fee);
            stores.ledger().append(company, secondFee);
            stores.ledger().append(company, interest);
            append(customer, ISSUED, recorded, "100.00");

            assertThat(stores.ledger().chargedInvoices(company))
                    .containsExactlyInAnyOrder(charged, interest.invoiceId().orElseThrow());
            assertThat(stores.ledger().chargedInvoices(otherCompany)).isEmpty();
        }

        @Test
        void accountChargedInvoicesFilterAccount() {
            UUID customer = UUID.randomUUID();
            UUID other = UUID.randomUUID();
            LedgerEntryRecord fee =
                    Fixtures.entry(
                            company, customer, LedgerEntryKind.FEE, ISSUED, recorded, "5.00");
            LedgerEntryRecord interest =
                    Fixtures.entry(
                            company, customer, LedgerEntryKind.INTEREST, ISSUED, recorded, "0.41");
            LedgerEntryRecord otherFee =
                    Fixtures.entry(company, other, LedgerEntryKind.FEE, ISSUED, recorded, "7.00");
            UUID charged = fee.invoiceId().orElseThrow();
            stores.ledger().append(company, fee);
            stores.ledger().append(company, withInvoice(fee, charged));
            stores.ledger().append(company, interest);
            stores.ledger().append(company, otherFee);
            append(customer, ISSUED, recorded, "100.00");

            assertThat(stores.ledger().chargedInvoicesOf(company, customer, "TRY"))
                    .containsExactlyInAnyOrder(charged, interest.invoiceId().orElseThrow());
            assertThat(stores.ledger().chargedInvoicesOf(company, other, "TRY"))
                    .containsExactly(otherFee.invoiceId().orElseThrow());
            assertThat(stores.ledger().chargedInvoicesOf(company, customer, "EUR")).isEmpty();
            assertThat(stores.ledger().chargedInvoicesOf(otherCompany, customer, "TRY")).isEmpty();
        }

        @Test
        void accountChargedInvoicesForgetRollback() {
            UUID customer = UUID.randomUUID();
            LedgerEntryRecord fee =
                    Fixtures.entry(
                            company, customer, LedgerEntryKind.FEE, ISSUED, recorded, "5.00");

            runAndRollBack(stores.transactions(), () -> stores.ledger().append(company, fee));

            assertThat(stores.ledger().chargedInvoicesOf(company, customer, "TRY")).isEmpty();
        }

        @Test
        void chargedInvoicesForgetRolledBackFee() {
            UUID customer = UUID.randomUUID();
            LedgerEntryRecord fee =
                    Fixtures.entry(
                            company, customer, LedgerEntryKind.FEE, ISSUED, recorded, "5.00");

            runAndRollBack(stores.transactions(), () -> stores.ledger().append(company, fee));

            assertThat(stores.ledger().chargedInvoices(company)).isEmpty();
        }

        private LedgerEntryRecord withInvoice(LedgerEntryRecord entry, UUID invoiceId) {
            return new LedgerEntryRecord(
                    entry.companyId(),
                    UUID.randomUUID(),
                    0,
                    entry.counterpartyId(),
                    entry.currency(),
                    entry.kind(),
                    entry.valueDate(),
                    entry.recordedAt(),
                    entry.amount(),
                    entry.balanceEffect(),
                    UUID.randomUUID(),
                    Optional.of(invoiceId),
                    entry.component(),
                    entry.note(),
                    entry.reverses(),
                    entry.actor());
        }

        @Test
        void rollbackFreesSequence() {
            UUID customer = UUID.randomUUID();
            append(customer, ISSUED, recorded, "1.00");

            runAndRollBack(stores.transactions(), () -> append(customer, ISSUED, recorded, "2.00"));
            LedgerEntryRecord next = append(customer, ISSUED, recorded, "3.00");

            assertThat(next.sequence()).isGreaterThan(1);
            assertThat(stores.ledger().balance(company, customer, "TRY", ISSUED, recorded))
                    .isEqualByComparingTo("4.00");
        }

        @Test
        void invisibleToOtherCompany() {
            UUID customer = UUID.randomUUID();
            LedgerEntryRecord entry = append(customer, ISSUED, recorded, "1.00");

            assertThat(stores.ledger().findByDocument(otherCompany, entry.documentId())).isEmpty();
            assertThat(
                            stores.ledger()
                                    .entriesOf(
                                            otherCompany,
                                            customer,
                                            "TRY",
                                            ISSUED,
                                            ISSUED,
                                            PageRequest.first(10))
                                    .items())
                    .isEmpty();
            assertThat(stores.ledger().balance(otherCompany, customer, "TRY", ISSUED, recorded))
                    .isEqualByComparingTo("0");
        }
    }

    @Nested
    class Instruments {

        @Test
        void roundTripKeepsScale() {
            InstrumentRecord cheque =
                    Fixtures.cheque(company, UUID.randomUUID(), ISSUED.plusDays(60), "10000.00");

            InstrumentRecord stored = stores.instruments().insert(company, cheque);

            assertThat(stored).isEqualTo(cheque.withVersion(1));
            assertThat(stored.amount().scale()).isEqualTo(2);
            assertThat(stores.instruments().find(company, cheque.id())).contains(stored);
        }

        @Test
        void duplicateIdFails() {
            InstrumentRecord cheque =
                    Fixtures.cheque(company, UUID.randomUUID(), ISSUED.plusDays(60), "1.00");
            stores.instruments().insert(company, cheque);

            assertThatThrownBy(() -> stores.instruments().insert(company, cheque))
                    .isInstanceOf(DuplicateKeyException.class);
        }

        @Test
        void staleUpdateFails() {
            InstrumentRecord cheque =
                    stores.instruments()
                            .insert(
                                    company,
                                    Fixtures.cheque(
                                            company,
                                            UUID.randomUUID(),
                                            ISSUED.plusDays(60),
                                            "1.00"));
            InstrumentRecord endorsed =
                    stores.instruments()
                            .update(
                                    company,
                                    cheque.withStatus(
                                            InstrumentStatus.ENDORSED,
                                            "Tedarikçi A.Ş.",
                                            cheque.paidOnBounce(),
                                            STAMP));

            assertThat(endorsed.version()).isEqualTo(2);
            assertThatThrownBy(() -> stores.instruments().update(company, cheque))
                    .isInstanceOf(StaleVersionException.class);
        }

        @Test
        void unclearedListsFollowStatus() {
            UUID customer = UUID.randomUUID();
            InstrumentRecord late =
                    stores.instruments()
                            .insert(
                                    company,
                                    Fixtures.cheque(
                                            company, customer, ISSUED.plusDays(90), "3.00"));
            InstrumentRecord early =
                    stores.instruments()
                            .insert(
                                    company,
                                    Fixtures.cheque(
                                            company, customer, ISSUED.plusDays(30), "2.00"));
            InstrumentRecord cleared =
                    stores.instruments()
                            .insert(
                                    company,
                                    Fixtures.cheque(
                                            company, customer, ISSUED.plusDays(10), "1.00"));
            stores.instruments()
                    .update(
                            company,
                            cleared.withStatus(
                                    InstrumentStatus.CLEARED, "", cleared.paidOnBounce(), STAMP));

            assertThat(stores.instruments().unclearedOf(company, customer))
                    .containsExactly(early, late);
            assertThat(stores.instruments().unclearedMaturingBy(company, ISSUED.plusDays(30)))
                    .containsExactly(early);
        }

        @Test
        void creditListFollowsUnapplied() {
            UUID customer = UUID.randomUUID();
            InstrumentRecord late =
                    stores.instruments()
                            .insert(
                                    company,
                                    Fixtures.cheque(
                                            company, customer, ISSUED.plusDays(90), "3.00"));
            InstrumentRecord early =
                    stores.instruments()
                            .insert(
                                    company,
                                    Fixtures.cheque(
                                            company, customer, ISSUED.plusDays(30), "2.00"));
            InstrumentRecord lateCredit =
                    stores.instruments()
                            .update(company, late.withUnapplied(new BigDecimal("1.25"), STAMP));
            InstrumentRecord earlyCredit =
                    stores.instruments()
                            .update(company, early.withUnapplied(new BigDecimal("2.00"), STAMP));

            assertThat(stores.instruments().withUnappliedCredit(company, customer))
                    .containsExactly(earlyCredit, lateCredit);
            assertThat(lateCredit.unapplied()).isEqualByComparingTo("1.25");
            assertThat(lateCredit.unapplied().scale()).isEqualTo(2);

            stores.instruments()
                    .update(company, earlyCredit.withUnapplied(new BigDecimal("0.00"), STAMP));

            assertThat(stores.instruments().withUnappliedCredit(company, customer))
                    .containsExactly(lateCredit);
            assertThat(stores.instruments().withUnappliedCredit(otherCompany, customer)).isEmpty();
            assertThat(stores.instruments().withUnappliedCredit(company, UUID.randomUUID()))
                    .isEmpty();
        }

        @Test
        void invisibleToOtherCompany() {
            UUID customer = UUID.randomUUID();
            InstrumentRecord cheque =
                    stores.instruments()
                            .insert(company, Fixtures.cheque(company, customer, ISSUED, "1.00"));

            assertThat(stores.instruments().find(otherCompany, cheque.id())).isEmpty();
            assertThat(stores.instruments().unclearedOf(otherCompany, customer)).isEmpty();
            assertThat(stores.instruments().unclearedMaturingBy(otherCompany, ISSUED)).isEmpty();
        }
    }

    @Nested
    class Dunning {

        private DunningRecord claim(UUID item, int level) {
            return new DunningRecord(
                    company,
                    UUID.randomUUID(),
                    0,
                    item,
                    level,
                    UUID.randomUUID(),
                    "2026-02-01",
                    LocalDate.of(2026, 2, 1),
                    "INV-1",
                    ISSUED,
                    27,
                    "EUR",
                    new BigDecimal("500.00"),
                    BigDecimal.ZERO,
                    false,
                    DunningStatus.CLAIMED,
                    List.of(),
                    Fixtures.STAMP);
        }

        @Test
        void claimStoresVersionOne() {
            DunningRecord claim = claim(UUID.randomUUID(), 1);

            DunningRecord stored = stores.dunning().claim(company, claim);

            assertThat(stored).isEqualTo(claim.withVersion(1));
            assertThat(stores.dunning().ofItem(company, claim.itemId())).containsExactly(stored);
        }

        @Test
        void secondClaimOfItemAndLevelFails() {
            UUID item = UUID.randomUUID();
            stores.dunning().claim(company, claim(item, 1));

            assertThatThrownBy(() -> stores.dunning().claim(company, claim(item, 1)))
                    .isInstanceOf(DuplicateKeyException.class);
            assertThat(stores.dunning().ofItem(company, item)).hasSize(1);
        }

        @Test
        void otherLevelOrCompanyMayBeClaimed() {
            UUID item = UUID.randomUUID();
            stores.dunning().claim(company, claim(item, 1));
            stores.dunning().claim(company, claim(item, 2));
            DunningRecord other = claim(item, 1);
            DunningRecord elsewhere =
                    new DunningRecord(
                            otherCompany,
                            other.id(),
                            0,
                            item,
                            1,
                            other.counterpartyId(),
                            other.runKey(),
                            other.asOf(),
                            other.invoiceNumber(),
                            other.dueDate(),
                            other.daysPastDue(),
                            other.currency(),
                            other.outstanding(),
                            other.fee(),
                            false,
                            DunningStatus.CLAIMED,
                            List.of(),
                            Fixtures.STAMP);

            stores.dunning().claim(otherCompany, elsewhere);

            assertThat(stores.dunning().ofItem(company, item))
                    .extracting(DunningRecord::level)
                    .containsExactly(1, 2);
            assertThat(stores.dunning().ofItem(otherCompany, item)).hasSize(1);
        }

        @Test
        void concurrentClaimsOfOnePairHaveOneWinner() throws Exception {
            UUID item = UUID.randomUUID();
            List<Callable<Boolean>> tasks = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                tasks.add(
                        () -> {
                            try {
                                stores.dunning().claim(company, claim(item, 1));
                                return true;
                            } catch (DuplicateKeyException e) {
                                return false;
                            }
                        });
            }

            List<Boolean> won = runConcurrently(tasks);

            assertThat(won).containsOnlyOnce(true);
            assertThat(stores.dunning().ofItem(company, item)).hasSize(1);
        }

        private static final Instant NOW = Fixtures.STAMP.at().plusSeconds(3_600);

        private DunningRecord leased(UUID item, DunningStatus status, Instant leaseExpiry) {
            DunningRecord claim = claim(item, 1);
            return claim.withResult(status, List.of(), false, BigDecimal.ZERO, Fixtures.STAMP)
                    .withLeaseExpiry(leaseExpiry);
        }

        @Test
        void claimKeepsLeaseExpiry() {
            Instant lease = Instant.parse("2026-01-05T09:10:00.123456Z");
            DunningRecord claim = claim(UUID.randomUUID(), 1).withLeaseExpiry(lease);

            DunningRecord stored = stores.dunning().claim(company, claim);

            assertThat(stored.leaseExpiry()).isEqualTo(lease);
            assertThat(stores.dunning().ofItem(company, claim.itemId()))
                    .extracting(DunningRecord::leaseExpiry)
                    .containsExactly(lease);
        }

        @Test
        void retryableSkipsLiveLeases() {
            DunningRecord held =
                    stores.dunning()
                            .claim(
                                    company,
                                    leased(
                                            UUID.randomUUID(),
                                            DunningStatus.CLAIMED,
                                            NOW.plusNanos(1_000)));
            DunningRecord expired =
                    stores.dunning()
                            .claim(
                                    company,
                                    leased(
                                            UUID.randomUUID(),
                                            DunningStatus.CLAIMED,
                                            NOW.minusSeconds(1)));
            DunningRecord failed =
                    stores.dunning()
                            .claim(company, leased(UUID.randomUUID(), DunningStatus.FAILED, NOW));
            stores.dunning()
                    .claim(
                            company,
                            leased(UUID.randomUUID(), DunningStatus.SENT, NOW.minusSeconds(60)));
            stores.dunning()
                    .claim(
                            company,
                            leased(
                                    UUID.randomUUID(),
                                    DunningStatus.REJECTED,
                                    NOW.minusSeconds(60)));

            List<DunningRecord> retryable = stores.dunning().retryable(company, NOW);

            assertThat(retryable).containsExactlyInAnyOrder(expired, failed);
            assertThat(stores.dunning().retryable(company, NOW.plusSeconds(1)))
                    .containsExactlyInAnyOrder(held, expired, failed);
            assertThat(stores.dunning().retryable(otherCompany, NOW.plusSeconds(1))).isEmpty();
            assertThat(stores.dunning().pending(company))
                    .containsExactlyInAnyOrder(held, expired, failed);
        }

        @Test
        void retryableFollowsPendingOrder() {
            for (int i = 0; i < 5; i++) {
                stores.dunning()
                        .claim(
                                company,
                                leased(
                                        UUID.randomUUID(),
                                        DunningStatus.CLAIMED,
                                        NOW.minusSeconds(i)));
            }

            assertThat(stores.dunning().retryable(company, NOW))
                    .containsExactlyElementsOf(stores.dunning().pending(company));
        }

        @Test
        void updateRenewsLeaseAtVersion() {
            DunningRecord stored =
                    stores.dunning()
                            .claim(
                                    company,
                                    leased(
                                            UUID.randomUUID(),
                                            DunningStatus.CLAIMED,
                                            NOW.minusSeconds(1)));

            DunningRecord taken =
                    stores.dunning().update(company, stored.withLeaseExpiry(NOW.plusSeconds(600)));

            assertThat(taken.version()).isEqualTo(2);
            assertThat(stores.dunning().retryable(company, NOW)).isEmpty();
            assertThat(stores.dunning().retryable(company, NOW.plusSeconds(600)))
                    .containsExactly(taken);
            assertThatThrownBy(
                            () ->
                                    stores.dunning()
                                            .update(
                                                    company,
                                                    stored.withLeaseExpiry(NOW.plusSeconds(600))))
                    .isInstanceOf(StaleVersionException.class);
        }

        @Test
        void concurrentLeaseTakeoversHaveOneWinner() throws Exception {
            DunningRecord stored =
                    stores.dunning()
                            .claim(
                                    company,
                                    leased(
                                            UUID.randomUUID(),
                                            DunningStatus.CLAIMED,
                                            NOW.minusSeconds(1)));
            List<Callable<Boolean>> tasks = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                tasks.add(
                        () -> {
                            try {
                                stores.dunning()
                                        .update(
                                                company,
                                                stored.withLeaseExpiry(NOW.plusSeconds(600)));
                                return true;
                            } catch (StaleVersionException e) {
                                return false;
                            }
                        });
            }

            List<Boolean> won = runConcurrently(tasks);

            assertThat(won).containsOnlyOnce(true);
            assertThat(stores.dunning().retryable(company, NOW)).isEmpty();
        }

        @Test
        void updateChecksTheVersionAndLeavesPending() {
            DunningRecord stored = stores.dunning().claim(company, claim(UUID.randomUUID(), 1));
            assertThat(stores.dunning().pending(company)).containsExactly(stored);

            DunningRecord sent =
                    stores.dunning()
                            .update(
                                    company,
                                    stored.withResult(
                                            DunningStatus.SENT,
                                            List.of("email"),
                                            true,
                                            new BigDecimal("5.00"),
                                            Fixtures.STAMP));

            assertThat(sent.version()).isEqualTo(2);
            assertThat(stores.dunning().pending(company)).isEmpty();
            assertThatThrownBy(() -> stores.dunning().update(company, stored))
                    .isInstanceOf(StaleVersionException.class);
        }

        @Test
        void updateOfUnknownRecordFails() {
            DunningRecord never = claim(UUID.randomUUID(), 1).withVersion(1);

            assertThatThrownBy(() -> stores.dunning().update(company, never))
                    .isInstanceOf(RecordNotFoundException.class);
        }

        @Test
        void claimAllStoresEveryClaimInOrder() {
            UUID item = UUID.randomUUID();
            List<DunningRecord> claims =
                    List.of(claim(item, 1), claim(item, 2), claim(UUID.randomUUID(), 1));

            List<DunningRecord> stored = stores.dunning().claimAll(company, claims);

            assertThat(stored)
                    .containsExactly(
                            claims.get(0).withVersion(1),
                            claims.get(1).withVersion(1),
                            claims.get(2).withVersion(1));
            assertThat(stores.dunning().ofItem(company, item))
                    .containsExactly(stored.get(0), stored.get(1));
            assertThat(stores.dunning().claimAll(company, List.of())).isEmpty();
        }

        @Test
        void claimAllWithClaimedPairStoresNone() {
            UUID claimed = UUID.randomUUID();
            stores.dunning().claim(company, claim(claimed, 1));
            DunningRecord before = claim(UUID.randomUUID(), 1);
            DunningRecord after = claim(UUID.randomUUID(), 1);
            List<DunningRecord> claims = List.of(before, claim(claimed, 1), after);

            assertThatThrownBy(() -> claimAllInTransaction(company, claims))
                    .isInstanceOf(DuplicateKeyException.class);
            assertThat(stores.dunning().ofItem(company, before.itemId())).isEmpty();
            assertThat(stores.dunning().ofItem(company, after.itemId())).isEmpty();
            assertThat(stores.dunning().ofItem(company, claimed)).hasSize(1);
        }

        @Test
        void claimAllWithPairTwiceStoresNone() {
            UUID item = UUID.randomUUID();
            List<DunningRecord> claims = List.of(claim(item, 1), claim(item, 1));

            assertThatThrownBy(() -> claimAllInTransaction(company, claims))
                    .isInstanceOf(DuplicateKeyException.class);
            assertThat(stores.dunning().ofItem(company, item)).isEmpty();
        }

        @Test
        void claimAllRejectsOtherCompanyRecord() {
            DunningRecord own = claim(UUID.randomUUID(), 1);
            DunningRecord foreign = claim(UUID.randomUUID(), 1);

            assertThatThrownBy(() -> claimAllInTransaction(otherCompany, List.of(own, foreign)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(stores.dunning().ofItem(company, own.itemId())).isEmpty();
            assertThat(stores.dunning().ofItem(otherCompany, own.itemId())).isEmpty();
        }

        @Test
        void updateAllRaisesVersionsInOrder() {
            DunningRecord first = stores.dunning().claim(company, claim(UUID.randomUUID(), 1));
            DunningRecord second = stores.dunning().claim(company, claim(UUID.randomUUID(), 1));
            DunningRecord sentFirst = sent(first);
            DunningRecord sentSecond = sent(second);

            List<DunningRecord> updated =
                    stores.dunning().updateAll(company, List.of(sentSecond, sentFirst));

            assertThat(updated)
                    .extracting(DunningRecord::id)
                    .containsExactly(second.id(), first.id());
            assertThat(updated).extracting(DunningRecord::version).containsExactly(2L, 2L);
            assertThat(stores.dunning().ofItem(company, first.itemId()))
                    .containsExactly(updated.get(1));
            assertThat(stores.dunning().ofItem(company, second.itemId()))
                    .containsExactly(updated.get(0));
            assertThat(stores.dunning().pending(company)).isEmpty();
        }

        private DunningRecord sent(DunningRecord stored) {
            return stored.withResult(
                    DunningStatus.SENT,
                    List.of("email"),
                    true,
                    new BigDecimal("5.00"),
                    Fixtures.STAMP);
        }

        /** Claims {@code records} with one {@code claimAll} call in a transaction of its own. */
        private List<DunningRecord> claimAllInTransaction(
                UUID companyId, List<DunningRecord> records) {
            return stores.transactions()
                    .inTransaction(() -> stores.dunning().claimAll(companyId, records));
        }

        /** Updates {@code records} with one {@code updateAll} call in a transaction of its own. */
        private List<DunningRecord> updateAllInTransaction(
                UUID companyId, List<DunningRecord> records) {
            return stores.transactions()
                    .inTransaction(() -> stores.dunning().updateAll(companyId, records));
        }

        @Test
        void updateAllWithStaleVersionUpdatesNone() {
            DunningRecord fresh = stores.dunning().claim(company, claim(UUID.randomUUID(), 1));
            DunningRecord stale = stores.dunning().claim(company, claim(UUID.randomUUID(), 1));
            DunningRecord moved = stores.dunning().update(company, stale);

            assertThatThrownBy(
                            () ->
                                    updateAllInTransaction(
                                            company, List.of(sent(fresh), sent(stale))))
                    .isInstanceOf(StaleVersionException.class);
            assertThat(stores.dunning().ofItem(company, fresh.itemId())).containsExactly(fresh);
            assertThat(stores.dunning().ofItem(company, stale.itemId())).containsExactly(moved);
        }

        @Test
        void updateAllWithRecordTwiceUpdatesNone() {
            DunningRecord stored = stores.dunning().claim(company, claim(UUID.randomUUID(), 1));

            assertThatThrownBy(
                            () ->
                                    updateAllInTransaction(
                                            company, List.of(sent(stored), sent(stored))))
                    .isInstanceOf(StaleVersionException.class);
            assertThat(stores.dunning().ofItem(company, stored.itemId())).containsExactly(stored);
        }

        @Test
        void updateAllOfUnknownRecordUpdatesNone() {
            DunningRecord stored = stores.dunning().claim(company, claim(UUID.randomUUID(), 1));
            DunningRecord never = claim(UUID.randomUUID(), 1).withVersion(1);

            assertThatThrownBy(() -> updateAllInTransaction(company, List.of(sent(stored), never)))
                    .isInstanceOf(RecordNotFoundException.class);
            assertThat(stores.dunning().ofItem(company, stored.itemId())).containsExactly(stored);
            assertThat(stores.dunning().updateAll(company, List.of())).isEmpty();
        }

        @Test
        void ofItemsGroupsByItem() {
            UUID twoLevels = UUID.randomUUID();
            UUID oneLevel = UUID.randomUUID();
            DunningRecord second = stores.dunning().claim(company, claim(twoLevels, 2));
            DunningRecord first = stores.dunning().claim(company, claim(twoLevels, 1));
            DunningRecord only = stores.dunning().claim(company, claim(oneLevel, 1));
            UUID foreignItem = UUID.randomUUID();
            stores.dunning().claim(otherCompany, withCompany(claim(foreignItem, 1), otherCompany));
            UUID unclaimed = UUID.randomUUID();

            Map<UUID, List<DunningRecord>> byItem =
                    stores.dunning()
                            .ofItems(
                                    company,
                                    List.of(
                                            twoLevels,
                                            unclaimed,
                                            oneLevel,
                                            foreignItem,
                                            twoLevels));

            assertThat(byItem).containsOnlyKeys(twoLevels, oneLevel);
            assertThat(byItem.get(twoLevels)).containsExactly(first, second);
            assertThat(byItem.get(oneLevel)).containsExactly(only);
            assertThat(stores.dunning().ofItems(company, List.of())).isEmpty();
            assertThat(stores.dunning().ofItems(otherCompany, List.of(twoLevels))).isEmpty();
        }

        private DunningRecord withCompany(DunningRecord r, UUID companyId) {
            return new DunningRecord(
                    companyId,
                    r.id(),
                    0,
                    r.itemId(),
                    r.level(),
                    r.counterpartyId(),
                    r.runKey(),
                    r.asOf(),
                    r.invoiceNumber(),
                    r.dueDate(),
                    r.daysPastDue(),
                    r.currency(),
                    r.outstanding(),
                    r.fee(),
                    false,
                    DunningStatus.CLAIMED,
                    List.of(),
                    Fixtures.STAMP);
        }

        private DunningBlockRecord block(UUID item, LocalDate from) {
            return new DunningBlockRecord(
                    company,
                    UUID.randomUUID(),
                    item,
                    "dispute",
                    from,
                    from.plusDays(30),
                    Fixtures.STAMP);
        }

        @Test
        void blocksOfItemsGroupsByItem() {
            UUID twoBlocks = UUID.randomUUID();
            UUID oneBlock = UUID.randomUUID();
            DunningBlockRecord later = block(twoBlocks, LocalDate.of(2026, 3, 1));
            DunningBlockRecord earlier = block(twoBlocks, LocalDate.of(2026, 2, 1));
            DunningBlockRecord only = block(oneBlock, LocalDate.of(2026, 2, 1));
            List.of(later, earlier, only).forEach(b -> stores.dunning().insertBlock(company, b));

            Map<UUID, List<DunningBlockRecord>> byItem =
                    stores.dunning()
                            .blocksOfItems(
                                    company, List.of(twoBlocks, UUID.randomUUID(), oneBlock));

            assertThat(byItem).containsOnlyKeys(twoBlocks, oneBlock);
            assertThat(byItem.get(twoBlocks)).containsExactly(earlier, later);
            assertThat(byItem.get(oneBlock)).containsExactly(only);
            assertThat(stores.dunning().blocksOfItems(otherCompany, List.of(twoBlocks))).isEmpty();
        }

        private PromiseRecord promise(UUID item, LocalDate promisedOn) {
            return new PromiseRecord(
                    company,
                    UUID.randomUUID(),
                    0,
                    item,
                    promisedOn,
                    promisedOn.plusDays(10),
                    "EUR",
                    new BigDecimal("200.00"),
                    new BigDecimal("500.00"),
                    PromiseStatus.OPEN,
                    Fixtures.STAMP);
        }

        @Test
        void promisesOfItemsGroupsByItem() {
            UUID twoPromises = UUID.randomUUID();
            UUID onePromise = UUID.randomUUID();
            PromiseRecord later =
                    stores.dunning()
                            .insertPromise(company, promise(twoPromises, LocalDate.of(2026, 3, 1)));
            PromiseRecord earlier =
                    stores.dunning()
                            .insertPromise(company, promise(twoPromises, LocalDate.of(2026, 2, 1)));
            PromiseRecord only =
                    stores.dunning()
                            .insertPromise(company, promise(onePromise, LocalDate.of(2026, 2, 1)));

            Map<UUID, List<PromiseRecord>> byItem =
                    stores.dunning()
                            .promisesOfItems(
                                    company, List.of(twoPromises, UUID.randomUUID(), onePromise));

            assertThat(byItem).containsOnlyKeys(twoPromises, onePromise);
            assertThat(byItem.get(twoPromises)).containsExactly(earlier, later);
            assertThat(byItem.get(onePromise)).containsExactly(only);
            assertThat(stores.dunning().promisesOfItems(otherCompany, List.of(twoPromises)))
                    .isEmpty();
        }

        @Test
        void ofItemsRejectsNullArguments() {
            List<UUID> withNull = new ArrayList<>();
            withNull.add(UUID.randomUUID());
            withNull.add(null);

            assertThatThrownBy(() -> stores.dunning().ofItems(null, List.of()))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("companyId");
            assertThatThrownBy(() -> stores.dunning().ofItems(company, null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("itemIds");
            assertThatThrownBy(() -> stores.dunning().ofItems(company, withNull))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("itemId");
        }

        @Test
        void claimRolledBackWithItsTransaction() {
            DunningRecord claim = claim(UUID.randomUUID(), 1);

            runAndRollBack(stores.transactions(), () -> stores.dunning().claim(company, claim));

            assertThat(stores.dunning().ofItem(company, claim.itemId())).isEmpty();
            stores.dunning().claim(company, claim);
        }

        @Test
        void promiseStatusChangesWithVersionCheck() {
            UUID item = UUID.randomUUID();
            PromiseRecord promise =
                    new PromiseRecord(
                            company,
                            UUID.randomUUID(),
                            0,
                            item,
                            LocalDate.of(2026, 2, 1),
                            LocalDate.of(2026, 2, 10),
                            "EUR",
                            new BigDecimal("200.00"),
                            new BigDecimal("500.00"),
                            PromiseStatus.OPEN,
                            Fixtures.STAMP);

            PromiseRecord stored = stores.dunning().insertPromise(company, promise);
            PromiseRecord broken =
                    stores.dunning()
                            .updatePromise(
                                    company,
                                    stored.withStatus(PromiseStatus.BROKEN, Fixtures.STAMP));

            assertThat(stored.version()).isEqualTo(1);
            assertThat(stores.dunning().promisesOf(company, item)).containsExactly(broken);
            assertThat(stores.dunning().promisesOf(otherCompany, item)).isEmpty();
            assertThatThrownBy(() -> stores.dunning().updatePromise(company, stored))
                    .isInstanceOf(StaleVersionException.class);
            assertThatThrownBy(() -> stores.dunning().insertPromise(company, promise))
                    .isInstanceOf(DuplicateKeyException.class);
        }

        @Test
        void runsAndBlocksAreKeptPerCompany() {
            UUID item = UUID.randomUUID();
            DunningRunRecord run =
                    new DunningRunRecord(
                            company,
                            UUID.randomUUID(),
                            "2026-02-01",
                            LocalDate.of(2026, 2, 1),
                            1,
                            0,
                            0,
                            Map.of("EUR", new BigDecimal("5.00")),
                            Map.of(),
                            Fixtures.STAMP);
            DunningBlockRecord block =
                    new DunningBlockRecord(
                            company,
                            UUID.randomUUID(),
                            item,
                            "dispute",
                            LocalDate.of(2026, 2, 1),
                            LocalDate.of(2026, 2, 28),
                            Fixtures.STAMP);

            stores.dunning().insertRun(company, run);
            stores.dunning().insertBlock(company, block);

            assertThat(stores.dunning().runs(company)).containsExactly(run);
            assertThat(stores.dunning().blocksOf(company, item)).containsExactly(block);
            assertThat(stores.dunning().runs(otherCompany)).isEmpty();
            assertThat(stores.dunning().blocksOf(otherCompany, item)).isEmpty();
            assertThatThrownBy(() -> stores.dunning().insertRun(company, run))
                    .isInstanceOf(DuplicateKeyException.class);
        }
    }

    @Nested
    class BankEntries {

        private static final String ACCOUNT = "TR330006100519786457841326";

        private BankEntryRecord booked(UUID owner, String key, LocalDate bookingDate) {
            return new BankEntryRecord(
                    owner,
                    key,
                    "STMT-1",
                    ACCOUNT,
                    bookingDate,
                    12_550,
                    "TRY",
                    Optional.of("E2E-1"),
                    BankEntryDecision.BOOKED,
                    Optional.of(UUID.randomUUID()),
                    STAMP);
        }

        @Test
        void insertStoresTheEntryUnderItsKey() {
            BankEntryRecord entry = booked(company, "ref:" + ACCOUNT + ":A1", ISSUED);

            BankEntryRecord stored = stores.bankEntries().insert(company, entry);

            assertThat(stored).isEqualTo(entry);
            assertThat(stores.bankEntries().find(company, entry.entryKey())).contains(entry);
            assertThat(stores.bankEntries().find(otherCompany, entry.entryKey())).isEmpty();
        }

        @Test
        void additionalPaymentsRoundTrip() {
            UUID first = UUID.randomUUID();
            List<UUID> others = List.of(UUID.randomUUID(), UUID.randomUUID());
            BankEntryRecord entry =
                    new BankEntryRecord(
                            company,
                            "ref:" + ACCOUNT + ":SPLIT-1",
                            "STMT-1",
                            ACCOUNT,
                            ISSUED,
                            50_000,
                            "TRY",
                            Optional.empty(),
                            BankEntryDecision.BOOKED,
                            Optional.of(first),
                            others,
                            STAMP);

            stores.bankEntries().insert(company, entry);

            BankEntryRecord found =
                    stores.bankEntries().find(company, entry.entryKey()).orElseThrow();
            assertThat(found).isEqualTo(entry);
            assertThat(found.additionalPaymentIds()).containsExactlyElementsOf(others);
            assertThat(found.paymentIds()).containsExactly(first, others.get(0), others.get(1));
            assertThat(stores.bankEntries().findByEndToEndId(company, ACCOUNT, "E2E-1")).isEmpty();
        }

        @Test
        void singlePaymentHasNoAdditional() {
            BankEntryRecord entry = booked(company, "sha256:ab#1", ISSUED);

            stores.bankEntries().insert(company, entry);

            BankEntryRecord found =
                    stores.bankEntries().find(company, entry.entryKey()).orElseThrow();
            assertThat(found.additionalPaymentIds()).isEmpty();
            assertThat(found.paymentIds()).containsExactly(entry.paymentId().orElseThrow());
        }

        @Test
        void secondInsertOfKeyFails() {
            stores.bankEntries().insert(company, booked(company, "sha256:aa#1", ISSUED));

            assertThatThrownBy(
                            () ->
                                    stores.bankEntries()
                                            .insert(
                                                    company,
                                                    booked(company, "sha256:aa#1", ISSUED)))
                    .isInstanceOf(DuplicateKeyException.class)
                    .hasMessageContaining("sha256:aa#1");
            assertThat(stores.bankEntries().ofStatement(company, "STMT-1")).hasSize(1);
        }

        @Test
        void insertAllStoresEveryEntry() {
            BankEntryRecord reference = booked(company, "ref:" + ACCOUNT + ":A1", ISSUED);
            BankEntryRecord content =
                    new BankEntryRecord(
                            company,
                            "sha256:ab#1",
                            "STMT-1",
                            ACCOUNT,
                            ISSUED,
                            12_550,
                            "TRY",
                            Optional.empty(),
                            BankEntryDecision.BOOKED,
                            reference.paymentId(),
                            List.of(UUID.randomUUID()),
                            STAMP);

            List<BankEntryRecord> stored =
                    stores.bankEntries().insertAll(company, List.of(reference, content));

            assertThat(stored).containsExactly(reference, content);
            assertThat(stores.bankEntries().find(company, reference.entryKey()))
                    .contains(reference);
            assertThat(stores.bankEntries().find(company, content.entryKey())).contains(content);
            assertThat(stores.bankEntries().insertAll(company, List.of())).isEmpty();
        }

        @Test
        void insertAllWithStoredKeyStoresNone() {
            stores.bankEntries().insert(company, booked(company, "sha256:aa#1", ISSUED));
            BankEntryRecord fresh = booked(company, "ref:" + ACCOUNT + ":A1", ISSUED);
            BankEntryRecord again = booked(company, "sha256:aa#1", ISSUED);

            assertThatThrownBy(
                            () ->
                                    stores.transactions()
                                            .inTransaction(
                                                    () ->
                                                            stores.bankEntries()
                                                                    .insertAll(
                                                                            company,
                                                                            List.of(fresh, again))))
                    .isInstanceOf(DuplicateKeyException.class)
                    .hasMessageContaining("sha256:aa#1");

            assertThat(stores.bankEntries().find(company, fresh.entryKey())).isEmpty();
            assertThat(stores.bankEntries().ofStatement(company, "STMT-1")).hasSize(1);
        }

        @Test
        void insertAllWithRepeatedKeyFails() {
            BankEntryRecord entry = booked(company, "sha256:aa#1", ISSUED);

            assertThatThrownBy(
                            () ->
                                    stores.transactions()
                                            .inTransaction(
                                                    () ->
                                                            stores.bankEntries()
                                                                    .insertAll(
                                                                            company,
                                                                            List.of(entry, entry))))
                    .isInstanceOf(DuplicateKeyException.class)
                    .hasMessageContaining("sha256:aa#1");

            assertThat(stores.bankEntries().ofStatement(company, "STMT-1")).isEmpty();
        }

        @Test
        void insertAllOfManyEntriesStoresEach() {
            List<BankEntryRecord> entries = new ArrayList<>();
            for (int i = 0; i < 5_000; i++) {
                entries.add(booked(company, "ref:" + ACCOUNT + ":A" + i, ISSUED));
            }

            List<BankEntryRecord> stored = stores.bankEntries().insertAll(company, entries);

            assertThat(stored).isEqualTo(entries);
            assertThat(stores.bankEntries().ofStatement(company, "STMT-1")).hasSize(5_000);
        }

        @Test
        void insertIfAbsentStoresNewKey() {
            BankEntryRecord entry = booked(company, "sha256:ab#1+ref", ISSUED);

            boolean stored = stores.bankEntries().insertIfAbsent(company, entry);

            assertThat(stored).isTrue();
            assertThat(stores.bankEntries().find(company, entry.entryKey())).contains(entry);
            assertThat(stores.bankEntries().find(otherCompany, entry.entryKey())).isEmpty();
        }

        @Test
        void insertIfAbsentKeepsStoredEntry() {
            BankEntryRecord first = booked(company, "sha256:ab#1+ref", ISSUED);
            BankEntryRecord second = booked(company, "sha256:ab#1+ref", ISSUED.plusDays(1));
            BankEntryRecord reference = booked(company, "ref:" + ACCOUNT + ":B1", ISSUED);
            stores.bankEntries().insert(company, first);

            boolean stored =
                    stores.transactions()
                            .inTransaction(
                                    () -> {
                                        boolean skipped =
                                                stores.bankEntries()
                                                        .insertIfAbsent(company, second);
                                        stores.bankEntries().insert(company, reference);
                                        return skipped;
                                    });

            assertThat(stored).isFalse();
            assertThat(stores.bankEntries().find(company, first.entryKey())).contains(first);
            assertThat(stores.bankEntries().find(company, reference.entryKey()))
                    .contains(reference);
        }

        @Test
        void insertIfAbsentInOtherCompanyStoresBoth() {
            stores.bankEntries().insert(company, booked(company, "sha256:ab#1+ref", ISSUED));
            BankEntryRecord foreign = booked(otherCompany, "sha256:ab#1+ref", ISSUED);

            assertThat(stores.bankEntries().insertIfAbsent(otherCompany, foreign)).isTrue();
            assertThat(stores.bankEntries().find(otherCompany, foreign.entryKey()))
                    .contains(foreign);
        }

        @Test
        void insertIfAbsentRejectsOtherCompanyEntry() {
            BankEntryRecord foreign = booked(otherCompany, "sha256:ab#1+ref", ISSUED);

            assertThatThrownBy(() -> stores.bankEntries().insertIfAbsent(company, foreign))
                    .isInstanceOf(IllegalArgumentException.class);

            assertThat(stores.bankEntries().find(company, foreign.entryKey())).isEmpty();
            assertThat(stores.bankEntries().find(otherCompany, foreign.entryKey())).isEmpty();
        }

        @Test
        void insertIfAbsentRolledBackLeavesNothing() {
            BankEntryRecord entry = booked(company, "sha256:ab#2+ref", ISSUED);

            assertThatThrownBy(
                            () ->
                                    stores.transactions()
                                            .inTransaction(
                                                    () -> {
                                                        stores.bankEntries()
                                                                .insertIfAbsent(company, entry);
                                                        throw new IllegalStateException(
                                                                "roll back");
                                                    }))
                    .isInstanceOf(IllegalStateException.class);

            assertThat(stores.bankEntries().find(company, entry.entryKey())).isEmpty();
        }

        @Test
        void insertWithEvidenceStoresBoth() {
            BankEntryRecord entry = booked(company, "ref:" + ACCOUNT + ":A1", ISSUED);
            BankEntryRecord evidence = booked(company, "sha256:ab#1+ref", ISSUED);

            boolean stored = stores.bankEntries().insertWithEvidence(company, entry, evidence);

            assertThat(stored).isTrue();
            assertThat(stores.bankEntries().find(company, entry.entryKey())).contains(entry);
            assertThat(stores.bankEntries().find(company, evidence.entryKey())).contains(evidence);
            assertThat(stores.bankEntries().find(otherCompany, entry.entryKey())).isEmpty();
            assertThat(stores.bankEntries().find(otherCompany, evidence.entryKey())).isEmpty();
        }

        @Test
        void insertWithEvidenceOfTakenEntryStoresNeither() {
            BankEntryRecord first = booked(company, "ref:" + ACCOUNT + ":A1", ISSUED);
            stores.bankEntries().insert(company, first);
            BankEntryRecord again = booked(company, "ref:" + ACCOUNT + ":A1", ISSUED.plusDays(1));
            BankEntryRecord evidence = booked(company, "sha256:ab#1+ref", ISSUED);

            assertThatThrownBy(
                            () -> stores.bankEntries().insertWithEvidence(company, again, evidence))
                    .isInstanceOf(DuplicateKeyException.class)
                    .hasMessageContaining(again.entryKey());

            assertThat(stores.bankEntries().find(company, first.entryKey())).contains(first);
            assertThat(stores.bankEntries().find(company, evidence.entryKey())).isEmpty();
        }

        @Test
        void insertWithEvidenceRollsBackTransaction() {
            BankEntryRecord first = booked(company, "ref:" + ACCOUNT + ":A1", ISSUED);
            stores.bankEntries().insert(company, first);
            BankEntryRecord earlier = booked(company, "ref:" + ACCOUNT + ":A0", ISSUED);
            BankEntryRecord again = booked(company, "ref:" + ACCOUNT + ":A1", ISSUED.plusDays(1));
            BankEntryRecord evidence = booked(company, "sha256:ab#1+ref", ISSUED);

            assertThatThrownBy(
                            () ->
                                    stores.transactions()
                                            .inTransaction(
                                                    () -> {
                                                        stores.bankEntries()
                                                                .insert(company, earlier);
                                                        return stores.bankEntries()
                                                                .insertWithEvidence(
                                                                        company, again, evidence);
                                                    }))
                    .isInstanceOf(DuplicateKeyException.class)
                    .hasMessageContaining(again.entryKey());

            assertThat(stores.bankEntries().find(company, earlier.entryKey())).isEmpty();
            assertThat(stores.bankEntries().find(company, first.entryKey())).contains(first);
            assertThat(stores.bankEntries().find(company, evidence.entryKey())).isEmpty();
        }

        @Test
        void insertWithEvidenceKeepsTakenEvidence() {
            BankEntryRecord twin = booked(company, "sha256:ab#1+ref", ISSUED);
            stores.bankEntries().insert(company, twin);
            BankEntryRecord entry = booked(company, "ref:" + ACCOUNT + ":A2", ISSUED);
            BankEntryRecord evidence = booked(company, "sha256:ab#1+ref", ISSUED.plusDays(1));
            BankEntryRecord later = booked(company, "ref:" + ACCOUNT + ":A3", ISSUED);

            boolean stored =
                    stores.transactions()
                            .inTransaction(
                                    () -> {
                                        boolean evidenceStored =
                                                stores.bankEntries()
                                                        .insertWithEvidence(
                                                                company, entry, evidence);
                                        stores.bankEntries().insert(company, later);
                                        return evidenceStored;
                                    });

            assertThat(stored).isFalse();
            assertThat(stores.bankEntries().find(company, entry.entryKey())).contains(entry);
            assertThat(stores.bankEntries().find(company, twin.entryKey())).contains(twin);
            assertThat(stores.bankEntries().find(company, later.entryKey())).contains(later);
        }

        @Test
        void insertWithEvidenceRolledBackLeavesNothing() {
            BankEntryRecord entry = booked(company, "ref:" + ACCOUNT + ":A1", ISSUED);
            BankEntryRecord evidence = booked(company, "sha256:ab#1+ref", ISSUED);

            runAndRollBack(
                    stores.transactions(),
                    () -> stores.bankEntries().insertWithEvidence(company, entry, evidence));

            assertThat(stores.bankEntries().find(company, entry.entryKey())).isEmpty();
            assertThat(stores.bankEntries().find(company, evidence.entryKey())).isEmpty();
        }

        @Test
        void insertWithEvidenceRejectsOtherCompanyEntry() {
            BankEntryRecord foreign = booked(otherCompany, "ref:" + ACCOUNT + ":A1", ISSUED);
            BankEntryRecord evidence = booked(company, "sha256:ab#1+ref", ISSUED);

            assertThatThrownBy(
                            () ->
                                    stores.bankEntries()
                                            .insertWithEvidence(company, foreign, evidence))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(otherCompany.toString());

            assertNothingStoredUnder(foreign.entryKey(), evidence.entryKey());
        }

        @Test
        void insertWithEvidenceRejectsOtherCompanyEvidence() {
            BankEntryRecord entry = booked(company, "ref:" + ACCOUNT + ":A1", ISSUED);
            BankEntryRecord foreign = booked(otherCompany, "sha256:ab#1+ref", ISSUED);

            assertThatThrownBy(
                            () -> stores.bankEntries().insertWithEvidence(company, entry, foreign))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(otherCompany.toString());

            assertNothingStoredUnder(entry.entryKey(), foreign.entryKey());
        }

        @Test
        void insertWithEvidenceRejectsEntryKeyAsEvidence() {
            BankEntryRecord entry = booked(company, "ref:" + ACCOUNT + ":A1", ISSUED);
            BankEntryRecord evidence = booked(company, "ref:" + ACCOUNT + ":A1", ISSUED);

            assertThatThrownBy(
                            () -> stores.bankEntries().insertWithEvidence(company, entry, evidence))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(entry.entryKey());

            assertNothingStoredUnder(entry.entryKey(), evidence.entryKey());
        }

        @Test
        void insertWithEvidenceRejectsNulls() {
            BankEntryRecord entry = booked(company, "ref:" + ACCOUNT + ":A1", ISSUED);
            BankEntryRecord evidence = booked(company, "sha256:ab#1+ref", ISSUED);

            assertThatThrownBy(() -> stores.bankEntries().insertWithEvidence(null, entry, evidence))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(
                            () -> stores.bankEntries().insertWithEvidence(company, null, evidence))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> stores.bankEntries().insertWithEvidence(company, entry, null))
                    .isInstanceOf(NullPointerException.class);

            assertNothingStoredUnder(entry.entryKey(), evidence.entryKey());
        }

        @Test
        void concurrentInsertsWithEvidenceHaveOneWinner() throws Exception {
            List<Callable<Boolean>> tasks = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                tasks.add(
                        () -> {
                            try {
                                return stores.bankEntries()
                                        .insertWithEvidence(
                                                company,
                                                booked(company, "ref:" + ACCOUNT + ":A1", ISSUED),
                                                booked(company, "sha256:ab#1+ref", ISSUED));
                            } catch (DuplicateKeyException e) {
                                return false;
                            }
                        });
            }

            List<Boolean> won = runConcurrently(tasks);

            assertThat(won).containsOnlyOnce(true);
            assertThat(stores.bankEntries().ofStatement(company, "STMT-1")).hasSize(2);
        }

        private void assertNothingStoredUnder(String entryKey, String evidenceKey) {
            for (UUID owner : List.of(company, otherCompany)) {
                assertThat(stores.bankEntries().find(owner, entryKey)).isEmpty();
                assertThat(stores.bankEntries().find(owner, evidenceKey)).isEmpty();
            }
        }

        @Test
        void insertAllRejectsOtherCompanyEntry() {
            BankEntryRecord own = booked(company, "ref:" + ACCOUNT + ":A1", ISSUED);
            BankEntryRecord foreign = booked(otherCompany, "ref:" + ACCOUNT + ":A2", ISSUED);

            assertThatThrownBy(
                            () ->
                                    stores.transactions()
                                            .inTransaction(
                                                    () ->
                                                            stores.bankEntries()
                                                                    .insertAll(
                                                                            company,
                                                                            List.of(own, foreign))))
                    .isInstanceOf(IllegalArgumentException.class);

            assertThat(stores.bankEntries().ofStatement(company, "STMT-1")).isEmpty();
            assertThat(stores.bankEntries().ofStatement(otherCompany, "STMT-1")).isEmpty();
        }

        @Test
        void otherCompanyMayStoreTheSameKey() {
            stores.bankEntries().insert(company, booked(company, "sha256:aa#1", ISSUED));

            stores.bankEntries().insert(otherCompany, booked(otherCompany, "sha256:aa#1", ISSUED));

            assertThat(stores.bankEntries().ofStatement(company, "STMT-1")).hasSize(1);
            assertThat(stores.bankEntries().ofStatement(otherCompany, "STMT-1")).hasSize(1);
        }

        @Test
        void insertForAnotherCompanyIsRejected() {
            BankEntryRecord entry = booked(otherCompany, "sha256:aa#1", ISSUED);

            assertThatThrownBy(() -> stores.bankEntries().insert(company, entry))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void findAllReturnsOnlyStoredKeysInOrder() {
            BankEntryRecord later = booked(company, "sha256:aa#1", ISSUED.plusDays(1));
            BankEntryRecord earlier = booked(company, "sha256:bb#1", ISSUED);
            stores.bankEntries().insert(company, later);
            stores.bankEntries().insert(company, earlier);
            stores.bankEntries().insert(otherCompany, booked(otherCompany, "sha256:cc#1", ISSUED));

            List<BankEntryRecord> found =
                    stores.bankEntries()
                            .findAll(
                                    company,
                                    List.of("sha256:aa#1", "sha256:cc#1", "x", "sha256:bb#1"));

            assertThat(found).containsExactly(earlier, later);
            assertThat(stores.bankEntries().findAll(company, List.of())).isEmpty();
        }

        @Test
        void findAllRejectsNullKey() {
            BankEntryRecord stored =
                    stores.bankEntries().insert(company, booked(company, "sha256:aa#1", ISSUED));
            List<String> keys = new ArrayList<>();
            keys.add(stored.entryKey());
            keys.add(null);

            assertThatThrownBy(() -> stores.bankEntries().findAll(company, keys))
                    .isInstanceOf(NullPointerException.class);
        }

        @Test
        void ignoredEntryKeepsNoPayment() {
            BankEntryRecord ignored =
                    new BankEntryRecord(
                            company,
                            "sha256:dd#2",
                            "STMT-2",
                            ACCOUNT,
                            ISSUED,
                            -300,
                            "EUR",
                            Optional.empty(),
                            BankEntryDecision.IGNORED,
                            Optional.empty(),
                            STAMP);

            stores.bankEntries().insert(company, ignored);

            assertThat(stores.bankEntries().find(company, "sha256:dd#2")).contains(ignored);
        }

        @Test
        void queriesFilterByEndToEndIdStatementAndDates() {
            BankEntryRecord first = booked(company, "sha256:aa#1", ISSUED);
            BankEntryRecord second = booked(company, "sha256:bb#1", ISSUED.plusDays(3));
            stores.bankEntries().insert(company, first);
            stores.bankEntries().insert(company, second);
            stores.bankEntries().insert(otherCompany, booked(otherCompany, "sha256:cc#1", ISSUED));

            assertThat(stores.bankEntries().findByEndToEndId(company, ACCOUNT, "E2E-1"))
                    .containsExactly(first, second);
            assertThat(stores.bankEntries().findByEndToEndId(company, ACCOUNT, "E2E-2")).isEmpty();
            assertThat(stores.bankEntries().findByEndToEndId(company, "OTHER", "E2E-1")).isEmpty();
            assertThat(stores.bankEntries().ofStatement(company, "STMT-1"))
                    .containsExactly(first, second);
            assertThat(stores.bankEntries().ofStatement(company, "STMT-9")).isEmpty();
            assertThat(stores.bankEntries().ofAccount(company, ACCOUNT, ISSUED, ISSUED))
                    .containsExactly(first);
            assertThat(stores.bankEntries().ofAccount(company, ACCOUNT, ISSUED, ISSUED.plusDays(3)))
                    .containsExactly(first, second);
            assertThatThrownBy(
                            () ->
                                    stores.bankEntries()
                                            .ofAccount(
                                                    company, ACCOUNT, ISSUED.plusDays(1), ISSUED))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void insertRolledBackWithItsTransaction() {
            BankEntryRecord entry = booked(company, "sha256:ee#1", ISSUED);

            runAndRollBack(
                    stores.transactions(), () -> stores.bankEntries().insert(company, entry));

            assertThat(stores.bankEntries().find(company, entry.entryKey())).isEmpty();
            stores.bankEntries().insert(company, entry);
        }

        @Test
        void concurrentInsertsOfOneKeyHaveOneWinner() throws Exception {
            List<Callable<Boolean>> tasks = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                tasks.add(
                        () -> {
                            try {
                                stores.bankEntries()
                                        .insert(company, booked(company, "sha256:ff#1", ISSUED));
                                return true;
                            } catch (DuplicateKeyException e) {
                                return false;
                            }
                        });
            }

            List<Boolean> won = runConcurrently(tasks);

            assertThat(won).containsOnlyOnce(true);
            assertThat(stores.bankEntries().ofStatement(company, "STMT-1")).hasSize(1);
        }

        @Test
        void writeVersionKeptByReads() {
            stores.bankEntries().insert(company, booked(company, "sha256:aa#1", ISSUED));
            OptionalLong before = stores.bankEntries().writeVersion(company);

            stores.bankEntries().find(company, "sha256:aa#1");
            stores.bankEntries().findAll(company, List.of("sha256:aa#1", "sha256:bb#1"));
            stores.bankEntries().ofStatement(company, "STMT-1");

            assertThat(stores.bankEntries().writeVersion(company)).isEqualTo(before);
        }

        @Test
        void writeVersionChangedByInsert() {
            OptionalLong before = stores.bankEntries().writeVersion(company);

            stores.bankEntries().insert(company, booked(company, "sha256:aa#1", ISSUED));

            OptionalLong after = stores.bankEntries().writeVersion(company);
            if (before.isPresent() || after.isPresent()) {
                assertThat(after).isNotEqualTo(before);
            }
        }

        @Test
        void writeVersionChangedByInsertAfterRollback() {
            OptionalLong before = stores.bankEntries().writeVersion(company);
            runAndRollBack(
                    stores.transactions(),
                    () ->
                            stores.bankEntries()
                                    .insert(company, booked(company, "sha256:aa#1", ISSUED)));

            stores.bankEntries().insert(company, booked(company, "sha256:bb#1", ISSUED));

            OptionalLong after = stores.bankEntries().writeVersion(company);
            if (before.isPresent() || after.isPresent()) {
                assertThat(after).isNotEqualTo(before);
            }
        }

        @Test
        void writeVersionChangedInsideTransaction() {
            List<OptionalLong> versions =
                    stores.transactions()
                            .inTransaction(
                                    () -> {
                                        OptionalLong before =
                                                stores.bankEntries().writeVersion(company);
                                        stores.bankEntries()
                                                .insert(
                                                        company,
                                                        booked(company, "sha256:aa#1", ISSUED));
                                        return List.of(
                                                before, stores.bankEntries().writeVersion(company));
                                    });

            if (versions.get(0).isPresent() || versions.get(1).isPresent()) {
                assertThat(versions.get(1)).isNotEqualTo(versions.get(0));
            }
        }
    }

    @Nested
    class Events {

        @Test
        void sequencesStartAtOnePerCompany() {
            EventRecord first =
                    stores.events().append(company, Fixtures.event("InvoiceIssued", company));
            EventRecord second =
                    stores.events().append(company, Fixtures.event("InvoicePaid", company));
            EventRecord other =
                    stores.events()
                            .append(otherCompany, Fixtures.event("InvoiceIssued", otherCompany));

            assertThat(first.sequence()).isEqualTo(1);
            assertThat(second.sequence()).isGreaterThan(first.sequence());
            assertThat(other.sequence()).isEqualTo(1);
        }

        @Test
        void readAfterPagesInOrder() {
            List<EventRecord> appended = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                appended.add(stores.events().append(company, Fixtures.event("E" + i, company)));
            }

            List<EventRecord> read = new ArrayList<>();
            long after = 0;
            int pages = 0;
            while (true) {
                Page<EventRecord> page = stores.events().readAfter(company, after, 10);
                read.addAll(page.items());
                pages++;
                if (page.next().isEmpty()) {
                    break;
                }
                after = page.items().get(page.items().size() - 1).sequence();
            }

            assertThat(read).isEqualTo(appended);
            assertThat(pages).isEqualTo(3);
            assertThat(stores.events().readAfter(company, appended.get(24).sequence(), 10).items())
                    .isEmpty();
        }

        @Test
        void payloadRoundTrip() {
            EventRecord stored =
                    stores.events().append(company, Fixtures.event("InvoiceIssued", company));

            EventRecord read = stores.events().readAfter(company, 0, 1).items().get(0);

            assertThat(read).isEqualTo(stored);
            assertThat(read.payload()).containsEntry("amount", "1100.00");
            assertThat(read.actor()).isEqualTo(STAMP.actor());
        }

        @Test
        void appendAllAssignsSequencesInListOrder() {
            EventRecord earlier =
                    stores.events().append(company, Fixtures.event("InvoiceIssued", company));
            List<NewEvent> events =
                    List.of(
                            Fixtures.event("PaymentAllocated", company),
                            new NewEvent(
                                    UUID.randomUUID(),
                                    "InvoicePaid",
                                    UUID.randomUUID(),
                                    Map.of(),
                                    STAMP.at().plusNanos(1_500),
                                    STAMP.actor()),
                            new NewEvent(
                                    UUID.randomUUID(),
                                    "PaymentRecorded",
                                    UUID.randomUUID(),
                                    Map.of("paymentId", "p-1", "note", "a \"quoted\" {text}"),
                                    STAMP.at(),
                                    STAMP.actor()));

            List<EventRecord> stored = stores.events().appendAll(company, events);

            assertThat(stored).hasSize(3);
            assertThat(stored.get(0)).isEqualTo(events.get(0).toRecord(company, 2));
            assertThat(stored.get(1).sequence()).isEqualTo(3);
            assertThat(stored.get(1).payload()).isEmpty();
            assertThat(stored.get(2)).isEqualTo(events.get(2).toRecord(company, 4));
            assertThat(stores.events().readAfter(company, 0, 10).items())
                    .containsExactly(earlier, stored.get(0), stored.get(1), stored.get(2));
        }

        @Test
        void appendAllOfNoEventsStoresNothing() {
            assertThat(stores.events().appendAll(company, List.of())).isEmpty();

            assertThat(stores.events().readAfter(company, 0, 10).items()).isEmpty();
        }

        @Test
        void appendAllWithStoredIdStoresNone() {
            NewEvent stored = Fixtures.event("InvoiceIssued", company);
            stores.events().append(company, stored);
            NewEvent fresh = Fixtures.event("InvoicePaid", company);

            assertThatThrownBy(
                            () ->
                                    stores.transactions()
                                            .inTransaction(
                                                    () ->
                                                            stores.events()
                                                                    .appendAll(
                                                                            company,
                                                                            List.of(
                                                                                    fresh,
                                                                                    stored))))
                    .isInstanceOf(DuplicateKeyException.class)
                    .hasMessageContaining(stored.id().toString());

            assertThat(stores.events().readAfter(company, 0, 10).items()).hasSize(1);
            NewEvent next = Fixtures.event("InvoicePaid", company);
            assertThat(stores.events().append(company, next).sequence()).isEqualTo(2);
        }

        @Test
        void appendAllWithRepeatedIdFails() {
            NewEvent event = Fixtures.event("InvoiceIssued", company);

            assertThatThrownBy(
                            () ->
                                    stores.transactions()
                                            .inTransaction(
                                                    () ->
                                                            stores.events()
                                                                    .appendAll(
                                                                            company,
                                                                            List.of(event, event))))
                    .isInstanceOf(DuplicateKeyException.class)
                    .hasMessageContaining(event.id().toString());

            assertThat(stores.events().readAfter(company, 0, 10).items()).isEmpty();
        }

        @Test
        void appendAllStoresAsAppendDoes() {
            Instant at = STAMP.at().plusNanos(123_456_789);
            Actor actor = Actor.user("kullanıcı-İ");
            EventRecord single =
                    stores.events()
                            .append(
                                    company,
                                    new NewEvent(
                                            UUID.randomUUID(),
                                            "InvoiceIssued",
                                            company,
                                            Map.of(),
                                            at,
                                            actor));
            NewEvent event =
                    new NewEvent(
                            UUID.randomUUID(),
                            "ÖdemeAlındı",
                            company,
                            Map.of("açıklama", "İŞĞÜÇ ığüşöç", "tutar", "1.234,50"),
                            at,
                            actor);

            EventRecord stored = stores.events().appendAll(company, List.of(event)).get(0);

            assertThat(stored.occurredAt()).isEqualTo(single.occurredAt());
            assertThat(stored.payload()).isEqualTo(event.payload());
            assertThat(stored.type()).isEqualTo("ÖdemeAlındı");
            assertThat(stores.events().readAfter(company, 0, 10).items())
                    .containsExactly(single, stored);
        }

        @Test
        void appendAllOfManyEventsNumbersEach() {
            List<NewEvent> events = new ArrayList<>();
            for (int i = 0; i < 5_000; i++) {
                events.add(Fixtures.event("E" + i, company));
            }

            List<EventRecord> stored = stores.events().appendAll(company, events);

            assertThat(stored).extracting(EventRecord::sequence).first().isEqualTo(1L);
            assertThat(stored).extracting(EventRecord::sequence).last().isEqualTo(5_000L);
            assertThat(stores.events().readAfter(company, 4_999, 10).items())
                    .containsExactly(stored.get(4_999));
        }

        @Test
        void duplicateEventIdFails() {
            var event = Fixtures.event("InvoiceIssued", company);
            stores.events().append(company, event);

            assertThatThrownBy(() -> stores.events().append(company, event))
                    .isInstanceOf(DuplicateKeyException.class);
        }
    }

    @Nested
    class TransactionBoundary {

        @Test
        void commitKeepsWrites() {
            CounterpartyRecord stored =
                    stores.transactions().inTransaction(() -> insertPerson("CRM-1"));

            assertThat(stores.counterparties().find(company, stored.id())).contains(stored);
        }

        @Test
        void exceptionRollsBackEverything() {
            CompanyRecord companyRecord =
                    stores.companies().insert(company, Fixtures.company(company));
            CounterpartyRecord person = Fixtures.person(company, "CRM-1");
            InvoiceRecord invoice = Fixtures.invoice(company, person.id(), "INV-1", ISSUED);

            runAndRollBack(
                    stores.transactions(),
                    () -> {
                        stores.companies().update(company, companyRecord);
                        stores.counterparties().insert(company, person);
                        stores.invoices().insert(company, invoice);
                        stores.events()
                                .append(company, Fixtures.event("InvoiceIssued", invoice.id()));
                    });

            assertThat(stores.companies().find(company)).contains(companyRecord);
            assertThat(stores.counterparties().find(company, person.id())).isEmpty();
            assertThat(stores.counterparties().findByIban(company, IBAN)).isEmpty();
            assertThat(stores.invoices().find(company, invoice.id())).isEmpty();
            assertThat(stores.invoices().findByNumber(company, Direction.RECEIVABLE, "INV-1"))
                    .isEmpty();
            assertThat(stores.invoices().openItems(company, PageRequest.first(10)).items())
                    .isEmpty();
            assertThat(stores.events().readAfter(company, 0, 10).items()).isEmpty();
        }

        @Test
        void rollbackRestoresUpdatedRecord() {
            InvoiceRecord invoice = insertInvoice(UUID.randomUUID(), "INV-1", ISSUED);

            runAndRollBack(
                    stores.transactions(),
                    () -> stores.invoices().update(company, Fixtures.paid(invoice, ISSUED)));

            assertThat(stores.invoices().find(company, invoice.id())).contains(invoice);
            assertThat(stores.invoices().openItems(company, PageRequest.first(10)).items())
                    .extracting(OpenItemView::itemId)
                    .containsExactly(invoice.id());
        }

        @Test
        void nestedCallJoinsOuter() {
            TransactionRunner runner = stores.transactions();

            runAndRollBack(runner, () -> runner.inTransaction(() -> insertPerson("CRM-1")));

            assertThat(stores.counterparties().findByExternalReference(company, "CRM-1")).isEmpty();
        }

        @Test
        void innerExceptionRollsBackOuter() {
            TransactionRunner runner = stores.transactions();

            assertThatThrownBy(
                            () ->
                                    runner.inTransaction(
                                            () -> {
                                                insertPerson("CRM-1");
                                                try {
                                                    runner.inTransaction(
                                                            () -> {
                                                                throw new IllegalStateException(
                                                                        "inner");
                                                            });
                                                } catch (IllegalStateException expected) {
                                                    // The outer work goes on, but must not commit.
                                                }
                                                return null;
                                            }))
                    .isInstanceOf(TransactionRolledBackException.class);

            assertThat(stores.counterparties().findByExternalReference(company, "CRM-1")).isEmpty();
        }

        @Test
        void activeOnlyInsideOnSameThread() throws Exception {
            TransactionRunner runner = stores.transactions();

            boolean inside = runner.inTransaction(runner::inTransaction);
            boolean otherThread =
                    runner.inTransaction(
                            () -> {
                                try {
                                    return executor.submit(
                                                    (Callable<Boolean>) runner::inTransaction)
                                            .get();
                                } catch (Exception e) {
                                    throw new IllegalStateException(e);
                                }
                            });

            assertThat(runner.inTransaction()).isFalse();
            assertThat(inside).isTrue();
            assertThat(otherThread).isFalse();
        }

        @Test
        void noDirtyReads() throws Exception {
            CounterpartyRecord person = Fixtures.person(company, "CRM-1");
            AtomicInteger seen = new AtomicInteger(-1);

            runAndRollBack(
                    stores.transactions(),
                    () -> {
                        stores.counterparties().insert(company, person);
                        Future<?> reader =
                                executor.submit(
                                        () ->
                                                seen.set(
                                                        stores.counterparties()
                                                                        .find(company, person.id())
                                                                        .isPresent()
                                                                ? 1
                                                                : 0));
                        awaitQuietly(reader);
                    });

            executor.shutdown();
            assertThat(executor.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            assertThat(seen.get()).isZero();
        }

        /** Waits briefly for a reader that may block until the writing transaction ends. */
        private void awaitQuietly(Future<?> reader) {
            try {
                reader.get(200, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                // A backend that blocks readers of uncommitted rows lands here; the reader
                // finishes after the rollback.
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Test
        void retryRepeatsStaleWork() throws Exception {
            InvoiceRecord invoice = insertInvoice(UUID.randomUUID(), "INV-1", ISSUED);
            AtomicInteger attempts = new AtomicInteger();

            InvoiceRecord result =
                    Transactions.retryingOnStaleVersion(
                            stores.transactions(),
                            () -> {
                                InvoiceRecord read =
                                        stores.invoices().find(company, invoice.id()).orElseThrow();
                                if (attempts.incrementAndGet() == 1) {
                                    concurrentUpdate(read);
                                }
                                return stores.invoices().update(company, read);
                            });

            assertThat(attempts.get()).isEqualTo(2);
            assertThat(result.version()).isEqualTo(3);
        }

        private void concurrentUpdate(InvoiceRecord read) {
            try {
                executor.submit(() -> stores.invoices().update(company, read)).get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Test
        void retryNeverRepeatsJoinedWork() {
            InvoiceRecord invoice = insertInvoice(UUID.randomUUID(), "INV-1", ISSUED);
            stores.invoices().update(company, invoice);
            AtomicInteger attempts = new AtomicInteger();

            assertThatThrownBy(
                            () ->
                                    stores.transactions()
                                            .inTransaction(
                                                    () ->
                                                            Transactions.retryingOnStaleVersion(
                                                                    stores.transactions(),
                                                                    () -> {
                                                                        attempts.incrementAndGet();
                                                                        return stores.invoices()
                                                                                .update(
                                                                                        company,
                                                                                        invoice);
                                                                    })))
                    .isInstanceOf(StaleVersionException.class);
            assertThat(attempts.get()).isEqualTo(1);
        }
    }

    @Nested
    @Tag(StoreContractTest.VOLUME_TAG)
    class Paging {

        private static final int ITEMS = 100_000;
        private static final int DAYS = 1_000;

        private Set<UUID> insertOpenItems(UUID customer, UUID otherCustomer) {
            Set<UUID> ids = new HashSet<>();
            stores.transactions()
                    .inTransaction(
                            () -> {
                                for (int i = 0; i < ITEMS; i++) {
                                    UUID owner = i % 2 == 0 ? customer : otherCustomer;
                                    InvoiceRecord invoice =
                                            Fixtures.bulkInvoice(
                                                    company,
                                                    owner,
                                                    "B-" + i,
                                                    ISSUED.plusDays(i % DAYS));
                                    ids.add(stores.invoices().insert(company, invoice).id());
                                }
                                return null;
                            });
            return ids;
        }

        private static void assertTotalOrder(List<OpenItemView> items) {
            for (int i = 1; i < items.size(); i++) {
                OpenItemView previous = items.get(i - 1);
                OpenItemView current = items.get(i);
                boolean ordered =
                        previous.dueEpochDay() < current.dueEpochDay()
                                || previous.dueEpochDay() == current.dueEpochDay()
                                        && previous.itemId()
                                                        .toString()
                                                        .compareTo(current.itemId().toString())
                                                < 0;
                assertThat(ordered).as("item %d %s follows %s", i, current, previous).isTrue();
            }
        }

        @Test
        void walksEveryOpenItemOnce() {
            Set<UUID> ids = insertOpenItems(UUID.randomUUID(), UUID.randomUUID());

            List<OpenItemView> items =
                    readAll(r -> stores.invoices().openItems(company, r), Page.MAX_SIZE);

            assertThat(items).hasSize(ITEMS);
            assertThat(items.stream().map(OpenItemView::itemId).collect(Collectors.toSet()))
                    .isEqualTo(ids);
            assertTotalOrder(items);
        }

        @Test
        void dueBeforeWalkIsComplete() {
            insertOpenItems(UUID.randomUUID(), UUID.randomUUID());
            LocalDate date = ISSUED.plusDays(DAYS / 2);

            List<OpenItemView> items =
                    readAll(r -> stores.invoices().openItemsDueBefore(company, date, r), 7_777);

            assertThat(items).hasSize(ITEMS / 2);
            assertThat(items).allMatch(item -> item.dueEpochDay() < date.toEpochDay());
            assertTotalOrder(items);
        }

        @Test
        void counterpartyWalkIsComplete() {
            UUID customer = UUID.randomUUID();
            insertOpenItems(customer, UUID.randomUUID());

            List<InvoiceRecord> items =
                    readAll(
                            r -> stores.invoices().openItemsOf(company, customer, r),
                            Page.MAX_SIZE);

            assertThat(items).hasSize(ITEMS / 2);
            assertThat(items).allMatch(item -> item.counterpartyId().equals(customer));
            assertTotalOrder(items.stream().map(OpenItemView::of).toList());
        }

        @Test
        void oversizedPageRejected() {
            assertThatThrownBy(() -> PageRequest.first(Page.MAX_SIZE + 1))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> stores.events().readAfter(company, 0, Page.MAX_SIZE + 1))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Concurrency {

        @Test
        void concurrentUpdatesLoseNothing() throws Exception {
            InvoiceRecord invoice = insertInvoice(UUID.randomUUID(), "INV-1", ISSUED);
            List<Callable<Integer>> writers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                writers.add(() -> payCentRepeatedly(invoice.id(), 100));
            }

            int successes = runConcurrently(writers).stream().mapToInt(Integer::intValue).sum();

            InvoiceRecord last = stores.invoices().find(company, invoice.id()).orElseThrow();
            assertThat(successes).isPositive();
            assertThat(last.version()).isEqualTo(1L + successes);
            assertThat(last.outstanding())
                    .isEqualTo(
                            invoice.outstanding()
                                    .subtract(
                                            new BigDecimal("0.01")
                                                    .multiply(BigDecimal.valueOf(successes))));
        }

        /** Reads the invoice, lowers its outstanding amount by 0.01 and writes it back. */
        private int payCentRepeatedly(UUID invoiceId, int attempts) {
            int successes = 0;
            for (int i = 0; i < attempts; i++) {
                InvoiceRecord read = stores.invoices().find(company, invoiceId).orElseThrow();
                InvoiceDraft draft = InvoiceDraft.of(read);
                draft.outstanding = read.outstanding().subtract(new BigDecimal("0.01"));
                draft.status = InvoiceStatus.PARTIALLY_PAID;
                try {
                    stores.invoices().update(company, draft.build());
                    successes++;
                } catch (StaleVersionException expected) {
                    // Another writer won this round.
                }
            }
            return successes;
        }

        @Test
        void duplicateNumbersOneWins() throws Exception {
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<Boolean>> writers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                InvoiceRecord invoice =
                        Fixtures.bulkInvoice(company, UUID.randomUUID(), "INV-1", ISSUED);
                writers.add(
                        () -> {
                            start.await();
                            try {
                                stores.invoices().insert(company, invoice);
                                return true;
                            } catch (DuplicateKeyException expected) {
                                return false;
                            }
                        });
            }

            start.countDown();
            List<Boolean> results = runConcurrently(writers);

            assertThat(results).containsOnlyOnce(true);
            assertThat(stores.invoices().findByNumber(company, Direction.RECEIVABLE, "INV-1"))
                    .isPresent();
        }

        @Test
        void concurrentAppendAllKeepsSequencesGapFree() throws Exception {
            int calls = 50;
            int batch = 7;
            List<Callable<List<List<Long>>>> writers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                writers.add(
                        () -> {
                            List<List<Long>> batches = new ArrayList<>();
                            for (int i = 0; i < calls; i++) {
                                List<NewEvent> events = new ArrayList<>();
                                for (int e = 0; e < batch; e++) {
                                    events.add(Fixtures.event("E", company));
                                }
                                List<EventRecord> stored =
                                        stores.transactions()
                                                .inTransaction(
                                                        () ->
                                                                stores.events()
                                                                        .appendAll(
                                                                                company, events));
                                batches.add(stored.stream().map(EventRecord::sequence).toList());
                            }
                            return batches;
                        });
            }

            List<List<Long>> batches =
                    runConcurrently(writers).stream().flatMap(List::stream).toList();

            long total = (long) THREADS * calls * batch;
            for (List<Long> sequences : batches) {
                assertThat(sequences.get(batch - 1) - sequences.get(0)).isEqualTo(batch - 1);
            }
            List<Long> all = batches.stream().flatMap(List::stream).sorted().toList();
            assertThat(all).hasSize((int) total);
            assertThat(all.get(0)).isEqualTo(1L);
            assertThat(all.get(all.size() - 1)).isEqualTo(total);
            assertThat(new HashSet<>(all)).hasSize((int) total);
        }

        @Test
        void appendsGetDistinctSequences() throws Exception {
            List<Callable<List<Long>>> writers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                writers.add(
                        () -> {
                            List<Long> sequences = new ArrayList<>();
                            for (int i = 0; i < 250; i++) {
                                sequences.add(
                                        stores.events()
                                                .append(company, Fixtures.event("E", company))
                                                .sequence());
                            }
                            return sequences;
                        });
            }

            List<Long> sequences = runConcurrently(writers).stream().flatMap(List::stream).toList();

            List<EventRecord> read = stores.events().readAfter(company, 0, Page.MAX_SIZE).items();
            assertThat(new HashSet<>(sequences)).hasSize(THREADS * 250);
            assertThat(read).hasSize(THREADS * 250);
            assertThat(read).extracting(EventRecord::sequence).isSorted();
        }
    }

    @Nested
    class Erasure {

        private final LocalDate retentionEnds = LocalDate.of(2036, 12, 31);

        private CounterpartyRecord requested() {
            CounterpartyRecord person = insertPerson("CRM-1");
            return stores.counterparties()
                    .recordErasureRequest(company, person.id(), 1, retentionEnds, STAMP);
        }

        @Test
        void requestKeepsDataRestricted() {
            CounterpartyRecord requested = requested();

            assertThat(requested.erasure().state()).isEqualTo(ErasureState.REQUESTED);
            assertThat(requested.erasure().retentionEnds()).contains(retentionEnds);
            assertThat(requested.name()).isEqualTo("Ayşe Yılmaz");
            assertThat(requested.version()).isEqualTo(2);
            assertThat(stores.counterparties().find(company, requested.id())).contains(requested);
        }

        @Test
        void eraseBeforeRetentionEndFails() {
            CounterpartyRecord requested = requested();
            LocalDate early = retentionEnds.minusDays(1);

            assertThatThrownBy(
                            () ->
                                    stores.counterparties()
                                            .erase(
                                                    company,
                                                    requested.id(),
                                                    2,
                                                    "Müşteri-1",
                                                    early,
                                                    STAMP))
                    .isInstanceOfSatisfying(
                            RetentionPeriodActiveException.class,
                            e -> assertThat(e.retentionEnds()).isEqualTo(retentionEnds))
                    .hasMessageContaining("2036-12-31");
            assertThat(stores.counterparties().find(company, requested.id())).contains(requested);
        }

        @Test
        void erasePseudonymizesPersonalData() {
            CounterpartyRecord requested = requested();
            InvoiceRecord invoice = insertInvoice(requested.id(), "INV-1", ISSUED);

            CounterpartyRecord erased =
                    stores.counterparties()
                            .erase(company, requested.id(), 2, "Müşteri-1", retentionEnds, STAMP);

            assertThat(erased.name()).isEqualTo("Müşteri-1");
            assertThat(erased.taxId()).isEmpty();
            assertThat(erased.ibans()).isEmpty();
            assertThat(erased.contact()).isEqualTo(ContactDetails.NONE);
            assertThat(erased.erasure().state()).isEqualTo(ErasureState.ERASED);
            assertThat(erased.externalReference()).contains("CRM-1");
            assertThat(stores.counterparties().find(company, requested.id())).contains(erased);
            assertThat(stores.counterparties().findByTaxId(company, TCKN)).isEmpty();
            assertThat(stores.counterparties().findByIban(company, IBAN)).isEmpty();
            assertThat(stores.invoices().find(company, invoice.id())).contains(invoice);
        }

        @Test
        void eraseWithoutRequestFails() {
            CounterpartyRecord person = insertPerson("CRM-1");

            assertThatThrownBy(
                            () ->
                                    stores.counterparties()
                                            .erase(
                                                    company,
                                                    person.id(),
                                                    1,
                                                    "Müşteri-1",
                                                    retentionEnds,
                                                    STAMP))
                    .isInstanceOf(ErasureNotAllowedException.class);
        }

        @Test
        void legalEntityRequestFails() {
            CounterpartyRecord firm =
                    stores.counterparties().insert(company, Fixtures.firm(company, List.of(IBAN)));

            assertThatThrownBy(
                            () ->
                                    stores.counterparties()
                                            .recordErasureRequest(
                                                    company, firm.id(), 1, retentionEnds, STAMP))
                    .isInstanceOf(ErasureNotAllowedException.class);
        }
    }

    @Nested
    class Isolation {

        @Test
        void queriesStayInCompany() {
            stores.companies().insert(company, Fixtures.company(company));
            CounterpartyRecord person = insertPerson("CRM-1");
            InvoiceRecord invoice = insertInvoice(person.id(), "INV-1", ISSUED);
            CreditDocumentRecord note =
                    stores.creditDocuments()
                            .insert(
                                    company,
                                    Fixtures.creditNote(
                                            company,
                                            person.id(),
                                            "CN-1",
                                            Optional.of(invoice.id()),
                                            "150.00"));
            stores.events().append(company, Fixtures.event("InvoiceIssued", invoice.id()));
            PageRequest first = PageRequest.first(10);
            UUID other = otherCompany;

            assertThat(stores.companies().find(other)).isEmpty();
            assertThat(stores.counterparties().find(other, person.id())).isEmpty();
            assertThat(stores.counterparties().findByIban(other, IBAN)).isEmpty();
            assertThat(stores.counterparties().findByTaxId(other, TCKN)).isEmpty();
            assertThat(stores.counterparties().findByExternalReference(other, "CRM-1")).isEmpty();
            assertThat(stores.invoices().find(other, invoice.id())).isEmpty();
            assertThat(stores.invoices().findByNumber(other, Direction.RECEIVABLE, "INV-1"))
                    .isEmpty();
            assertThat(stores.invoices().findByExternalReference(other, "ERP-INV-1")).isEmpty();
            assertThat(stores.invoices().findByIdempotencyKey(other, "key-INV-1")).isEmpty();
            assertThat(stores.invoices().openItemsOf(other, person.id(), first).items()).isEmpty();
            assertThat(stores.invoices().openItems(other, first).items()).isEmpty();
            assertThat(
                            stores.invoices()
                                    .openItemsDueBefore(other, ISSUED.plusDays(1), first)
                                    .items())
                    .isEmpty();
            assertThat(stores.invoices().itemsOpenOn(other, ISSUED, first).items()).isEmpty();
            assertThat(stores.creditDocuments().find(other, note.id())).isEmpty();
            assertThat(
                            stores.creditDocuments()
                                    .findByNumber(
                                            other,
                                            Direction.RECEIVABLE,
                                            CreditDocumentKind.CREDIT_NOTE,
                                            "CN-1"))
                    .isEmpty();
            assertThat(stores.creditDocuments().findByIdempotencyKey(other, "key-CN-1")).isEmpty();
            assertThat(stores.creditDocuments().findByInvoice(other, invoice.id())).isEmpty();
            assertThat(stores.creditDocuments().withRemainingCredit(other, person.id())).isEmpty();
            assertThat(stores.events().readAfter(other, 0, 10).items()).isEmpty();
        }

        @Test
        void sameKeysInTwoCompanies() {
            insertInvoice(UUID.randomUUID(), "INV-1", ISSUED);
            InvoiceRecord other =
                    Fixtures.invoice(otherCompany, UUID.randomUUID(), "INV-1", ISSUED);

            InvoiceRecord stored = stores.invoices().insert(otherCompany, other);

            assertThat(stored.version()).isEqualTo(1);
            assertThat(stores.invoices().findByIdempotencyKey(otherCompany, "key-INV-1"))
                    .contains(stored);
        }

        @Test
        void updateAcrossCompaniesFails() {
            InvoiceRecord invoice = insertInvoice(UUID.randomUUID(), "INV-1", ISSUED);
            InvoiceDraft foreign = InvoiceDraft.of(invoice);
            foreign.companyId = otherCompany;

            assertThatThrownBy(() -> stores.invoices().update(otherCompany, foreign.build()))
                    .isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> stores.invoices().update(otherCompany, invoice))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(stores.invoices().find(company, invoice.id())).contains(invoice);
        }
    }

    @Nested
    class PaymentPlans extends PaymentPlanContract {

        @Override
        Stores stores() {
            return stores;
        }

        @Override
        UUID company() {
            return company;
        }

        @Override
        UUID otherCompany() {
            return otherCompany;
        }
    }
}
