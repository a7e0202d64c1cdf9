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
import io.github.tahsilat.instrument.InstrumentId;
import io.github.tahsilat.instrument.InstrumentKind;
import io.github.tahsilat.invoice.CreditDocument;
import io.github.tahsilat.invoice.CreditDocumentKind;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.invoice.InvoiceReference;
import io.github.tahsilat.invoice.InvoiceStatus;
import io.github.tahsilat.ledger.CreditSourceKind;
import io.github.tahsilat.payment.Payment;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.record.EventRecord;
import io.github.tahsilat.persistence.spi.record.LedgerEntryKind;
import io.github.tahsilat.persistence.spi.record.LedgerEntryRecord;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.service.AlreadyExistsException;
import io.github.tahsilat.service.account.CreditSetOffRequest;
import io.github.tahsilat.service.account.RefundReceipt;
import io.github.tahsilat.service.account.RefundRequest;
import io.github.tahsilat.service.account.RefundedCredit;
import io.github.tahsilat.service.account.SetOffReceipt;
import io.github.tahsilat.service.instrument.InstrumentRequest;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.service.payment.PaymentReceipt;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccountServiceTest {

    private static final CurrencyUnit TRY = Monetary.getCurrency("TRY");

    private final CompanyId companyId = CompanyId.random();
    private Stores stores;
    private Tahsilat engine;
    private Counterparty customer;

    @BeforeEach
    void issueInvoice() {
        stores = InMemoryStores.create();
        engine = engine(stores);
        engine.companies().register(company(companyId));
        customer = person(companyId);
        engine.counterparties().register(customer);
        engine.invoices()
                .issue(
                        InvoiceRequest.of(
                                Invoice.builder()
                                        .companyId(companyId)
                                        .counterpartyId(customer.id())
                                        .number("INV-1")
                                        .direction(Direction.RECEIVABLE)
                                        .issueDate(TODAY.minusDays(30))
                                        .currency("TRY")
                                        .terms(PaymentTermsNotation.parse("NET 10"))
                                        .line(line("1", "60.00", "0"))
                                        .build(CONTEXT)));
    }

    private static MonetaryAmount lira(String amount) {
        return money(amount, "TRY");
    }

    private PaymentReceipt pay(String amount, LocalDate valueDate) {
        return engine.payments()
                .record(
                        Payment.builder()
                                .companyId(companyId)
                                .counterpartyId(customer.id())
                                .valueDate(valueDate)
                                .amount(lira(amount))
                                .actor("clerk-7")
                                .build(),
                        List.of(),
                        AllocationPolicy.defaults());
    }

    private RefundRequest refund(UUID id, String amount) {
        return new RefundRequest(id, companyId, customer.id(), TODAY, lira(amount), "overpaid");
    }

    private MonetaryAmount balance() {
        return engine.payments().balance(companyId, customer.id(), TRY, TODAY, NOW);
    }

    private List<EventRecord> events(String type) {
        return stores.events().readAfter(companyId.value(), 0, 1000).items().stream()
                .filter(event -> event.type().equals(type))
                .toList();
    }

    @Nested
    class Refunds {

        @Test
        void refundPaysCreditBack() {
            pay("100.00", TODAY);

            RefundReceipt receipt = engine.accounts().refund(refund(UUID.randomUUID(), "30.00"));

            assertThat(receipt.creditLeft()).isEqualTo(lira("10.00"));
            assertThat(engine.accounts().unappliedCredit(companyId, customer.id(), TRY))
                    .isEqualTo(lira("10.00"));
            assertThat(balance()).isEqualTo(lira("-10.00"));
            assertThat(events("CreditRefunded")).hasSize(1);
            assertThat(events("CreditRefunded").get(0).payload()).containsEntry("amount", "30.00");
        }

        @Test
        void refundUsesOldestCreditFirst() {
            PaymentReceipt older = pay("100.00", TODAY.minusDays(5));
            PaymentReceipt newer = pay("20.00", TODAY);

            engine.accounts().refund(refund(UUID.randomUUID(), "50.00"));

            assertThat(
                            engine.payments()
                                    .find(companyId, older.payment().id())
                                    .orElseThrow()
                                    .unapplied())
                    .isEqualTo(lira("0.00"));
            assertThat(
                            engine.payments()
                                    .find(companyId, newer.payment().id())
                                    .orElseThrow()
                                    .unapplied())
                    .isEqualTo(lira("10.00"));
            assertThat(balance()).isEqualTo(lira("-10.00"));
        }

        @Test
        void refundAboveCreditRejected() {
            pay("100.00", TODAY);

            assertThatThrownBy(() -> engine.accounts().refund(refund(UUID.randomUUID(), "40.01")))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("40.01")
                    .hasMessageContaining("40.00");
            assertThat(balance()).isEqualTo(lira("-40.00"));
            assertThat(events("CreditRefunded")).isEmpty();
        }

        @Test
        void repeatedRefundWritesNothing() {
            pay("100.00", TODAY);
            UUID id = UUID.randomUUID();
            engine.accounts().refund(refund(id, "30.00"));

            RefundReceipt again = engine.accounts().refund(refund(id, "30.00"));

            assertThat(again.repeated()).isTrue();
            assertThat(again.creditLeft()).isEqualTo(lira("10.00"));
            assertThat(balance()).isEqualTo(lira("-10.00"));
            assertThat(events("CreditRefunded")).hasSize(1);
        }

        @Test
        void reusedIdWithOtherAmountRejected() {
            pay("100.00", TODAY);
            UUID id = UUID.randomUUID();
            engine.accounts().refund(refund(id, "30.00"));

            assertThatThrownBy(() -> engine.accounts().refund(refund(id, "20.00")))
                    .isInstanceOf(AlreadyExistsException.class);
            assertThat(balance()).isEqualTo(lira("-10.00"));
        }

        @Test
        void reversalAfterRefundOwesRefundBack() {
            PaymentReceipt receipt = pay("100.00", TODAY);
            engine.accounts().refund(refund(UUID.randomUUID(), "40.00"));

            engine.payments().reverse(companyId, receipt.payment().id(), TODAY, "bank return");

            assertThat(balance()).isEqualTo(lira("100.00"));
            assertThat(engine.accounts().unappliedCredit(companyId, customer.id(), TRY))
                    .isEqualTo(lira("0.00"));
        }
    }

    @Nested
    class InstrumentCreditRefunds {

        /** Receives a cheque of {@code amount} TRY allocated oldest first, maturing today. */
        private InstrumentId receiveCheque(String serial, String amount, LocalDate received) {
            InstrumentRequest request =
                    new InstrumentRequest(
                            InstrumentId.random(),
                            companyId,
                            customer.id(),
                            InstrumentKind.CHEQUE,
                            serial,
                            "Akbank Kadıköy",
                            received,
                            TODAY,
                            lira(amount));
            engine.instruments().receive(request, List.of(), AllocationPolicy.defaults());
            return request.id();
        }

        private MonetaryAmount chequeCredit(InstrumentId id) {
            return engine.instruments().find(companyId, id).orElseThrow().unapplied();
        }

        private MonetaryAmount credit() {
            return engine.accounts().unappliedCredit(companyId, customer.id(), TRY);
        }

        @Test
        void clearingLeavesExcessAsCredit() {
            InstrumentId cheque = receiveCheque("C-1", "100.00", TODAY.minusDays(5));

            assertThat(credit()).isEqualTo(lira("0.00"));
            assertThat(chequeCredit(cheque)).isEqualTo(lira("0.00"));

            engine.instruments().clear(companyId, cheque, TODAY);

            assertThat(chequeCredit(cheque)).isEqualTo(lira("40.00"));
            assertThat(credit()).isEqualTo(lira("40.00"));
            assertThat(balance()).isEqualTo(lira("-40.00"));
            assertThat(events("InstrumentCleared").get(0).payload())
                    .containsEntry("unapplied", "40.00");
        }

        @Test
        void unclearedChequeCreditNotRefunded() {
            receiveCheque("C-1", "100.00", TODAY.minusDays(5));

            assertThatThrownBy(() -> engine.accounts().refund(refund(UUID.randomUUID(), "10.00")))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("10.00")
                    .hasMessageContaining("cleared instruments");
            assertThat(events("CreditRefunded")).isEmpty();
        }

        @Test
        void clearedChequeCreditRefunded() {
            InstrumentId cheque = receiveCheque("C-1", "100.00", TODAY.minusDays(5));
            engine.instruments().clear(companyId, cheque, TODAY);

            RefundReceipt receipt = engine.accounts().refund(refund(UUID.randomUUID(), "25.00"));

            assertThat(receipt.sources())
                    .containsExactly(
                            new RefundedCredit(
                                    cheque.value(), CreditSourceKind.INSTRUMENT, lira("25.00")));
            assertThat(receipt.creditLeft()).isEqualTo(lira("15.00"));
            assertThat(chequeCredit(cheque)).isEqualTo(lira("15.00"));
            assertThat(credit()).isEqualTo(lira("15.00"));
            assertThat(balance()).isEqualTo(lira("-15.00"));
            assertThat(events("CreditRefunded").get(0).payload())
                    .containsEntry("amount", "25.00")
                    .containsEntry("fromPayments", "0.00")
                    .containsEntry("fromCreditDocuments", "0.00")
                    .containsEntry("fromInstruments", "25.00");
        }

        @ParameterizedTest
        @CsvSource({
            // cheque day, refund, first kind, first part, second kind, second part, cheque left
            "-12, 50.00, INSTRUMENT, 40.00, PAYMENT,    10.00,  0.00",
            "-3,  50.00, PAYMENT,    30.00, INSTRUMENT, 20.00, 20.00",
            "-10, 50.00, PAYMENT,    30.00, INSTRUMENT, 20.00, 20.00",
        })
        void oldestCreditRefundedFirst(
                int chequeDay,
                String refunded,
                CreditSourceKind firstKind,
                String firstPart,
                CreditSourceKind secondKind,
                String secondPart,
                String chequeLeft) {
            pay("90.00", TODAY.minusDays(10));
            InstrumentId cheque = receiveCheque("C-1", "40.00", TODAY.plusDays(chequeDay));
            engine.instruments().clear(companyId, cheque, TODAY);

            RefundReceipt receipt = engine.accounts().refund(refund(UUID.randomUUID(), refunded));

            assertThat(receipt.sources()).hasSize(2);
            assertThat(receipt.sources().get(0).kind()).isEqualTo(firstKind);
            assertThat(receipt.sources().get(0).amount()).isEqualTo(lira(firstPart));
            assertThat(receipt.sources().get(1).kind()).isEqualTo(secondKind);
            assertThat(receipt.sources().get(1).amount()).isEqualTo(lira(secondPart));
            assertThat(chequeCredit(cheque)).isEqualTo(lira(chequeLeft));
            assertThat(receipt.creditLeft()).isEqualTo(lira("20.00"));
            assertThat(credit()).isEqualTo(lira("20.00"));
            assertThat(balance()).isEqualTo(lira("-20.00"));
        }

        @Test
        void chequeCreditSetOffAgainstInvoice() {
            InstrumentId cheque = receiveCheque("C-1", "100.00", TODAY.minusDays(5));
            engine.instruments().clear(companyId, cheque, TODAY);
            Invoice second =
                    Invoice.builder()
                            .companyId(companyId)
                            .counterpartyId(customer.id())
                            .number("INV-2")
                            .direction(Direction.RECEIVABLE)
                            .issueDate(TODAY.minusDays(1))
                            .currency("TRY")
                            .terms(PaymentTermsNotation.parse("NET 10"))
                            .line(line("1", "25.00", "0"))
                            .build(CONTEXT);
            engine.invoices().issue(InvoiceRequest.of(second));

            SetOffReceipt receipt =
                    engine.accounts()
                            .setOff(
                                    new CreditSetOffRequest(
                                            UUID.randomUUID(),
                                            companyId,
                                            customer.id(),
                                            second.id(),
                                            lira("25.00"),
                                            TODAY,
                                            "set-off"));

            assertThat(receipt.sources())
                    .containsExactly(
                            new RefundedCredit(
                                    cheque.value(), CreditSourceKind.INSTRUMENT, lira("25.00")));
            assertThat(receipt.receivable().get(0).principal()).isEqualTo(lira("25.00"));
            assertThat(
                            engine.invoices()
                                    .find(companyId, second.id())
                                    .orElseThrow()
                                    .invoice()
                                    .status())
                    .isEqualTo(InvoiceStatus.PAID);
            assertThat(chequeCredit(cheque)).isEqualTo(lira("15.00"));
            assertThat(credit()).isEqualTo(lira("15.00"));
            assertThat(balance()).isEqualTo(lira("-15.00"));
            assertThat(events("SetOffRecorded").get(0).payload())
                    .containsEntry("fromInstruments", "25.00")
                    .containsEntry("fromPayments", "0.00");
        }
    }

    @Nested
    class DocumentCreditRefunds {

        /** Records a receivable credit note of {@code amount} TRY at 0 % VAT against INV-1. */
        private CreditDocument creditNote(String number, String amount, LocalDate issued) {
            CreditDocument note =
                    CreditDocument.builder()
                            .kind(CreditDocumentKind.CREDIT_NOTE)
                            .number(number)
                            .companyId(companyId)
                            .counterpartyId(customer.id())
                            .direction(Direction.RECEIVABLE)
                            .issueDate(issued)
                            .reference(InvoiceReference.toNumber("INV-1"))
                            .currency("TRY")
                            .line(line("1", amount, "0"))
                            .build(CONTEXT);
            engine.creditDocuments().record(note, Optional.empty());
            return note;
        }

        private MonetaryAmount documentCredit(CreditDocument note) {
            return engine.creditDocuments()
                    .find(companyId, note.id())
                    .orElseThrow()
                    .document()
                    .unapplied();
        }

        private MonetaryAmount paymentCredit(PaymentReceipt receipt) {
            return engine.payments()
                    .find(companyId, receipt.payment().id())
                    .orElseThrow()
                    .unapplied();
        }

        @Test
        void creditNoteRestRefunded() {
            CreditDocument note = creditNote("CN-1", "100.00", TODAY.minusDays(2));
            engine.creditDocuments().apply(companyId, note.id(), invoiceId());

            RefundReceipt receipt = engine.accounts().refund(refund(UUID.randomUUID(), "40.00"));

            assertThat(receipt.creditLeft()).isEqualTo(lira("0.00"));
            assertThat(receipt.sources())
                    .containsExactly(
                            new RefundedCredit(
                                    note.id().value(),
                                    CreditSourceKind.CREDIT_DOCUMENT,
                                    lira("40.00")));
            assertThat(documentCredit(note)).isEqualTo(lira("0.00"));
            assertThat(balance()).isEqualTo(lira("0.00"));
            assertThat(events("CreditRefunded").get(0).payload())
                    .containsEntry("amount", "40.00")
                    .containsEntry("fromPayments", "0.00")
                    .containsEntry("fromCreditDocuments", "40.00");
        }

        @ParameterizedTest
        @CsvSource({
            // payment day, note day, refund, from payment, from note, payment left, note left
            "-5, -10, 70.00, 20.00, 50.00, 20.00,  0.00",
            "-10, -5, 70.00, 40.00, 30.00,  0.00, 20.00",
            "-5,  -5, 70.00, 40.00, 30.00,  0.00, 20.00",
            "-5, -10, 30.00,  0.00, 30.00, 40.00, 20.00",
            "-5, -10, 90.00, 40.00, 50.00,  0.00,  0.00",
        })
        void oldestCreditRefundedFirst(
                int paymentDay,
                int noteDay,
                String refunded,
                String fromPayment,
                String fromNote,
                String paymentLeft,
                String noteLeft) {
            PaymentReceipt payment = pay("100.00", TODAY.plusDays(paymentDay));
            CreditDocument note = creditNote("CN-1", "50.00", TODAY.plusDays(noteDay));

            RefundReceipt receipt = engine.accounts().refund(refund(UUID.randomUUID(), refunded));

            assertThat(paymentCredit(payment)).isEqualTo(lira(paymentLeft));
            assertThat(documentCredit(note)).isEqualTo(lira(noteLeft));
            assertThat(receipt.creditLeft()).isEqualTo(lira(paymentLeft).add(lira(noteLeft)));
            assertThat(engine.accounts().unappliedCredit(companyId, customer.id(), TRY))
                    .isEqualTo(lira(paymentLeft).add(lira(noteLeft)));
            assertThat(balance()).isEqualTo(lira(paymentLeft).add(lira(noteLeft)).negate());
            assertThat(events("CreditRefunded").get(0).payload())
                    .containsEntry("fromPayments", fromPayment)
                    .containsEntry("fromCreditDocuments", fromNote);
            assertThat(receipt.sources().stream().map(RefundedCredit::amount))
                    .allMatch(MonetaryAmount::isPositive);
        }

        @Test
        void refundAboveBothRejected() {
            pay("100.00", TODAY);
            CreditDocument note = creditNote("CN-1", "50.00", TODAY);

            assertThatThrownBy(() -> engine.accounts().refund(refund(UUID.randomUUID(), "90.01")))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("90.01")
                    .hasMessageContaining("90.00");
            assertThat(documentCredit(note)).isEqualTo(lira("50.00"));
            assertThat(balance()).isEqualTo(lira("-90.00"));
            assertThat(events("CreditRefunded")).isEmpty();
        }

        @Test
        void payableCreditNotRefunded() {
            CreditDocument supplierNote =
                    CreditDocument.builder()
                            .kind(CreditDocumentKind.CREDIT_NOTE)
                            .number("SCN-1")
                            .companyId(companyId)
                            .counterpartyId(customer.id())
                            .direction(Direction.PAYABLE)
                            .issueDate(TODAY)
                            .reference(InvoiceReference.toNumber("SUP-1"))
                            .currency("TRY")
                            .line(line("1", "50.00", "0"))
                            .build(CONTEXT);
            engine.creditDocuments().record(supplierNote, Optional.empty());

            assertThat(engine.accounts().unappliedCredit(companyId, customer.id(), TRY))
                    .isEqualTo(lira("0.00"));
            assertThatThrownBy(() -> engine.accounts().refund(refund(UUID.randomUUID(), "1.00")))
                    .isInstanceOf(InvalidInputException.class);
        }

        @Test
        void refundEntryNamesActor() {
            creditNote("CN-1", "50.00", TODAY);
            UUID id = UUID.randomUUID();

            engine.accounts().refund(refund(id, "50.00"));

            List<LedgerEntryRecord> entries = stores.ledger().findByDocument(companyId.value(), id);
            assertThat(entries).hasSize(1);
            assertThat(entries.get(0).kind()).isEqualTo(LedgerEntryKind.REFUND);
            assertThat(entries.get(0).balanceEffect()).isEqualByComparingTo("50.00");
            assertThat(entries.get(0).actor().id()).isNotBlank();
        }

        @Test
        void repeatedDocumentRefundWritesNothing() {
            CreditDocument note = creditNote("CN-1", "50.00", TODAY);
            UUID id = UUID.randomUUID();
            engine.accounts().refund(refund(id, "30.00"));

            RefundReceipt again = engine.accounts().refund(refund(id, "30.00"));

            assertThat(again.repeated()).isTrue();
            assertThat(again.sources()).isEmpty();
            assertThat(again.creditLeft()).isEqualTo(lira("20.00"));
            assertThat(documentCredit(note)).isEqualTo(lira("20.00"));
            assertThat(events("CreditRefunded")).hasSize(1);
        }

        private InvoiceId invoiceId() {
            return engine.invoices()
                    .findByNumber(companyId, Direction.RECEIVABLE, "INV-1")
                    .orElseThrow()
                    .invoice()
                    .id();
        }
    }
}
