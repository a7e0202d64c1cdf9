package io.github.tahsilat.engine;

import static io.github.tahsilat.engine.EngineFixtures.CONTEXT;
import static io.github.tahsilat.engine.EngineFixtures.NOW;
import static io.github.tahsilat.engine.EngineFixtures.TODAY;
import static io.github.tahsilat.engine.EngineFixtures.company;
import static io.github.tahsilat.engine.EngineFixtures.engine;
import static io.github.tahsilat.engine.EngineFixtures.invoice;
import static io.github.tahsilat.engine.EngineFixtures.line;
import static io.github.tahsilat.engine.EngineFixtures.money;
import static io.github.tahsilat.engine.EngineFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.allocation.Designation;
import io.github.tahsilat.allocation.Tolerance;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceStatus;
import io.github.tahsilat.ledger.LedgerStateException;
import io.github.tahsilat.payment.Payment;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.Page;
import io.github.tahsilat.persistence.spi.PageRequest;
import io.github.tahsilat.persistence.spi.record.EventRecord;
import io.github.tahsilat.persistence.spi.record.InvoiceRecord;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.service.IdempotencyKeyReusedException;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.service.payment.PaymentReceipt;
import io.github.tahsilat.service.payment.StoredPayment;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PaymentServiceTest {

    private final CompanyId companyId = CompanyId.random();
    private Stores stores;
    private Tahsilat engine;
    private Counterparty customer;

    @BeforeEach
    void registerParties() {
        stores = InMemoryStores.create();
        setUp(stores);
    }

    private void setUp(Stores chosen) {
        stores = chosen;
        engine = engine(chosen);
        engine.companies().register(company(companyId));
        customer = person(companyId);
        engine.counterparties().register(customer);
    }

    private static MonetaryAmount lira(String amount) {
        return money(amount, "TRY");
    }

    /** Issues a receivable of {@code amount} TRY at 0 % VAT, due in {@code days} days. */
    private Invoice issued(String number, String amount, int days) {
        Invoice invoice =
                io.github.tahsilat.invoice.Invoice.builder()
                        .companyId(companyId)
                        .counterpartyId(customer.id())
                        .number(number)
                        .direction(io.github.tahsilat.invoice.Direction.RECEIVABLE)
                        .issueDate(TODAY)
                        .currency("TRY")
                        .terms(PaymentTermsNotation.parse("NET " + days))
                        .line(line("1", amount, "0"))
                        .build(CONTEXT);
        engine.invoices().issue(InvoiceRequest.of(invoice));
        return invoice;
    }

    /** Issues a receivable of 10.00 TRY on {@code issueDate}, due 30 days later. */
    private void issuedOn(String number, LocalDate issueDate) {
        Invoice invoice =
                io.github.tahsilat.invoice.Invoice.builder()
                        .companyId(companyId)
                        .counterpartyId(customer.id())
                        .number(number)
                        .direction(io.github.tahsilat.invoice.Direction.RECEIVABLE)
                        .issueDate(issueDate)
                        .currency("TRY")
                        .terms(PaymentTermsNotation.parse("NET 30"))
                        .line(line("1", "10.00", "0"))
                        .build(CONTEXT);
        engine.invoices().issue(InvoiceRequest.of(invoice));
    }

    private Payment.Builder payment(String amount) {
        return Payment.builder()
                .companyId(companyId)
                .counterpartyId(customer.id())
                .valueDate(TODAY)
                .amount(lira(amount))
                .actor("clerk-7");
    }

    private PaymentReceipt pay(Payment payment) {
        return engine.payments().record(payment, List.of(), AllocationPolicy.defaults());
    }

    private Invoice stored(Invoice invoice) {
        return engine.invoices().find(companyId, invoice.id()).orElseThrow().invoice();
    }

    private MonetaryAmount balance() {
        return engine.payments()
                .balance(companyId, customer.id(), Monetary.getCurrency("TRY"), TODAY, NOW);
    }

    private List<String> eventTypes() {
        return stores.events().readAfter(companyId.value(), 0, 1000).items().stream()
                .map(EventRecord::type)
                .toList();
    }

    @Nested
    class Recording {

        @Test
        void partialsCloseInvoice() {
            Invoice invoice = issued("INV-1", "1000.00", 30);

            pay(payment("300.00").build());
            pay(payment("700.00").build());

            assertThat(stored(invoice).status()).isEqualTo(InvoiceStatus.PAID);
            assertThat(stored(invoice).outstanding()).isEqualTo(lira("0.00"));
            assertThat(balance()).isEqualTo(lira("0.00"));
            assertThat(eventTypes())
                    .containsSubsequence(
                            "InvoiceIssued",
                            "PaymentAllocated",
                            "PaymentRecorded",
                            "PaymentAllocated",
                            "InvoicePaid",
                            "PaymentRecorded");
        }

        @Test
        void overpaymentKeptAsCredit() {
            Invoice invoice = issued("INV-1", "89.00", 30);

            PaymentReceipt receipt = pay(payment("95.00").build());

            assertThat(stored(invoice).status()).isEqualTo(InvoiceStatus.PAID);
            assertThat(receipt.allocation().unapplied()).isEqualTo(lira("6.00"));
            assertThat(
                            engine.payments()
                                    .find(companyId, receipt.payment().id())
                                    .orElseThrow()
                                    .unapplied())
                    .isEqualTo(lira("6.00"));
            assertThat(balance()).isEqualTo(lira("-6.00"));
            assertThat(eventTypes()).contains("CreditCreated");
        }

        @Test
        void designationBeatsAge() {
            Invoice older = issued("INV-1", "50.00", 10);
            Invoice newer = issued("INV-2", "70.00", 40);

            engine.payments()
                    .record(
                            payment("70.00").build(),
                            List.of(Designation.of(newer.id())),
                            AllocationPolicy.defaults());

            assertThat(stored(newer).status()).isEqualTo(InvoiceStatus.PAID);
            assertThat(stored(older).outstanding()).isEqualTo(lira("50.00"));
        }

        @Test
        void shortfallWithinToleranceWrittenOff() {
            Invoice invoice = issued("INV-1", "100.00", 30);

            engine.payments()
                    .record(
                            payment("99.98").build(),
                            List.of(Designation.of(invoice.id())),
                            AllocationPolicy.defaults()
                                    .withTolerances(List.of(Tolerance.of(lira("0.02")))));

            assertThat(stored(invoice).outstanding()).isEqualTo(lira("0.00"));
            assertThat(stored(invoice).writtenOffAmount()).isEqualTo(lira("0.02"));
            assertThat(balance()).isEqualTo(lira("0.00"));
        }
    }

    @Nested
    class Idempotency {

        @Test
        void sameKeyRecordsOnce() {
            issued("INV-1", "100.00", 30);
            PaymentReceipt first = pay(payment("60.00").idempotencyKey("BANK-TX-1").build());

            PaymentReceipt again = pay(payment("60.00").idempotencyKey("BANK-TX-1").build());

            assertThat(again.repeated()).isTrue();
            assertThat(again.payment().id()).isEqualTo(first.payment().id());
            assertThat(again.allocation()).isEqualTo(first.allocation());
            assertThat(balance()).isEqualTo(lira("40.00"));
            assertThat(eventTypes().stream().filter("PaymentRecorded"::equals)).hasSize(1);
        }

        @Test
        void sameKeyOtherAmountFails() {
            issued("INV-1", "100.00", 30);
            pay(payment("60.00").idempotencyKey("BANK-TX-1").build());
            Payment other = payment("61.00").idempotencyKey("BANK-TX-1").build();

            assertThatThrownBy(() -> pay(other)).isInstanceOf(IdempotencyKeyReusedException.class);
            assertThat(balance()).isEqualTo(lira("40.00"));
        }
    }

    @Nested
    class Reversal {

        @Test
        void bankReturnRestoresInvoices() {
            Invoice first = issued("INV-1", "50.00", 10);
            Invoice second = issued("INV-2", "30.00", 20);
            Invoice before = stored(first);
            PaymentReceipt receipt = pay(payment("100.00").build());

            StoredPayment reversed =
                    engine.payments()
                            .reverse(companyId, receipt.payment().id(), TODAY, "bank return");

            assertThat(stored(first).outstanding()).isEqualTo(before.outstanding());
            assertThat(stored(first).status()).isEqualTo(InvoiceStatus.OPEN);
            assertThat(stored(second).status()).isEqualTo(InvoiceStatus.OPEN);
            assertThat(reversed.reversedOn()).contains(TODAY);
            assertThat(reversed.unapplied()).isEqualTo(lira("0.00"));
            assertThat(balance()).isEqualTo(lira("80.00"));
            assertThat(eventTypes()).contains("PaymentReversed");
        }

        @Test
        void secondReversalRejected() {
            issued("INV-1", "50.00", 10);
            PaymentReceipt receipt = pay(payment("10.00").build());
            engine.payments().reverse(companyId, receipt.payment().id(), TODAY, "bank return");

            assertThatThrownBy(
                            () ->
                                    engine.payments()
                                            .reverse(
                                                    companyId,
                                                    receipt.payment().id(),
                                                    TODAY,
                                                    "again"))
                    .isInstanceOf(LedgerStateException.class);
        }

        @Test
        void balanceKnownEarlierUnchanged() {
            issued("INV-1", "50.00", 10);
            Instant before = NOW.minusSeconds(1);

            pay(payment("10.00").build());

            assertThat(
                            engine.payments()
                                    .balance(
                                            companyId,
                                            customer.id(),
                                            Monetary.getCurrency("TRY"),
                                            TODAY,
                                            before))
                    .isEqualTo(lira("0.00"));
        }
    }

    @Nested
    class Volume {

        @Test
        void largeLedgerPaysOldestFirst() {
            AtomicInteger pages = new AtomicInteger();
            Stores memory = InMemoryStores.create();
            ForwardingInvoiceStore counting =
                    new ForwardingInvoiceStore(memory.invoices()) {
                        @Override
                        public Page<InvoiceRecord> openItemsOf(
                                UUID company, UUID counterparty, PageRequest request) {
                            pages.incrementAndGet();
                            return super.openItemsOf(company, counterparty, request);
                        }
                    };
            setUp(memory.withInvoices(counting));
            for (int i = 0; i < 20_000; i++) {
                issuedOn(String.format("INV-%05d", i), TODAY.minusDays(20_000 - i));
            }
            pages.set(0);

            PaymentReceipt receipt = pay(payment("150000.00").build());

            assertThat(receipt.allocation().settlements()).hasSize(15_000);
            assertThat(pages.get()).isEqualTo(75);
            List<InvoiceRecord> open = new java.util.ArrayList<>();
            Page<InvoiceRecord> page =
                    memory.invoices()
                            .openItemsOf(
                                    companyId.value(),
                                    customer.id().value(),
                                    PageRequest.first(10_000));
            open.addAll(page.items());
            while (page.next().isPresent()) {
                page =
                        memory.invoices()
                                .openItemsOf(
                                        companyId.value(),
                                        customer.id().value(),
                                        PageRequest.after(page.next().get(), 10_000));
                open.addAll(page.items());
            }
            assertThat(open).hasSize(5_000);
            java.math.BigDecimal outstanding =
                    open.stream()
                            .map(InvoiceRecord::outstanding)
                            .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
            assertThat(outstanding).isEqualByComparingTo("50000.00");
            assertThat(open.get(0).number()).isEqualTo("INV-15000");
            assertThat(balance()).isEqualTo(lira("50000.00"));
        }
    }
}
