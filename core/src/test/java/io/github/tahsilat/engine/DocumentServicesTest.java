package io.github.tahsilat.engine;

import static io.github.tahsilat.engine.EngineFixtures.CONTEXT;
import static io.github.tahsilat.engine.EngineFixtures.TODAY;
import static io.github.tahsilat.engine.EngineFixtures.company;
import static io.github.tahsilat.engine.EngineFixtures.creditNote;
import static io.github.tahsilat.engine.EngineFixtures.engine;
import static io.github.tahsilat.engine.EngineFixtures.invoice;
import static io.github.tahsilat.engine.EngineFixtures.line;
import static io.github.tahsilat.engine.EngineFixtures.money;
import static io.github.tahsilat.engine.EngineFixtures.person;
import static io.github.tahsilat.engine.EngineFixtures.simpleInvoice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.invoice.CreditApplication;
import io.github.tahsilat.invoice.CreditDocument;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceStateException;
import io.github.tahsilat.invoice.InvoiceStatus;
import io.github.tahsilat.invoice.InvoiceTotals;
import io.github.tahsilat.invoice.LineDiscount;
import io.github.tahsilat.invoice.PriceBasis;
import io.github.tahsilat.invoice.VatSubtotal;
import io.github.tahsilat.invoice.VatWithholding;
import io.github.tahsilat.invoice.WithholdingCode;
import io.github.tahsilat.invoice.WithholdingSubtotal;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.Page;
import io.github.tahsilat.persistence.spi.PageRequest;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.service.DuplicateNumberException;
import io.github.tahsilat.service.IdempotencyKeyReusedException;
import io.github.tahsilat.service.OpenItem;
import io.github.tahsilat.service.StoredCreditDocument;
import io.github.tahsilat.service.StoredInvoice;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DocumentServicesTest {

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

    /** An invoice with two installments, a 2/10 discount, both discount kinds and withholding. */
    private Invoice richInvoice(String number) {
        return invoice(customer, number)
                .terms(PaymentTermsNotation.parse("40% 2/10 NET 30; 60% NET 60"))
                .line(
                        line("3", "250.125", "20")
                                .withDiscount(LineDiscount.percent(new BigDecimal("12.5")))
                                .withWithholding(VatWithholding.of(WithholdingCode.CLEANING)))
                .line(
                        line("1", "99.90", "10")
                                .withDiscount(LineDiscount.amount(money("4.5", "TRY"))))
                .build(CONTEXT);
    }

    @Nested
    class Issue {

        @Test
        void richInvoiceRoundTrips() {
            Invoice invoice = richInvoice("INV-1");

            StoredInvoice issued = engine.invoices().issue(InvoiceRequest.of(invoice));

            StoredInvoice read = engine.invoices().find(companyId, invoice.id()).orElseThrow();
            assertThat(read.invoice()).isEqualTo(invoice);
            assertThat(read.invoice().dueSchedule().installments()).hasSize(2);
            assertThat(read.invoice().lines().get(2).discount())
                    .isEqualTo(LineDiscount.amount(money("4.5", "TRY")));
            assertThat(read.version()).isEqualTo(1);
            assertThat(read.dueDate()).isEqualTo(TODAY.plusDays(30));
            assertThat(read.closedOn()).isEmpty();
            assertThat(issued).isEqualTo(read);
        }

        @Test
        void printedTotalsRoundTrip() {
            Invoice computed = simpleInvoice(customer, "INV-P");
            InvoiceTotals printed =
                    InvoiceTotals.of(
                            money("1000.00", "TRY"),
                            List.of(
                                    new VatSubtotal(
                                            new BigDecimal("20"),
                                            money("1000.00", "TRY"),
                                            money("200.01", "TRY"))),
                            List.of(
                                    new WithholdingSubtotal(
                                            VatWithholding.of("601", 4, 10),
                                            money("80.00", "TRY"))));
            Invoice invoice =
                    invoice(customer, "INV-P")
                            .priceBasis(PriceBasis.VAT_EXCLUSIVE)
                            .printedTotals(printed)
                            .build(CONTEXT);

            engine.invoices().issue(InvoiceRequest.of(invoice));

            Invoice read = engine.invoices().find(companyId, invoice.id()).orElseThrow().invoice();
            assertThat(read).isEqualTo(invoice);
            assertThat(read.printedTotals()).contains(printed);
            assertThat(read.computedTotals()).isEqualTo(computed.totals());
            assertThat(read.receivable()).isEqualTo(money("1120.01", "TRY"));
        }

        @Test
        void vatInclusivePricesRoundTrip() {
            Invoice invoice =
                    invoice(customer, "INV-G").priceBasis(PriceBasis.VAT_INCLUSIVE).build(CONTEXT);

            engine.invoices().issue(InvoiceRequest.of(invoice));

            assertThat(engine.invoices().find(companyId, invoice.id()).orElseThrow().invoice())
                    .isEqualTo(invoice);
        }

        @Test
        void repeatedKeyReturnsFirstResult() {
            Invoice first = simpleInvoice(customer, "INV-1");
            Invoice retry = simpleInvoice(customer, "INV-1");
            StoredInvoice issued =
                    engine.invoices().issue(InvoiceRequest.of(first).withIdempotencyKey("req-1"));
            long events = eventCount();

            StoredInvoice repeated =
                    engine.invoices().issue(InvoiceRequest.of(retry).withIdempotencyKey("req-1"));

            assertThat(repeated).isEqualTo(issued);
            assertThat(repeated.invoice().id()).isEqualTo(first.id());
            assertThat(engine.invoices().find(companyId, retry.id())).isEmpty();
            assertThat(eventCount()).isEqualTo(events);
        }

        @Test
        void reusedKeyWithOtherContentRejected() {
            engine.invoices()
                    .issue(
                            InvoiceRequest.of(simpleInvoice(customer, "INV-1"))
                                    .withIdempotencyKey("req-1"));

            InvoiceRequest other =
                    InvoiceRequest.of(simpleInvoice(customer, "INV-2")).withIdempotencyKey("req-1");

            assertThatThrownBy(() -> engine.invoices().issue(other))
                    .isInstanceOf(IdempotencyKeyReusedException.class)
                    .hasMessageContaining("idempotency key req-1 was already used");
            assertThat(engine.invoices().findByNumber(companyId, Direction.RECEIVABLE, "INV-2"))
                    .isEmpty();
        }

        @Test
        void duplicateNumberRejected() {
            engine.invoices().issue(InvoiceRequest.of(simpleInvoice(customer, "INV-1")));
            long events = eventCount();

            assertThatThrownBy(
                            () ->
                                    engine.invoices()
                                            .issue(
                                                    InvoiceRequest.of(
                                                            simpleInvoice(customer, "INV-1"))))
                    .isInstanceOf(DuplicateNumberException.class)
                    .hasMessageContaining("duplicate number of receivable invoice: INV-1");
            assertThat(eventCount()).isEqualTo(events);
        }

        @Test
        void payableMayReuseReceivableNumber() {
            engine.invoices().issue(InvoiceRequest.of(simpleInvoice(customer, "INV-1")));
            Invoice payable =
                    invoice(customer, "INV-1").direction(Direction.PAYABLE).build(CONTEXT);

            engine.invoices().issue(InvoiceRequest.of(payable));

            assertThat(engine.invoices().findByNumber(companyId, Direction.PAYABLE, "INV-1"))
                    .map(StoredInvoice::invoice)
                    .contains(payable);
        }

        @Test
        void invoiceWithHistoryNeedsImport() {
            Invoice paid = simpleInvoice(customer, "INV-1").applySettlement(money("200.00", "TRY"));

            assertThatThrownBy(() -> engine.invoices().issue(InvoiceRequest.of(paid)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("importInvoice");

            StoredInvoice imported = engine.invoices().importInvoice(InvoiceRequest.of(paid));
            assertThat(imported.invoice()).isEqualTo(paid);
            assertThat(imported.invoice().status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        }
    }

    @Nested
    class StateChanges {

        @Test
        void cancelClosesToday() {
            Invoice invoice = simpleInvoice(customer, "INV-1");
            engine.invoices().issue(InvoiceRequest.of(invoice));

            StoredInvoice cancelled = engine.invoices().cancel(companyId, invoice.id());

            assertThat(cancelled.invoice().status()).isEqualTo(InvoiceStatus.CANCELLED);
            assertThat(cancelled.closedOn()).contains(TODAY);
            assertThat(cancelled.version()).isEqualTo(2);
        }

        @Test
        void secondCancelRejected() {
            Invoice invoice = simpleInvoice(customer, "INV-1");
            engine.invoices().issue(InvoiceRequest.of(invoice));
            engine.invoices().cancel(companyId, invoice.id());

            assertThatThrownBy(() -> engine.invoices().cancel(companyId, invoice.id()))
                    .isInstanceOf(InvoiceStateException.class);
        }

        @Test
        void disputeOpensAndResolves() {
            Invoice invoice = simpleInvoice(customer, "INV-1");
            engine.invoices().issue(InvoiceRequest.of(invoice));

            StoredInvoice disputed =
                    engine.invoices().openDispute(companyId, invoice.id(), "wrong colour");
            StoredInvoice resolved = engine.invoices().resolveDispute(companyId, invoice.id());

            assertThat(disputed.invoice().isDisputed()).isTrue();
            assertThat(disputed.invoice().dispute().orElseThrow().startDate()).isEqualTo(TODAY);
            assertThat(resolved.invoice().isDisputed()).isFalse();
            assertThat(resolved.invoice().dispute().orElseThrow().resolution()).contains(TODAY);
        }
    }

    @Nested
    class OpenItems {

        @Test
        void dueBeforeReadsEveryPage() {
            List<Invoice> issued = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                Invoice invoice =
                        invoice(customer, "INV-" + i)
                                .terms(PaymentTermsNotation.parse("NET " + (10 * i)))
                                .build(CONTEXT);
                engine.invoices().issue(InvoiceRequest.of(invoice));
                issued.add(invoice);
            }

            List<OpenItem> items = new ArrayList<>();
            Optional<PageRequest> request = Optional.of(PageRequest.first(2));
            while (request.isPresent()) {
                Page<OpenItem> page =
                        engine.invoices()
                                .openItemsDueBefore(companyId, TODAY.plusDays(45), request.get());
                items.addAll(page.items());
                request = request.get().following(page);
            }

            assertThat(items)
                    .extracting(OpenItem::invoiceId)
                    .containsExactly(
                            issued.get(0).id(),
                            issued.get(1).id(),
                            issued.get(2).id(),
                            issued.get(3).id());
            assertThat(items.get(0).outstanding()).isEqualTo(money("1200.00", "TRY"));
            assertThat(items.get(0).dueDate()).isEqualTo(TODAY.plusDays(10));
        }

        @Test
        void cancelledInvoiceLeavesOpenItems() {
            Invoice kept = simpleInvoice(customer, "INV-1");
            Invoice cancelled = simpleInvoice(customer, "INV-2");
            engine.invoices().issue(InvoiceRequest.of(kept));
            engine.invoices().issue(InvoiceRequest.of(cancelled));
            engine.invoices().cancel(companyId, cancelled.id());

            Page<StoredInvoice> page =
                    engine.invoices().openItemsOf(companyId, customer.id(), PageRequest.first(10));

            assertThat(page.items()).extracting(StoredInvoice::invoice).containsExactly(kept);
        }
    }

    @Nested
    class Credits {

        @Test
        void creditDocumentRoundTrips() {
            CreditDocument credit = creditNote(customer, "CN-1", "INV-1", "150.00");

            StoredCreditDocument recorded =
                    engine.creditDocuments().record(credit, Optional.of("cn-req-1"));

            assertThat(recorded.document()).isEqualTo(credit);
            assertThat(engine.creditDocuments().find(companyId, credit.id())).contains(recorded);
        }

        @Test
        void applyKeepsRemainingCredit() {
            Invoice invoice = simpleInvoice(customer, "INV-1");
            engine.invoices().issue(InvoiceRequest.of(invoice));
            engine.invoices()
                    .importInvoice(
                            InvoiceRequest.of(
                                    simpleInvoice(customer, "INV-0")
                                            .applySettlement(money("1100.00", "TRY"))));
            Invoice nearlyPaid =
                    engine.invoices()
                            .findByNumber(companyId, Direction.RECEIVABLE, "INV-0")
                            .orElseThrow()
                            .invoice();
            CreditDocument credit = creditNote(customer, "CN-1", "INV-0", "150.00");
            engine.creditDocuments().record(credit, Optional.empty());

            CreditApplication application =
                    engine.creditDocuments().apply(companyId, credit.id(), nearlyPaid.id());

            assertThat(application.applied()).isEqualTo(money("100.00", "TRY"));
            StoredCreditDocument stored =
                    engine.creditDocuments().find(companyId, credit.id()).orElseThrow();
            assertThat(stored.document().unapplied()).isEqualTo(money("50.00", "TRY"));
            assertThat(stored.document()).isEqualTo(application.credit());
            StoredInvoice paid = engine.invoices().find(companyId, nearlyPaid.id()).orElseThrow();
            assertThat(paid.invoice()).isEqualTo(application.invoice());
            assertThat(paid.invoice().status()).isEqualTo(InvoiceStatus.PAID);
            assertThat(paid.closedOn()).contains(TODAY);
            assertThat(engine.creditDocuments().withRemainingCredit(companyId, customer.id()))
                    .containsExactly(stored);
        }

        @Test
        void duplicateCreditNumberRejected() {
            engine.creditDocuments()
                    .record(creditNote(customer, "CN-1", "INV-1", "10.00"), Optional.empty());

            assertThatThrownBy(
                            () ->
                                    engine.creditDocuments()
                                            .record(
                                                    creditNote(customer, "CN-1", "INV-1", "20.00"),
                                                    Optional.empty()))
                    .isInstanceOf(DuplicateNumberException.class)
                    .hasMessageContaining("receivable credit note: CN-1");
        }
    }

    private long eventCount() {
        return stores.events().readAfter(companyId.value(), 0, 1000).items().size();
    }
}
