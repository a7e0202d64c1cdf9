package io.github.tahsilat.engine;

import static io.github.tahsilat.engine.EngineFixtures.CONTEXT;
import static io.github.tahsilat.engine.EngineFixtures.NOW;
import static io.github.tahsilat.engine.EngineFixtures.TODAY;
import static io.github.tahsilat.engine.EngineFixtures.company;
import static io.github.tahsilat.engine.EngineFixtures.engine;
import static io.github.tahsilat.engine.EngineFixtures.firm;
import static io.github.tahsilat.engine.EngineFixtures.line;
import static io.github.tahsilat.engine.EngineFixtures.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.allocation.ItemComponent;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceStatus;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.record.EventRecord;
import io.github.tahsilat.persistence.spi.record.LedgerEntryKind;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.service.account.SetOffReceipt;
import io.github.tahsilat.service.account.SetOffRequest;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.util.List;
import java.util.UUID;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SetOffTest {

    private final CompanyId companyId = CompanyId.random();
    private Stores stores;
    private Tahsilat engine;
    private Counterparty partner;
    private Invoice receivable;
    private Invoice payable;

    @BeforeEach
    void issueBothSides() {
        stores = InMemoryStores.create();
        engine = engine(stores);
        engine.companies().register(company(companyId));
        partner = firm(companyId);
        engine.counterparties().register(partner);
        receivable = issued("S-1", Direction.RECEIVABLE, "1000.00");
        payable = issued("P-1", Direction.PAYABLE, "400.00");
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

    private static MonetaryAmount lira(String amount) {
        return money(amount, "TRY");
    }

    private SetOffRequest request(UUID id, String amount) {
        return new SetOffRequest(
                id,
                companyId,
                partner.id(),
                receivable.id(),
                payable.id(),
                lira(amount),
                TODAY,
                "netting agreed by phone");
    }

    private Invoice stored(Invoice invoice) {
        return engine.invoices().find(companyId, invoice.id()).orElseThrow().invoice();
    }

    private MonetaryAmount balance() {
        return engine.payments()
                .balance(companyId, partner.id(), Monetary.getCurrency("TRY"), TODAY, NOW);
    }

    private List<EventRecord> events(String type) {
        return stores.events().readAfter(companyId.value(), 0, 1000).items().stream()
                .filter(event -> event.type().equals(type))
                .toList();
    }

    @Test
    void setOffSettlesBothSides() {
        engine.accounts().setOff(request(UUID.randomUUID(), "400.00"));

        assertThat(stored(receivable).outstanding()).isEqualTo(lira("600.00"));
        assertThat(stored(payable).outstanding()).isEqualTo(lira("0.00"));
        assertThat(stored(payable).status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(events("SetOffRecorded")).hasSize(1);
        assertThat(events("InvoicePaid")).hasSize(1);
    }

    @Test
    void setOffLeavesBalanceUnchanged() {
        assertThat(balance()).isEqualTo(lira("600.00"));

        UUID id = UUID.randomUUID();
        engine.accounts().setOff(request(id, "250.00"));

        assertThat(balance()).isEqualTo(lira("600.00"));
        assertThat(stores.ledger().findByDocument(companyId.value(), id))
                .filteredOn(entry -> entry.kind() == LedgerEntryKind.SET_OFF)
                .extracting(entry -> entry.balanceEffect().toPlainString())
                .containsExactly("-250.00", "250.00");
    }

    @Test
    void setOffSettlesFeeFirst() {
        engine.charges()
                .book(companyId, receivable.id(), ItemComponent.FEE, lira("10.00"), TODAY, "fee");

        SetOffReceipt receipt = engine.accounts().setOff(request(UUID.randomUUID(), "100.00"));

        assertThat(receipt.receivable().get(0).fee()).isEqualTo(lira("10.00"));
        assertThat(receipt.receivable().get(0).principal()).isEqualTo(lira("90.00"));
        assertThat(stored(receivable).outstanding()).isEqualTo(lira("910.00"));
        assertThat(stored(payable).outstanding()).isEqualTo(lira("300.00"));
        assertThat(balance()).isEqualTo(lira("610.00"));
    }

    @Test
    void setOffAbovePayableRejected() {
        assertThatThrownBy(() -> engine.accounts().setOff(request(UUID.randomUUID(), "400.01")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("400.00")
                .hasMessageContaining("P-1");
        assertThat(stored(receivable).outstanding()).isEqualTo(lira("1000.00"));
        assertThat(stored(payable).outstanding()).isEqualTo(lira("400.00"));
        assertThat(events("SetOffRecorded")).isEmpty();
    }

    @Test
    void swappedSidesRejected() {
        SetOffRequest swapped =
                new SetOffRequest(
                        UUID.randomUUID(),
                        companyId,
                        partner.id(),
                        payable.id(),
                        receivable.id(),
                        lira("10.00"),
                        TODAY,
                        "netting");

        assertThatThrownBy(() -> engine.accounts().setOff(swapped))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("receivable");
    }

    @Test
    void repeatedSetOffWritesNothing() {
        UUID id = UUID.randomUUID();
        engine.accounts().setOff(request(id, "100.00"));

        SetOffReceipt again = engine.accounts().setOff(request(id, "100.00"));

        assertThat(again.repeated()).isTrue();
        assertThat(stored(receivable).outstanding()).isEqualTo(lira("900.00"));
        assertThat(events("SetOffRecorded")).hasSize(1);
    }
}
