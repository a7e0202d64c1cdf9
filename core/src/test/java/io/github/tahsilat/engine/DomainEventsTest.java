package io.github.tahsilat.engine;

import static io.github.tahsilat.engine.EngineFixtures.CONTEXT;
import static io.github.tahsilat.engine.EngineFixtures.TODAY;
import static io.github.tahsilat.engine.EngineFixtures.company;
import static io.github.tahsilat.engine.EngineFixtures.engine;
import static io.github.tahsilat.engine.EngineFixtures.firm;
import static io.github.tahsilat.engine.EngineFixtures.line;
import static io.github.tahsilat.engine.EngineFixtures.money;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.instrument.InstrumentId;
import io.github.tahsilat.instrument.InstrumentKind;
import io.github.tahsilat.invoice.CreditDocument;
import io.github.tahsilat.invoice.CreditDocumentKind;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceReference;
import io.github.tahsilat.payment.Payment;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.record.EventRecord;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.service.EventTypes;
import io.github.tahsilat.service.account.RefundRequest;
import io.github.tahsilat.service.account.SetOffRequest;
import io.github.tahsilat.service.instrument.InstrumentReceipt;
import io.github.tahsilat.service.instrument.InstrumentRequest;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.service.payment.PaymentReceipt;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The domain events that payments, credit, instruments, refunds and set-offs append. */
class DomainEventsTest {

    private final CompanyId companyId = CompanyId.random();
    private Stores stores;
    private Tahsilat engine;
    private Counterparty partner;

    @BeforeEach
    void registerPartner() {
        stores = InMemoryStores.create();
        engine = engine(stores);
        engine.companies().register(company(companyId));
        partner = firm(companyId);
        engine.counterparties().register(partner);
    }

    private static MonetaryAmount lira(String amount) {
        return money(amount, "TRY");
    }

    private Invoice issued(String number, Direction direction, String amount) {
        Invoice invoice =
                Invoice.builder()
                        .companyId(companyId)
                        .counterpartyId(partner.id())
                        .number(number)
                        .direction(direction)
                        .issueDate(TODAY.minusDays(20))
                        .currency("TRY")
                        .terms(PaymentTermsNotation.parse("NET 30"))
                        .line(line("1", amount, "0"))
                        .build(CONTEXT);
        engine.invoices().issue(InvoiceRequest.of(invoice));
        return invoice;
    }

    private CreditDocument creditNote(String number, String amount) {
        CreditDocument note =
                CreditDocument.builder()
                        .kind(CreditDocumentKind.CREDIT_NOTE)
                        .number(number)
                        .companyId(companyId)
                        .counterpartyId(partner.id())
                        .direction(Direction.RECEIVABLE)
                        .issueDate(TODAY)
                        .reference(InvoiceReference.toNumber("S-1"))
                        .currency("TRY")
                        .line(line("1", amount, "0"))
                        .build(CONTEXT);
        engine.creditDocuments().record(note, Optional.empty());
        return note;
    }

    private PaymentReceipt pay(String amount) {
        return engine.payments()
                .record(
                        Payment.builder()
                                .companyId(companyId)
                                .counterpartyId(partner.id())
                                .valueDate(TODAY)
                                .amount(lira(amount))
                                .actor("clerk-7")
                                .build(),
                        List.of(),
                        AllocationPolicy.defaults());
    }

    private InstrumentReceipt receiveCheque(InstrumentId id, String amount) {
        return engine.instruments()
                .receive(
                        new InstrumentRequest(
                                id,
                                companyId,
                                partner.id(),
                                InstrumentKind.CHEQUE,
                                "C-" + id.value().toString().substring(0, 8),
                                "drawer",
                                TODAY,
                                TODAY.plusDays(30),
                                lira(amount)),
                        List.of(),
                        AllocationPolicy.defaults());
    }

    private List<EventRecord> events(String type) {
        return stores.events().readAfter(companyId.value(), 0, 1000).items().stream()
                .filter(event -> event.type().equals(type))
                .toList();
    }

    @Nested
    class CreditCreated {

        @Test
        void paymentExcessNamesPayment() {
            issued("S-1", Direction.RECEIVABLE, "100.00");

            PaymentReceipt receipt = pay("130.00");

            List<EventRecord> created = events(EventTypes.CREDIT_CREATED);
            assertThat(created).hasSize(1);
            assertThat(created.get(0).payload())
                    .containsEntry("source", "PAYMENT")
                    .containsEntry("sourceId", receipt.payment().id().toString())
                    .containsEntry("amount", "30.00");
        }

        @Test
        void creditNoteNamesDocument() {
            CreditDocument note = creditNote("CN-1", "50.00");

            List<EventRecord> created = events(EventTypes.CREDIT_CREATED);
            assertThat(created).hasSize(1);
            assertThat(created.get(0).payload())
                    .containsEntry("source", "CREDIT_DOCUMENT")
                    .containsEntry("sourceId", note.id().toString())
                    .containsEntry("currency", "TRY")
                    .containsEntry("amount", "50.00");
        }

        @Test
        void chequeExcessNamesInstrument() {
            issued("S-1", Direction.RECEIVABLE, "100.00");
            InstrumentId id = InstrumentId.random();

            receiveCheque(id, "120.00");

            List<EventRecord> created = events(EventTypes.CREDIT_CREATED);
            assertThat(created).hasSize(1);
            assertThat(created.get(0).payload())
                    .containsEntry("source", "INSTRUMENT")
                    .containsEntry("sourceId", id.toString())
                    .containsEntry("amount", "20.00");
        }

        @Test
        void chequeWithoutExcessCreatesNone() {
            issued("S-1", Direction.RECEIVABLE, "100.00");

            receiveCheque(InstrumentId.random(), "100.00");

            assertThat(events(EventTypes.CREDIT_CREATED)).isEmpty();
        }
    }

    @Nested
    class InvoicePaidByCredit {

        @Test
        void closingCreditAppendsPaid() {
            Invoice invoice = issued("S-1", Direction.RECEIVABLE, "100.00");
            CreditDocument note = creditNote("CN-1", "120.00");

            engine.creditDocuments().apply(companyId, note.id(), invoice.id());

            List<EventRecord> paid = events(EventTypes.INVOICE_PAID);
            assertThat(paid).hasSize(1);
            assertThat(paid.get(0).payload())
                    .containsEntry("invoiceId", invoice.id().toString())
                    .containsEntry("number", "S-1")
                    .containsEntry("creditDocumentId", note.id().toString());
        }

        @Test
        void partialCreditAppendsNone() {
            Invoice invoice = issued("S-1", Direction.RECEIVABLE, "100.00");
            CreditDocument note = creditNote("CN-1", "60.00");

            engine.creditDocuments().apply(companyId, note.id(), invoice.id());

            assertThat(events(EventTypes.INVOICE_PAID)).isEmpty();
            assertThat(events(EventTypes.CREDIT_APPLIED)).hasSize(1);
        }
    }

    @Nested
    class Lifecycle {

        @Test
        void everyOperationAppendsItsEvent() {
            Invoice receivable = issued("S-1", Direction.RECEIVABLE, "1000.00");
            Invoice payable = issued("P-1", Direction.PAYABLE, "400.00");
            PaymentReceipt reversed = pay("50.00");
            engine.payments().reverse(companyId, reversed.payment().id(), TODAY, "bank return");
            InstrumentId cleared = InstrumentId.random();
            receiveCheque(cleared, "100.00");
            engine.instruments().clear(companyId, cleared, TODAY.plusDays(30));
            InstrumentId bounced = InstrumentId.random();
            receiveCheque(bounced, "100.00");
            engine.instruments()
                    .bounce(companyId, bounced, TODAY.plusDays(30), lira("0.00"), lira("0.00"));
            InstrumentId endorsed = InstrumentId.random();
            receiveCheque(endorsed, "100.00");
            Counterparty supplier = firm(companyId);
            engine.counterparties().register(supplier);
            engine.instruments().endorse(companyId, endorsed, supplier.id(), TODAY.plusDays(1));
            engine.accounts()
                    .setOff(
                            new SetOffRequest(
                                    UUID.randomUUID(),
                                    companyId,
                                    partner.id(),
                                    receivable.id(),
                                    payable.id(),
                                    lira("400.00"),
                                    TODAY,
                                    "netting"));
            pay("450.00");
            creditNote("CN-1", "40.00");
            engine.accounts()
                    .refund(
                            new RefundRequest(
                                    UUID.randomUUID(),
                                    companyId,
                                    partner.id(),
                                    TODAY,
                                    lira("40.00"),
                                    "credit note paid back"));

            List<String> types =
                    stores.events().readAfter(companyId.value(), 0, 1000).items().stream()
                            .map(EventRecord::type)
                            .toList();
            assertThat(types)
                    .contains(
                            EventTypes.PAYMENT_RECORDED,
                            EventTypes.PAYMENT_ALLOCATED,
                            EventTypes.PAYMENT_REVERSED,
                            EventTypes.INSTRUMENT_RECEIVED,
                            EventTypes.INSTRUMENT_CLEARED,
                            EventTypes.INSTRUMENT_BOUNCED,
                            EventTypes.INSTRUMENT_ENDORSED,
                            EventTypes.INVOICE_PAID,
                            EventTypes.CREDIT_CREATED,
                            EventTypes.CREDIT_REFUNDED,
                            EventTypes.SET_OFF_RECORDED);
        }
    }
}
