package io.github.tahsilat.engine;

import static io.github.tahsilat.engine.EngineFixtures.CONTEXT;
import static io.github.tahsilat.engine.EngineFixtures.TODAY;
import static io.github.tahsilat.engine.EngineFixtures.company;
import static io.github.tahsilat.engine.EngineFixtures.engine;
import static io.github.tahsilat.engine.EngineFixtures.line;
import static io.github.tahsilat.engine.EngineFixtures.money;
import static io.github.tahsilat.engine.EngineFixtures.person;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.record.BankEntryRecord;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.reconciliation.BankLine;
import io.github.tahsilat.reconciliation.MatchSettings;
import io.github.tahsilat.service.EventTypes;
import io.github.tahsilat.service.StoredInvoice;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.service.reconciliation.ReconciliationResult;
import io.github.tahsilat.service.reconciliation.ReconciliationService;
import io.github.tahsilat.service.reconciliation.StatementImport;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.money.MonetaryAmount;

/** One company with one customer on in-memory stores, for the reconciliation service tests. */
final class ReconciliationFixture {

    static final String ACCOUNT = "TR330006100519786457841326";

    final Stores stores;
    final Tahsilat engine;
    final CompanyId companyId;
    final Counterparty customer;
    ReconciliationService reconciliation;

    ReconciliationFixture() {
        this(InMemoryStores.create(), CompanyId.random());
    }

    ReconciliationFixture(Stores stores, CompanyId companyId) {
        this.stores = stores;
        this.engine = engine(stores);
        this.companyId = companyId;
        engine.companies().register(company(companyId));
        customer = person(companyId);
        engine.counterparties().register(customer);
        reconciliation = engine.reconciliation();
    }

    /** Uses {@code settings} and {@code policy} from now on. */
    ReconciliationFixture with(MatchSettings settings, AllocationPolicy policy) {
        reconciliation = engine.reconciliation(settings, policy);
        return this;
    }

    /** Issues a receivable of {@code amount} in {@code currency} at 0 % VAT, due in 30 days. */
    Invoice issue(String number, String amount, String currency) {
        Invoice invoice =
                Invoice.builder()
                        .companyId(companyId)
                        .counterpartyId(customer.id())
                        .number(number)
                        .direction(Direction.RECEIVABLE)
                        .issueDate(TODAY)
                        .currency(currency)
                        .terms(PaymentTermsNotation.parse("NET 30"))
                        .line(line("1", amount, "0"))
                        .build(CONTEXT);
        engine.invoices().issue(InvoiceRequest.of(invoice));
        return invoice;
    }

    Invoice issue(String number, String amount) {
        return issue(number, amount, "TRY");
    }

    static MonetaryAmount lira(String amount) {
        return money(amount, "TRY");
    }

    /** A line of {@code amount} TRY received today on the company's account. */
    static BankLine.Builder credit(String amount) {
        return BankLine.builder().accountId(ACCOUNT).bookingDate(TODAY).amount(lira(amount));
    }

    ReconciliationResult importLines(String statementId, List<BankLine> lines) {
        return reconciliation.importStatement(new StatementImport(companyId, statementId, lines));
    }

    StoredInvoice stored(Invoice invoice) {
        return engine.invoices().find(companyId, invoice.id()).orElseThrow();
    }

    BigDecimal outstanding(Invoice invoice) {
        return stored(invoice).invoice().outstanding().getNumber().numberValue(BigDecimal.class);
    }

    /** Returns every stored bank entry of the account. */
    List<BankEntryRecord> entries() {
        return stores.bankEntries()
                .ofAccount(
                        companyId.value(),
                        ACCOUNT,
                        LocalDate.of(2000, 1, 1),
                        LocalDate.of(2100, 1, 1));
    }

    /** Returns the number of payments recorded in the event log. */
    long paymentsRecorded() {
        return stores.events().readAfter(companyId.value(), 0, 10_000).items().stream()
                .filter(event -> event.type().equals(EventTypes.PAYMENT_RECORDED))
                .count();
    }
}
