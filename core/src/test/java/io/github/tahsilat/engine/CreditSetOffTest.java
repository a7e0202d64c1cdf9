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
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.invoice.CreditDocument;
import io.github.tahsilat.invoice.CreditDocumentKind;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceReference;
import io.github.tahsilat.invoice.InvoiceStatus;
import io.github.tahsilat.payment.Payment;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.record.EventRecord;
import io.github.tahsilat.persistence.spi.record.LedgerEntryKind;
import io.github.tahsilat.persistence.spi.record.LedgerEntryRecord;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.service.account.CreditSetOffRequest;
import io.github.tahsilat.service.account.SetOffReceipt;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.service.payment.PaymentReceipt;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Set-off of a receivable against the customer's credit from payments and credit documents. */
class CreditSetOffTest {

    private static final CurrencyUnit TRY = Monetary.getCurrency("TRY");

    private final CompanyId companyId = CompanyId.random();
    private Stores stores;
    private Tahsilat engine;
    private Counterparty customer;
    private PaymentReceipt prepayment;
    private CreditDocument note;

    /** Records a prepayment of 40.00 from ten days ago and a credit note of 50.00 from today. */
    @BeforeEach
    void recordCredit() {
        stores = InMemoryStores.create();
        engine = engine(stores);
        engine.companies().register(company(companyId));
        customer = person(companyId);
        engine.counterparties().register(customer);
        prepayment =
                engine.payments()
                        .record(
                                Payment.builder()
                                        .companyId(companyId)
                                        .counterpartyId(customer.id())
                                        .valueDate(TODAY.minusDays(10))
                                        .amount(lira("40.00"))
                                        .actor("clerk-7")
                                        .build(),
                                List.of(),
                                AllocationPolicy.defaults());
        note =
                CreditDocument.builder()
                        .kind(CreditDocumentKind.CREDIT_NOTE)
                        .number("CN-1")
                        .companyId(companyId)
                        .counterpartyId(customer.id())
                        .direction(Direction.RECEIVABLE)
                        .issueDate(TODAY)
                        .reference(InvoiceReference.toNumber("S-0"))
                        .currency("TRY")
                        .line(line("1", "50.00", "0"))
                        .build(CONTEXT);
        engine.creditDocuments().record(note, Optional.empty());
    }

    private static MonetaryAmount lira(String amount) {
        return money(amount, "TRY");
    }

    private Invoice issued(String number, Direction direction, String amount) {
        Invoice invoice =
                Invoice.builder()
                        .companyId(companyId)
                        .counterpartyId(customer.id())
                        .number(number)
                        .direction(direction)
                        .issueDate(TODAY.minusDays(5))
                        .currency("TRY")
                        .terms(PaymentTermsNotation.parse("NET 30"))
                        .line(line("1", amount, "0"))
                        .build(CONTEXT);
        engine.invoices().issue(InvoiceRequest.of(invoice));
        return invoice;
    }

    private CreditSetOffRequest request(UUID id, Invoice invoice, String amount) {
        return new CreditSetOffRequest(
                id, companyId, customer.id(), invoice.id(), lira(amount), TODAY, "netted");
    }

    private Invoice stored(Invoice invoice) {
        return engine.invoices().find(companyId, invoice.id()).orElseThrow().invoice();
    }

    private MonetaryAmount paymentCredit() {
        return engine.payments()
                .find(companyId, prepayment.payment().id())
                .orElseThrow()
                .unapplied();
    }

    private MonetaryAmount noteCredit() {
        return engine.creditDocuments()
                .find(companyId, note.id())
                .orElseThrow()
                .document()
                .unapplied();
    }

    private MonetaryAmount balance() {
        return engine.payments().balance(companyId, customer.id(), TRY, TODAY, NOW);
    }

    private List<EventRecord> events(String type) {
        return stores.events().readAfter(companyId.value(), 0, 1000).items().stream()
                .filter(event -> event.type().equals(type))
                .toList();
    }

    @Test
    void oldestCreditSetOffFirst() {
        Invoice invoice = issued("S-1", Direction.RECEIVABLE, "100.00");
        assertThat(balance()).isEqualTo(lira("10.00"));

        SetOffReceipt receipt =
                engine.accounts().setOff(request(UUID.randomUUID(), invoice, "70.00"));

        assertThat(receipt.receivable()).hasSize(1);
        assertThat(receipt.receivable().get(0).principal()).isEqualTo(lira("70.00"));
        assertThat(stored(invoice).outstanding()).isEqualTo(lira("30.00"));
        assertThat(paymentCredit()).isEqualTo(lira("0.00"));
        assertThat(noteCredit()).isEqualTo(lira("20.00"));
        assertThat(engine.accounts().unappliedCredit(companyId, customer.id(), TRY))
                .isEqualTo(lira("20.00"));
        assertThat(balance()).isEqualTo(lira("10.00"));
        assertThat(events("SetOffRecorded").get(0).payload())
                .containsEntry("amount", "70.00")
                .containsEntry("fromPayments", "40.00")
                .containsEntry("fromCreditDocuments", "30.00");
    }

    @Test
    void setOffEntriesKeepBalance() {
        Invoice invoice = issued("S-1", Direction.RECEIVABLE, "100.00");
        UUID id = UUID.randomUUID();

        engine.accounts().setOff(request(id, invoice, "70.00"));

        List<LedgerEntryRecord> entries = stores.ledger().findByDocument(companyId.value(), id);
        assertThat(entries)
                .extracting(LedgerEntryRecord::kind)
                .containsExactly(LedgerEntryKind.ALLOCATION, LedgerEntryKind.SET_OFF);
        assertThat(entries.get(0).amount()).isEqualByComparingTo("70.00");
        assertThat(entries.get(0).component()).contains("PRINCIPAL");
        assertThat(entries.get(1).balanceEffect()).isEqualByComparingTo("0");
        assertThat(entries.get(1).note()).isEqualTo("netted");
    }

    @Test
    void closingSetOffMarksPaid() {
        Invoice invoice = issued("S-1", Direction.RECEIVABLE, "90.00");

        engine.accounts().setOff(request(UUID.randomUUID(), invoice, "90.00"));

        assertThat(stored(invoice).status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(events("InvoicePaid")).hasSize(1);
        assertThat(balance()).isEqualTo(lira("0.00"));
    }

    @Test
    void aboveCreditRejected() {
        Invoice invoice = issued("S-1", Direction.RECEIVABLE, "100.00");

        assertThatThrownBy(
                        () ->
                                engine.accounts()
                                        .setOff(request(UUID.randomUUID(), invoice, "95.00")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("95.00")
                .hasMessageContaining("90.00");
        assertThat(stored(invoice).outstanding()).isEqualTo(lira("100.00"));
        assertThat(paymentCredit()).isEqualTo(lira("40.00"));
        assertThat(events("SetOffRecorded")).isEmpty();
    }

    @Test
    void aboveOpenRejected() {
        Invoice invoice = issued("S-1", Direction.RECEIVABLE, "60.00");

        assertThatThrownBy(
                        () ->
                                engine.accounts()
                                        .setOff(request(UUID.randomUUID(), invoice, "70.00")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("70.00")
                .hasMessageContaining("60.00");
        assertThat(noteCredit()).isEqualTo(lira("50.00"));
        assertThat(paymentCredit()).isEqualTo(lira("40.00"));
    }

    @Test
    void payableRejected() {
        Invoice payable = issued("P-1", Direction.PAYABLE, "60.00");

        assertThatThrownBy(
                        () ->
                                engine.accounts()
                                        .setOff(request(UUID.randomUUID(), payable, "10.00")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("P-1");
    }

    @Test
    void repeatedSetOffWritesNothing() {
        Invoice invoice = issued("S-1", Direction.RECEIVABLE, "100.00");
        UUID id = UUID.randomUUID();
        engine.accounts().setOff(request(id, invoice, "70.00"));

        SetOffReceipt again = engine.accounts().setOff(request(id, invoice, "70.00"));

        assertThat(again.repeated()).isTrue();
        assertThat(stored(invoice).outstanding()).isEqualTo(lira("30.00"));
        assertThat(noteCredit()).isEqualTo(lira("20.00"));
        assertThat(events("SetOffRecorded")).hasSize(1);
    }
}
