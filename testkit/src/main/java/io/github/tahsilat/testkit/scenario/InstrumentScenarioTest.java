package io.github.tahsilat.testkit.scenario;

import static io.github.tahsilat.testkit.scenario.EngineParties.CONTEXT;
import static io.github.tahsilat.testkit.scenario.EngineParties.NOW;
import static io.github.tahsilat.testkit.scenario.EngineParties.TODAY;
import static io.github.tahsilat.testkit.scenario.EngineParties.lira;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.allocation.Designation;
import io.github.tahsilat.allocation.ItemComponent;
import io.github.tahsilat.allocation.ItemSettlement;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.engine.Tahsilat;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.instrument.InstrumentId;
import io.github.tahsilat.instrument.InstrumentKind;
import io.github.tahsilat.instrument.InstrumentStateException;
import io.github.tahsilat.instrument.InstrumentStatus;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceStatus;
import io.github.tahsilat.payment.Payment;
import io.github.tahsilat.payment.PaymentId;
import io.github.tahsilat.persistence.spi.record.EventRecord;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.service.AlreadyExistsException;
import io.github.tahsilat.service.instrument.InstrumentReceipt;
import io.github.tahsilat.service.instrument.InstrumentRequest;
import io.github.tahsilat.service.instrument.StoredInstrument;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.service.payment.PaymentReceipt;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.util.List;
import java.util.UUID;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A scenario of a cheque of 1,200.00 TRY through the engine: its receipt, clearing, bounce,
 * endorsement and the steps to the bank and back. The customer owes INV-1 of 1,000.00 TRY and INV-2
 * of 500.00 TRY, issued 60 and 30 days ago. A backend extends this class with {@link #newStores()}
 * to run the scenario on its stores.
 *
 * <p>Each test registers a company of its own, so a backend may share one database between tests.
 */
public abstract class InstrumentScenarioTest {

    private final CompanyId companyId = CompanyId.random();
    private Stores stores;
    private Tahsilat engine;
    private Counterparty customer;
    private Invoice older;
    private Invoice newer;

    /** Creates the test; subclasses add only {@link #newStores()}. */
    protected InstrumentScenarioTest() {}

    /**
     * Returns stores of the backend under test that share one transaction runner. They may hold
     * data of earlier tests.
     */
    protected abstract Stores newStores();

    @BeforeEach
    void issueTwoInvoices() {
        stores = newStores();
        engine = EngineParties.engine(stores);
        EngineParties.registerCompany(engine, companyId);
        customer = EngineParties.registerPerson(engine, companyId);
        older = issued("INV-1", "1000.00", 60);
        newer = issued("INV-2", "500.00", 30);
    }

    private Invoice issued(String number, String amount, int daysAgo) {
        Invoice invoice =
                Invoice.builder()
                        .companyId(companyId)
                        .counterpartyId(customer.id())
                        .number(number)
                        .direction(Direction.RECEIVABLE)
                        .issueDate(TODAY.minusDays(daysAgo))
                        .currency("TRY")
                        .terms(PaymentTermsNotation.parse("NET 10"))
                        .line(EngineParties.line(amount))
                        .build(CONTEXT);
        engine.invoices().issue(InvoiceRequest.of(invoice));
        return invoice;
    }

    private InstrumentRequest cheque(InstrumentId id, String amount) {
        return new InstrumentRequest(
                id,
                companyId,
                customer.id(),
                InstrumentKind.CHEQUE,
                "ÇEK-0042",
                "Ayşe Yılmaz, Ziraat Bankası Kadıköy",
                TODAY,
                TODAY.plusDays(60),
                lira(amount));
    }

    private InstrumentReceipt receive(InstrumentId id, String amount) {
        return engine.instruments()
                .receive(cheque(id, amount), List.of(), AllocationPolicy.defaults());
    }

    private StoredInstrument bounce(InstrumentId id, String paid, String fee) {
        return engine.instruments()
                .bounce(companyId, id, TODAY.plusDays(60), lira(paid), lira(fee));
    }

    private Invoice stored(Invoice invoice) {
        return engine.invoices().find(companyId, invoice.id()).orElseThrow().invoice();
    }

    private MonetaryAmount balance() {
        return engine.payments()
                .balance(
                        companyId,
                        customer.id(),
                        Monetary.getCurrency("TRY"),
                        TODAY.plusYears(1),
                        NOW);
    }

    private List<EventRecord> events(String type) {
        return stores.events().readAfter(companyId.value(), 0, 1000).items().stream()
                .filter(event -> event.type().equals(type))
                .toList();
    }

    private int eventCount() {
        return stores.events().readAfter(companyId.value(), 0, 1000).items().size();
    }

    @Nested
    class Receipt {

        @Test
        void receiptCreditsAccountAtOnce() {
            InstrumentReceipt receipt = receive(InstrumentId.random(), "1200.00");

            assertThat(balance()).isEqualTo(lira("300.00"));
            assertThat(receipt.repeated()).isFalse();
            assertThat(receipt.instrument().status()).isEqualTo(InstrumentStatus.IN_PORTFOLIO);
            assertThat(events("InstrumentReceived")).hasSize(1);
        }

        @Test
        void receiptAllocatesOldestFirstProvisionally() {
            InstrumentReceipt receipt = receive(InstrumentId.random(), "1200.00");

            List<ItemSettlement> settlements = receipt.allocation().settlements();
            assertThat(settlements)
                    .extracting(ItemSettlement::invoiceId)
                    .containsExactly(older.id(), newer.id());
            assertThat(settlements.get(0).principal()).isEqualTo(lira("1000.00"));
            assertThat(settlements.get(1).principal()).isEqualTo(lira("200.00"));
            assertThat(receipt.allocation().unapplied()).isEqualTo(lira("0.00"));
        }

        @Test
        void coveredItemsStayUncollected() {
            receive(InstrumentId.random(), "1200.00");

            assertThat(stored(older).outstanding()).isEqualTo(lira("1000.00"));
            assertThat(stored(older).status()).isEqualTo(InvoiceStatus.OPEN);
            assertThat(stored(newer).outstanding()).isEqualTo(lira("500.00"));
        }

        @Test
        void paymentSkipsCoveredItems() {
            receive(InstrumentId.random(), "1200.00");

            PaymentReceipt receipt =
                    engine.payments()
                            .record(
                                    Payment.builder()
                                            .companyId(companyId)
                                            .counterpartyId(customer.id())
                                            .valueDate(TODAY)
                                            .amount(lira("350.00"))
                                            .actor("clerk-7")
                                            .build(),
                                    List.of(),
                                    AllocationPolicy.defaults());

            assertThat(receipt.allocation().settlements()).hasSize(1);
            assertThat(receipt.allocation().settlements().get(0).invoiceId()).isEqualTo(newer.id());
            assertThat(receipt.allocation().settlements().get(0).principal())
                    .isEqualTo(lira("300.00"));
            assertThat(receipt.allocation().unapplied()).isEqualTo(lira("50.00"));
            assertThat(balance()).isEqualTo(lira("-50.00"));
        }

        @Test
        void repeatedReceiptWritesNothing() {
            InstrumentId id = InstrumentId.random();
            receive(id, "1200.00");
            int before = eventCount();

            InstrumentReceipt again = receive(id, "1200.00");

            assertThat(again.repeated()).isTrue();
            assertThat(again.allocation().applied()).isEqualTo(lira("1200.00"));
            assertThat(eventCount()).isEqualTo(before);
            assertThat(balance()).isEqualTo(lira("300.00"));
        }

        @Test
        void reusedIdWithOtherContentRejected() {
            InstrumentId id = InstrumentId.random();
            receive(id, "1200.00");

            assertThatThrownBy(() -> receive(id, "1100.00"))
                    .isInstanceOf(AlreadyExistsException.class)
                    .hasMessageContaining(id.toString());
            assertThat(balance()).isEqualTo(lira("300.00"));
        }

        @Test
        void maturityBeforeReceiptRejected() {
            assertThatThrownBy(
                            () ->
                                    new InstrumentRequest(
                                            InstrumentId.random(),
                                            companyId,
                                            customer.id(),
                                            InstrumentKind.PROMISSORY_NOTE,
                                            "S-1",
                                            "Ayşe Yılmaz",
                                            TODAY,
                                            TODAY.minusDays(1),
                                            lira("10.00")))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("maturity");
        }

        @Test
        void designatedReceiptCoversNamedInvoice() {
            InstrumentReceipt receipt =
                    engine.instruments()
                            .receive(
                                    cheque(InstrumentId.random(), "500.00"),
                                    List.of(Designation.of(newer.id())),
                                    AllocationPolicy.defaults());

            assertThat(receipt.allocation().settlements()).hasSize(1);
            assertThat(receipt.allocation().settlements().get(0).invoiceId()).isEqualTo(newer.id());
        }
    }

    @Nested
    class Clearing {

        @Test
        void clearingSettlesCoveredItems() {
            InstrumentId id = InstrumentId.random();
            receive(id, "1200.00");

            StoredInstrument cleared =
                    engine.instruments().clear(companyId, id, TODAY.plusDays(60));

            assertThat(cleared.status()).isEqualTo(InstrumentStatus.CLEARED);
            assertThat(stored(older).status()).isEqualTo(InvoiceStatus.PAID);
            assertThat(stored(newer).outstanding()).isEqualTo(lira("300.00"));
            assertThat(balance()).isEqualTo(lira("300.00"));
            assertThat(events("InvoicePaid")).hasSize(1);
            assertThat(events("InstrumentCleared")).hasSize(1);
        }

        @Test
        void repeatedClearingChangesNothing() {
            InstrumentId id = InstrumentId.random();
            receive(id, "1200.00");
            StoredInstrument first = engine.instruments().clear(companyId, id, TODAY.plusDays(60));
            int before = eventCount();

            StoredInstrument again = engine.instruments().clear(companyId, id, TODAY.plusDays(61));

            assertThat(again).isEqualTo(first);
            assertThat(eventCount()).isEqualTo(before);
            assertThat(stored(newer).outstanding()).isEqualTo(lira("300.00"));
        }

        @Test
        void clearingSettlesCoveredCharges() {
            engine.charges()
                    .book(companyId, older.id(), ItemComponent.FEE, lira("20.00"), TODAY, "fee");
            InstrumentId id = InstrumentId.random();
            receive(id, "1200.00");

            engine.instruments().clear(companyId, id, TODAY.plusDays(60));

            assertThat(engine.charges().openCharges(companyId, older.id()).fee())
                    .isEqualTo(lira("0.00"));
            assertThat(stored(older).status()).isEqualTo(InvoiceStatus.PAID);
            assertThat(stored(newer).outstanding()).isEqualTo(lira("320.00"));
            assertThat(balance()).isEqualTo(lira("320.00"));
        }

        @Test
        void coveredChargeCannotBeWaived() {
            engine.charges()
                    .book(companyId, older.id(), ItemComponent.FEE, lira("20.00"), TODAY, "fee");
            receive(InstrumentId.random(), "1200.00");

            assertThatThrownBy(
                            () ->
                                    engine.charges()
                                            .waive(
                                                    companyId,
                                                    older.id(),
                                                    ItemComponent.FEE,
                                                    lira("20.00"),
                                                    TODAY,
                                                    "goodwill"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("uncleared cheque or note");
        }
    }

    @Nested
    class Bounce {

        // The rows of one table: paid on the bounce, fee charged, then the customer's balance,
        // the outstanding of INV-1 and INV-2 and the fee still open on INV-1.

        @Test
        void unpaidBounceMovesWholeAmountBack() {
            checkBounce("0.00", "0.00", "1500.00", "1000.00", "500.00", "0.00");
        }

        @Test
        void partlyPaidBounceMovesRestBack() {
            checkBounce("400.00", "25.00", "1125.00", "600.00", "500.00", "25.00");
        }

        @Test
        void bounceShortByOneKurusMovesItBack() {
            checkBounce("1199.99", "0.00", "300.01", "0.00", "300.01", "0.00");
        }

        private void checkBounce(
                String paid,
                String fee,
                String customerBalance,
                String olderOutstanding,
                String newerOutstanding,
                String feeOpen) {
            InstrumentId id = InstrumentId.random();
            receive(id, "1200.00");

            StoredInstrument bounced = bounce(id, paid, fee);

            assertThat(bounced.status()).isEqualTo(InstrumentStatus.BOUNCED);
            assertThat(bounced.paidOnBounce()).isEqualTo(lira(paid));
            assertThat(balance()).isEqualTo(lira(customerBalance));
            assertThat(stored(older).outstanding()).isEqualTo(lira(olderOutstanding));
            assertThat(stored(newer).outstanding()).isEqualTo(lira(newerOutstanding));
            assertThat(engine.charges().openCharges(companyId, older.id()).fee())
                    .isEqualTo(lira(feeOpen));
        }

        @Test
        void bounceRaisesEventWithUnpaid() {
            InstrumentId id = InstrumentId.random();
            receive(id, "1200.00");

            bounce(id, "400.00", "25.00");

            EventRecord bounced = events("InstrumentBounced").get(0);
            assertThat(bounced.payload()).containsEntry("unpaid", "800.00");
            assertThat(bounced.payload()).containsEntry("paid", "400.00");
            assertThat(bounced.payload()).containsEntry("fee", "25.00");
        }

        @Test
        void releasedItemsTakeNextPayment() {
            InstrumentId id = InstrumentId.random();
            receive(id, "1200.00");
            bounce(id, "0.00", "0.00");

            PaymentReceipt receipt =
                    engine.payments()
                            .record(
                                    Payment.builder()
                                            .companyId(companyId)
                                            .counterpartyId(customer.id())
                                            .valueDate(TODAY.plusDays(61))
                                            .amount(lira("1000.00"))
                                            .actor("clerk-7")
                                            .build(),
                                    List.of(),
                                    AllocationPolicy.defaults());

            assertThat(receipt.allocation().settlements().get(0).invoiceId()).isEqualTo(older.id());
            assertThat(stored(older).status()).isEqualTo(InvoiceStatus.PAID);
        }

        @Test
        void repeatedBounceChangesNothing() {
            InstrumentId id = InstrumentId.random();
            receive(id, "1200.00");
            StoredInstrument first = bounce(id, "400.00", "25.00");
            int before = eventCount();

            StoredInstrument again = bounce(id, "400.00", "25.00");

            assertThat(again).isEqualTo(first);
            assertThat(eventCount()).isEqualTo(before);
            assertThat(balance()).isEqualTo(lira("1125.00"));
        }

        @Test
        void repeatedUnpaidBounceChangesNothing() {
            InstrumentId id = InstrumentId.random();
            receive(id, "1200.00");
            StoredInstrument first = bounce(id, "0.00", "0.00");
            int before = eventCount();

            StoredInstrument again = bounce(id, "0.00", "0.00");

            assertThat(again).isEqualTo(first);
            assertThat(eventCount()).isEqualTo(before);
            assertThat(balance()).isEqualTo(lira("1500.00"));
        }

        @Test
        void bounceWithOtherPaidRejected() {
            InstrumentId id = InstrumentId.random();
            receive(id, "1200.00");
            bounce(id, "400.00", "0.00");

            assertThatThrownBy(() -> bounce(id, "500.00", "0.00"))
                    .isInstanceOf(InstrumentStateException.class)
                    .hasMessageContaining("BOUNCED");
        }

        @Test
        void paidAtFaceAmountRejected() {
            InstrumentId id = InstrumentId.random();
            receive(id, "1200.00");

            assertThatThrownBy(() -> bounce(id, "1200.00", "0.00"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("below the face amount");
            assertThat(engine.instruments().find(companyId, id).orElseThrow().status())
                    .isEqualTo(InstrumentStatus.IN_PORTFOLIO);
        }

        @Test
        void clearingBouncedRejectedWithoutChange() {
            InstrumentId id = InstrumentId.random();
            receive(id, "1200.00");
            bounce(id, "0.00", "0.00");
            int before = eventCount();

            assertThatThrownBy(() -> engine.instruments().clear(companyId, id, TODAY.plusDays(61)))
                    .isInstanceOf(InstrumentStateException.class)
                    .hasMessageContaining("cannot clear")
                    .hasMessageContaining("BOUNCED");
            assertThat(eventCount()).isEqualTo(before);
            assertThat(stored(older).outstanding()).isEqualTo(lira("1000.00"));
        }

        @Test
        void bouncingClearedRejected() {
            InstrumentId id = InstrumentId.random();
            receive(id, "1200.00");
            engine.instruments().clear(companyId, id, TODAY.plusDays(60));

            assertThatThrownBy(
                            () ->
                                    engine.instruments()
                                            .bounce(
                                                    companyId,
                                                    id,
                                                    TODAY.plusDays(61),
                                                    lira("0.00"),
                                                    lira("0.00")))
                    .isInstanceOf(InstrumentStateException.class)
                    .hasMessageContaining("CLEARED");
            assertThat(balance()).isEqualTo(lira("300.00"));
        }
    }

    @Nested
    class Steps {

        @Test
        void endorsementPaysSupplier() {
            Counterparty supplier = EngineParties.registerFirm(engine, companyId);
            InstrumentId id = InstrumentId.random();
            receive(id, "1200.00");

            StoredInstrument endorsed =
                    engine.instruments().endorse(companyId, id, supplier.id(), TODAY.plusDays(1));

            assertThat(endorsed.status()).isEqualTo(InstrumentStatus.ENDORSED);
            assertThat(endorsed.holder()).isEqualTo(supplier.id().toString());
            PaymentId paymentId = endorsementPayment();
            Payment payment = engine.payments().find(companyId, paymentId).orElseThrow().payment();
            assertThat(payment.counterpartyId()).isEqualTo(supplier.id());
            assertThat(payment.amount()).isEqualTo(lira("1200.00"));
            assertThat(balance()).isEqualTo(lira("300.00"));
        }

        @Test
        void bounceAfterEndorsementReversesSupplierPayment() {
            Counterparty supplier = EngineParties.registerFirm(engine, companyId);
            InstrumentId id = InstrumentId.random();
            receive(id, "1200.00");
            engine.instruments().endorse(companyId, id, supplier.id(), TODAY.plusDays(1));

            bounce(id, "0.00", "0.00");

            assertThat(
                            engine.payments()
                                    .find(companyId, endorsementPayment())
                                    .orElseThrow()
                                    .reversedOn())
                    .contains(TODAY.plusDays(60));
            assertThat(balance()).isEqualTo(lira("1500.00"));
        }

        @Test
        void bankStepsAndReturn() {
            InstrumentId id = InstrumentId.random();
            receive(id, "1200.00");

            StoredInstrument atBank =
                    engine.instruments()
                            .handToBank(
                                    companyId,
                                    id,
                                    InstrumentStatus.AT_BANK_FOR_COLLECTION,
                                    "Ziraat Bankası",
                                    TODAY.plusDays(1));
            StoredInstrument again =
                    engine.instruments()
                            .handToBank(
                                    companyId,
                                    id,
                                    InstrumentStatus.AT_BANK_FOR_COLLECTION,
                                    "Ziraat Bankası",
                                    TODAY.plusDays(1));
            StoredInstrument back =
                    engine.instruments().returnToPortfolio(companyId, id, TODAY.plusDays(2));

            assertThat(atBank.status()).isEqualTo(InstrumentStatus.AT_BANK_FOR_COLLECTION);
            assertThat(atBank.holder()).isEqualTo("Ziraat Bankası");
            assertThat(again).isEqualTo(atBank);
            assertThat(back.status()).isEqualTo(InstrumentStatus.IN_PORTFOLIO);
            assertThat(back.holder()).isEmpty();
            assertThat(events("InstrumentHandedToBank")).hasSize(1);
            assertThat(events("InstrumentReturnedToPortfolio")).hasSize(1);
        }

        @Test
        void endorsingAtBankRejected() {
            Counterparty supplier = EngineParties.registerFirm(engine, companyId);
            InstrumentId id = InstrumentId.random();
            receive(id, "1200.00");
            engine.instruments()
                    .handToBank(
                            companyId,
                            id,
                            InstrumentStatus.AT_BANK_AS_COLLATERAL,
                            "Ziraat Bankası",
                            TODAY.plusDays(1));

            assertThatThrownBy(
                            () ->
                                    engine.instruments()
                                            .endorse(
                                                    companyId,
                                                    id,
                                                    supplier.id(),
                                                    TODAY.plusDays(2)))
                    .isInstanceOf(InstrumentStateException.class)
                    .hasMessageContaining("AT_BANK_AS_COLLATERAL");
            assertThat(engine.instruments().find(companyId, id).orElseThrow().status())
                    .isEqualTo(InstrumentStatus.AT_BANK_AS_COLLATERAL);
        }

        @Test
        void bankPurposeMustBeBankStatus() {
            InstrumentId id = InstrumentId.random();
            receive(id, "1200.00");

            assertThatThrownBy(
                            () ->
                                    engine.instruments()
                                            .handToBank(
                                                    companyId,
                                                    id,
                                                    InstrumentStatus.ENDORSED,
                                                    "Ziraat Bankası",
                                                    TODAY))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("AT_BANK_FOR_COLLECTION");
        }

        @Test
        void stepBeforeReceiptRejected() {
            InstrumentId id = InstrumentId.random();
            receive(id, "1200.00");

            assertThatThrownBy(() -> engine.instruments().clear(companyId, id, TODAY.minusDays(1)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("receipt date");
        }

        private PaymentId endorsementPayment() {
            String id = events("InstrumentEndorsed").get(0).payload().get("paymentId");
            return new PaymentId(UUID.fromString(id));
        }
    }
}
