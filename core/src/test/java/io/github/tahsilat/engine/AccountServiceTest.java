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
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.payment.Payment;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.record.EventRecord;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.service.AlreadyExistsException;
import io.github.tahsilat.service.account.RefundReceipt;
import io.github.tahsilat.service.account.RefundRequest;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.service.payment.PaymentReceipt;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

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
}
