package io.github.tahsilat.engine;

import static io.github.tahsilat.engine.EngineFixtures.CONTEXT;
import static io.github.tahsilat.engine.EngineFixtures.NOW;
import static io.github.tahsilat.engine.EngineFixtures.TODAY;
import static io.github.tahsilat.engine.EngineFixtures.company;
import static io.github.tahsilat.engine.EngineFixtures.engine;
import static io.github.tahsilat.engine.EngineFixtures.line;
import static io.github.tahsilat.engine.EngineFixtures.money;
import static io.github.tahsilat.engine.EngineFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.allocation.ComponentOrder;
import io.github.tahsilat.allocation.Designation;
import io.github.tahsilat.allocation.ItemComponent;
import io.github.tahsilat.allocation.ItemSettlement;
import io.github.tahsilat.allocation.Tolerance;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceStatus;
import io.github.tahsilat.payment.Payment;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.record.AllocationRecord;
import io.github.tahsilat.persistence.spi.record.EventRecord;
import io.github.tahsilat.persistence.spi.record.LedgerEntryKind;
import io.github.tahsilat.persistence.spi.record.LedgerEntryRecord;
import io.github.tahsilat.persistence.spi.store.LedgerStore;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.service.charge.OpenCharges;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.service.payment.PaymentReceipt;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChargeSettlementTest {

    private final CompanyId companyId = CompanyId.random();
    private Stores stores;
    private Tahsilat engine;
    private Counterparty customer;

    @BeforeEach
    void registerParties() {
        stores = InMemoryStores.create();
        engine = engine(stores);
        engine.companies().register(company(companyId));
        customer = person(companyId);
        engine.counterparties().register(customer);
    }

    private static MonetaryAmount lira(String amount) {
        return money(amount, "TRY");
    }

    /** Issues a receivable of {@code amount} TRY at 0 % VAT, due in 30 days. */
    private Invoice issued(String number, String amount) {
        Invoice invoice =
                Invoice.builder()
                        .companyId(companyId)
                        .counterpartyId(customer.id())
                        .number(number)
                        .direction(Direction.RECEIVABLE)
                        .issueDate(TODAY.minusDays(60))
                        .currency("TRY")
                        .terms(PaymentTermsNotation.parse("NET 30"))
                        .line(line("1", amount, "0"))
                        .build(CONTEXT);
        engine.invoices().issue(InvoiceRequest.of(invoice));
        return invoice;
    }

    /** Issues INV-1 of 100.00 TRY with a dunning fee of 10.00 and late interest of 0.41. */
    private Invoice chargedInvoice() {
        Invoice invoice = issued("INV-1", "100.00");
        charge(invoice, ItemComponent.FEE, "10.00");
        charge(invoice, ItemComponent.INTEREST, "0.41");
        return invoice;
    }

    private OpenCharges charge(Invoice invoice, ItemComponent component, String amount) {
        return engine.charges()
                .book(companyId, invoice.id(), component, lira(amount), TODAY, "dunning level 2");
    }

    private Payment.Builder payment(String amount) {
        return Payment.builder()
                .companyId(companyId)
                .counterpartyId(customer.id())
                .valueDate(TODAY)
                .amount(lira(amount))
                .actor("clerk-7");
    }

    private PaymentReceipt pay(String amount, ComponentOrder order, Invoice designated) {
        return engine.payments()
                .record(
                        payment(amount).build(),
                        List.of(Designation.of(designated.id())),
                        AllocationPolicy.defaults().withComponentOrder(order));
    }

    private PaymentReceipt payOldestFirst(String amount) {
        return engine.payments()
                .record(payment(amount).build(), List.of(), AllocationPolicy.defaults());
    }

    private OpenCharges open(Invoice invoice) {
        return engine.charges().openCharges(companyId, invoice.id());
    }

    private Invoice stored(Invoice invoice) {
        return engine.invoices().find(companyId, invoice.id()).orElseThrow().invoice();
    }

    private MonetaryAmount balance() {
        return engine.payments()
                .balance(companyId, customer.id(), Monetary.getCurrency("TRY"), TODAY, NOW);
    }

    private List<EventRecord> events(String type) {
        return stores.events().readAfter(companyId.value(), 0, 1000).items().stream()
                .filter(event -> event.type().equals(type))
                .toList();
    }

    private List<LedgerEntryRecord> entriesOf(PaymentReceipt receipt) {
        return stores.ledger().findByDocument(companyId.value(), receipt.payment().id().value());
    }

    @Nested
    class ComponentOrderTable {

        @ParameterizedTest
        @CsvSource({
            "COSTS_INTEREST_PRINCIPAL, 100.00, 10.00, 0.41, 89.59, 10.41, 0.00, 0.00, 10.41",
            "INTEREST_COSTS_PRINCIPAL, 100.00, 10.00, 0.41, 89.59, 10.41, 0.00, 0.00, 10.41",
            "PRINCIPAL_FIRST,          100.00,  0.00, 0.00, 100.00, 0.00, 10.00, 0.41, 10.41",
            "COSTS_INTEREST_PRINCIPAL,   5.00,  5.00, 0.00,  0.00, 100.00, 5.00, 0.41, 105.41",
            "INTEREST_COSTS_PRINCIPAL,   5.00,  4.59, 0.41,  0.00, 100.00, 5.41, 0.00, 105.41",
            "PRINCIPAL_FIRST,          105.00,  4.59, 0.41, 100.00, 0.00, 5.41, 0.00, 5.41",
            "COSTS_INTEREST_PRINCIPAL, 110.41, 10.00, 0.41, 100.00, 0.00, 0.00, 0.00, 0.00",
        })
        void paymentSettlesComponentsInOrder(
                ComponentOrder order,
                String paid,
                String fee,
                String interest,
                String principal,
                String invoiceOutstanding,
                String feeOpen,
                String interestOpen,
                String customerBalance) {
            Invoice invoice = chargedInvoice();

            PaymentReceipt receipt = pay(paid, order, invoice);

            ItemSettlement settlement = receipt.allocation().settlements().get(0);
            assertThat(settlement.fee()).isEqualTo(lira(fee));
            assertThat(settlement.interest()).isEqualTo(lira(interest));
            assertThat(settlement.principal()).isEqualTo(lira(principal));
            assertThat(settlement.componentOrder()).isEqualTo(order);
            assertThat(receipt.allocation().unapplied()).isEqualTo(lira("0.00"));
            assertThat(stored(invoice).outstanding()).isEqualTo(lira(invoiceOutstanding));
            assertThat(open(invoice).fee()).isEqualTo(lira(feeOpen));
            assertThat(open(invoice).interest()).isEqualTo(lira(interestOpen));
            assertThat(balance()).isEqualTo(lira(customerBalance));
        }

        @Test
        void principalPaidFirstLeavesChargesOwed() {
            Invoice invoice = chargedInvoice();

            pay("100.00", ComponentOrder.PRINCIPAL_FIRST, invoice);

            assertThat(stored(invoice).status()).isEqualTo(InvoiceStatus.PAID);
            assertThat(open(invoice).total()).isEqualTo(lira("10.41"));
            assertThat(balance()).isEqualTo(lira("10.41"));
        }

        @Test
        void laterPaymentReachesChargesOfPaidInvoice() {
            Invoice invoice = chargedInvoice();
            pay("100.00", ComponentOrder.PRINCIPAL_FIRST, invoice);

            PaymentReceipt receipt = payOldestFirst("12.00");

            ItemSettlement settlement = receipt.allocation().settlements().get(0);
            assertThat(settlement.invoiceId()).isEqualTo(invoice.id());
            assertThat(settlement.fee()).isEqualTo(lira("10.00"));
            assertThat(settlement.interest()).isEqualTo(lira("0.41"));
            assertThat(settlement.principal()).isEqualTo(lira("0.00"));
            assertThat(receipt.allocation().unapplied()).isEqualTo(lira("1.59"));
            assertThat(open(invoice).total()).isEqualTo(lira("0.00"));
            assertThat(balance()).isEqualTo(lira("-1.59"));
        }

        @Test
        void oldestChargesComeBeforeNewerInvoice() {
            Invoice older = chargedInvoice();
            pay("100.00", ComponentOrder.PRINCIPAL_FIRST, older);
            Invoice newer =
                    engine.invoices()
                            .issue(
                                    InvoiceRequest.of(
                                            Invoice.builder()
                                                    .companyId(companyId)
                                                    .counterpartyId(customer.id())
                                                    .number("INV-2")
                                                    .direction(Direction.RECEIVABLE)
                                                    .issueDate(TODAY)
                                                    .currency("TRY")
                                                    .terms(PaymentTermsNotation.parse("NET 30"))
                                                    .line(line("1", "50.00", "0"))
                                                    .build(CONTEXT)))
                            .invoice();

            PaymentReceipt receipt = payOldestFirst("20.00");

            assertThat(receipt.allocation().settlements())
                    .extracting(ItemSettlement::invoiceId)
                    .containsExactly(older.id(), newer.id());
            assertThat(stored(newer).outstanding()).isEqualTo(lira("40.41"));
            assertThat(open(older).total()).isEqualTo(lira("0.00"));
        }
    }

    @Nested
    class Records {

        @Test
        void allocationStoredPerComponent() {
            Invoice invoice = chargedInvoice();

            PaymentReceipt receipt = pay("50.00", ComponentOrder.COSTS_INTEREST_PRINCIPAL, invoice);

            List<AllocationRecord> records =
                    stores.allocations()
                            .findBySource(companyId.value(), receipt.payment().id().value());
            assertThat(records).hasSize(1);
            assertThat(records.get(0).fee()).isEqualByComparingTo("10.00");
            assertThat(records.get(0).interest()).isEqualByComparingTo("0.41");
            assertThat(records.get(0).principal()).isEqualByComparingTo("39.59");
            assertThat(records.get(0).componentOrder()).isEqualTo("COSTS_INTEREST_PRINCIPAL");
        }

        @Test
        void ledgerAllocationEntryPerComponent() {
            Invoice invoice = chargedInvoice();

            PaymentReceipt receipt = pay("50.00", ComponentOrder.COSTS_INTEREST_PRINCIPAL, invoice);

            List<String> components =
                    entriesOf(receipt).stream()
                            .filter(entry -> entry.kind() == LedgerEntryKind.ALLOCATION)
                            .map(entry -> entry.component().orElseThrow() + " " + entry.amount())
                            .toList();
            assertThat(components).containsExactly("FEE 10.00", "INTEREST 0.41", "PRINCIPAL 39.59");
        }

        @Test
        void allocatedEventNamesComponents() {
            Invoice invoice = chargedInvoice();

            pay("50.00", ComponentOrder.COSTS_INTEREST_PRINCIPAL, invoice);

            EventRecord allocated = events("PaymentAllocated").get(0);
            assertThat(allocated.payload()).containsEntry("fee", "10.00");
            assertThat(allocated.payload()).containsEntry("interest", "0.41");
            assertThat(allocated.payload()).containsEntry("principal", "39.59");
            assertThat(allocated.payload()).containsEntry("applied", "50.00");
        }
    }

    @Nested
    class Reversal {

        @ParameterizedTest
        @CsvSource({
            "COSTS_INTEREST_PRINCIPAL, 50.00",
            "INTEREST_COSTS_PRINCIPAL, 5.00",
            "PRINCIPAL_FIRST, 105.00",
            "COSTS_INTEREST_PRINCIPAL, 200.00",
        })
        void reversalRestoresEveryComponent(ComponentOrder order, String paid) {
            Invoice invoice = chargedInvoice();
            PaymentReceipt receipt = pay(paid, order, invoice);

            engine.payments().reverse(companyId, receipt.payment().id(), TODAY, "bank return");

            assertThat(stored(invoice).outstanding()).isEqualTo(lira("100.00"));
            assertThat(stored(invoice).status()).isEqualTo(InvoiceStatus.OPEN);
            assertThat(open(invoice).fee()).isEqualTo(lira("10.00"));
            assertThat(open(invoice).interest()).isEqualTo(lira("0.41"));
            assertThat(balance()).isEqualTo(lira("110.41"));
        }

        @Test
        void reversedChargeSettledByNextPayment() {
            Invoice invoice = chargedInvoice();
            PaymentReceipt first = pay("10.41", ComponentOrder.COSTS_INTEREST_PRINCIPAL, invoice);
            engine.payments().reverse(companyId, first.payment().id(), TODAY, "bank return");

            PaymentReceipt second = payOldestFirst("10.41");

            assertThat(second.allocation().settlements().get(0).fee()).isEqualTo(lira("10.00"));
            assertThat(open(invoice).total()).isEqualTo(lira("0.00"));
            assertThat(balance()).isEqualTo(lira("100.00"));
        }
    }

    @Nested
    class Tolerances {

        @ParameterizedTest
        @CsvSource({
            "COSTS_INTEREST_PRINCIPAL, 109.91, WRITTEN_OFF, 0.00, 0.00",
            "PRINCIPAL_FIRST,          109.91, PAID,        0.00, 0.00",
            "PRINCIPAL_FIRST,          110.00, PAID,        0.00, 0.00",
        })
        void shortfallWrittenOffOnComponentLeftOpen(
                ComponentOrder order,
                String paid,
                InvoiceStatus status,
                String feeOpen,
                String interestOpen) {
            Invoice invoice = chargedInvoice();

            engine.payments()
                    .record(
                            payment(paid).build(),
                            List.of(Designation.of(invoice.id())),
                            AllocationPolicy.defaults()
                                    .withComponentOrder(order)
                                    .withTolerances(List.of(Tolerance.of(lira("1.00")))));

            assertThat(stored(invoice).status()).isEqualTo(status);
            assertThat(open(invoice).fee()).isEqualTo(lira(feeOpen));
            assertThat(open(invoice).interest()).isEqualTo(lira(interestOpen));
            assertThat(balance()).isEqualTo(lira("0.00"));
        }
    }

    @Nested
    class Waivers {

        @Test
        void waiverClosesChargesAfterPrincipal() {
            Invoice invoice = chargedInvoice();
            pay("100.00", ComponentOrder.PRINCIPAL_FIRST, invoice);

            OpenCharges after =
                    engine.charges()
                            .waiveAll(companyId, invoice.id(), TODAY, "waive charges once paid");

            assertThat(after.total()).isEqualTo(lira("0.00"));
            assertThat(open(invoice).total()).isEqualTo(lira("0.00"));
            assertThat(balance()).isEqualTo(lira("0.00"));
            assertThat(events("ChargeWaived"))
                    .extracting(event -> event.payload().get("amount"))
                    .containsExactly("10.00", "0.41");
        }

        @Test
        void waiverRecordedAsWriteOff() {
            Invoice invoice = chargedInvoice();

            engine.charges()
                    .waive(
                            companyId,
                            invoice.id(),
                            ItemComponent.FEE,
                            lira("4.00"),
                            TODAY,
                            "goodwill");

            List<LedgerEntryRecord> writeOffs =
                    stores
                            .ledger()
                            .entriesOf(
                                    companyId.value(),
                                    customer.id().value(),
                                    "TRY",
                                    TODAY.minusYears(1),
                                    TODAY,
                                    io.github.tahsilat.persistence.spi.PageRequest.first(100))
                            .items()
                            .stream()
                            .filter(entry -> entry.kind() == LedgerEntryKind.WRITE_OFF)
                            .toList();
            assertThat(writeOffs).hasSize(1);
            assertThat(writeOffs.get(0).balanceEffect()).isEqualByComparingTo("-4.00");
            assertThat(writeOffs.get(0).component()).contains("FEE");
            assertThat(writeOffs.get(0).note()).isEqualTo("goodwill");
            assertThat(open(invoice).fee()).isEqualTo(lira("6.00"));
        }

        @Test
        void waivedChargeNotSettledByPayment() {
            Invoice invoice = chargedInvoice();
            engine.charges().waiveAll(companyId, invoice.id(), TODAY, "goodwill");

            PaymentReceipt receipt = payOldestFirst("100.00");

            assertThat(receipt.allocation().settlements().get(0).fee()).isEqualTo(lira("0.00"));
            assertThat(stored(invoice).status()).isEqualTo(InvoiceStatus.PAID);
            assertThat(balance()).isEqualTo(lira("0.00"));
        }

        @Test
        void waiverAboveOpenRejected() {
            Invoice invoice = chargedInvoice();

            assertThatThrownBy(
                            () ->
                                    engine.charges()
                                            .waive(
                                                    companyId,
                                                    invoice.id(),
                                                    ItemComponent.INTEREST,
                                                    lira("0.42"),
                                                    TODAY,
                                                    "goodwill"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("0.42")
                    .hasMessageContaining("0.41");
            assertThat(open(invoice).interest()).isEqualTo(lira("0.41"));
            assertThat(events("ChargeWaived")).isEmpty();
        }

        @Test
        void principalWaiverRejected() {
            Invoice invoice = chargedInvoice();

            assertThatThrownBy(
                            () ->
                                    engine.charges()
                                            .waive(
                                                    companyId,
                                                    invoice.id(),
                                                    ItemComponent.PRINCIPAL,
                                                    lira("1.00"),
                                                    TODAY,
                                                    "goodwill"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("FEE or INTEREST");
        }

        @Test
        void chargeInOtherCurrencyRejected() {
            Invoice invoice = issued("INV-1", "100.00");

            assertThatThrownBy(
                            () ->
                                    engine.charges()
                                            .book(
                                                    companyId,
                                                    invoice.id(),
                                                    ItemComponent.FEE,
                                                    money("10.00", "EUR"),
                                                    TODAY,
                                                    "fee"))
                    .isInstanceOf(CurrencyMismatchException.class);
            assertThat(open(invoice).total()).isEqualTo(lira("0.00"));
            assertThat(balance()).isEqualTo(lira("100.00"));
        }

        @Test
        void bookedChargeRaisesBalance() {
            Invoice invoice = issued("INV-1", "100.00");

            OpenCharges after = charge(invoice, ItemComponent.FEE, "25.00");

            assertThat(after.fee()).isEqualTo(lira("25.00"));
            assertThat(balance()).isEqualTo(lira("125.00"));
            assertThat(events("ChargeBooked")).hasSize(1);
            assertThat(events("ChargeBooked").get(0).payload())
                    .containsEntry("amount", "25.00")
                    .containsEntry("component", "FEE");
        }
    }

    @Nested
    class OneInvoiceQuery {

        /** Counts the reads of a counterparty's whole ledger. */
        private int pagesRead;

        @BeforeEach
        void countLedgerPages() {
            Stores plain = stores;
            LedgerStore ledger = plain.ledger();
            LedgerStore counting =
                    (LedgerStore)
                            Proxy.newProxyInstance(
                                    LedgerStore.class.getClassLoader(),
                                    new Class<?>[] {LedgerStore.class},
                                    (proxy, method, arguments) -> {
                                        if (method.getName().equals("entriesOf")) {
                                            pagesRead++;
                                        }
                                        try {
                                            return method.invoke(ledger, arguments);
                                        } catch (InvocationTargetException e) {
                                            throw e.getCause();
                                        }
                                    });
            stores =
                    new Stores(
                            plain.companies(),
                            plain.counterparties(),
                            plain.invoices(),
                            plain.creditDocuments(),
                            plain.events(),
                            plain.payments(),
                            plain.allocations(),
                            counting,
                            plain.instruments(),
                            plain.dunning(),
                            plain.bankEntries(),
                            plain.reconciliationQueue(),
                            plain.paymentPlans(),
                            plain.transactions());
            engine = engine(stores);
        }

        @Test
        void readsOnlyInvoiceEntries() {
            Invoice charged = chargedInvoice();
            Invoice other = issued("INV-2", "50.00");
            charge(other, ItemComponent.FEE, "7.00");
            pagesRead = 0;

            OpenCharges open = open(charged);

            assertThat(open.fee()).isEqualTo(lira("10.00"));
            assertThat(open.interest()).isEqualTo(lira("0.41"));
            assertThat(open(other).fee()).isEqualTo(lira("7.00"));
            assertThat(open(other).interest()).isEqualTo(lira("0.00"));
            assertThat(pagesRead).isZero();
        }

        @Test
        void paymentReadsNoLedgerPages() {
            Invoice charged = chargedInvoice();
            Invoice other = issued("INV-2", "50.00");
            for (int i = 0; i < 5; i++) {
                pay("1.00", ComponentOrder.COSTS_INTEREST_PRINCIPAL, charged);
            }
            pagesRead = 0;

            PaymentReceipt receipt = pay("60.00", ComponentOrder.COSTS_INTEREST_PRINCIPAL, other);

            assertThat(receipt.allocation().settlements()).hasSize(1);
            ItemSettlement settlement = receipt.allocation().settlements().get(0);
            assertThat(settlement.invoiceId()).isEqualTo(other.id());
            assertThat(settlement.principal()).isEqualTo(lira("50.00"));
            assertThat(receipt.allocation().unapplied()).isEqualTo(lira("10.00"));
            assertThat(open(charged).fee()).isEqualTo(lira("5.00"));
            assertThat(open(charged).interest()).isEqualTo(lira("0.41"));
            assertThat(pagesRead).isZero();
        }

        @Test
        void paymentReachesChargeOnlyInvoice() {
            Invoice charged = chargedInvoice();
            pay("100.00", ComponentOrder.PRINCIPAL_FIRST, charged);
            pagesRead = 0;

            PaymentReceipt receipt = payOldestFirst("20.00");

            List<ItemSettlement> settlements = receipt.allocation().settlements();
            assertThat(settlements).hasSize(1);
            assertThat(settlements.get(0).invoiceId()).isEqualTo(charged.id());
            assertThat(settlements.get(0).fee()).isEqualTo(lira("10.00"));
            assertThat(settlements.get(0).interest()).isEqualTo(lira("0.41"));
            assertThat(settlements.get(0).principal()).isEqualTo(lira("0.00"));
            assertThat(receipt.allocation().unapplied()).isEqualTo(lira("9.59"));
            assertThat(open(charged).total()).isEqualTo(lira("0.00"));
            assertThat(pagesRead).isZero();
        }

        @Test
        void settledChargeLeavesZero() {
            Invoice charged = chargedInvoice();
            pay("110.41", ComponentOrder.COSTS_INTEREST_PRINCIPAL, charged);
            pagesRead = 0;

            OpenCharges open = open(charged);

            assertThat(open.fee()).isEqualTo(lira("0.00"));
            assertThat(open.interest()).isEqualTo(lira("0.00"));
            assertThat(pagesRead).isZero();
        }
    }
}
