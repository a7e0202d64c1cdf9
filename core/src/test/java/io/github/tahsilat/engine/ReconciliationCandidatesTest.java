package io.github.tahsilat.engine;

import static io.github.tahsilat.engine.ReconciliationFixture.credit;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.counterparty.CounterpartyKind;
import io.github.tahsilat.identifier.Iban;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.Page;
import io.github.tahsilat.persistence.spi.PageRequest;
import io.github.tahsilat.persistence.spi.record.InvoiceRecord;
import io.github.tahsilat.persistence.spi.record.OpenItemView;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.reconciliation.BankLine;
import io.github.tahsilat.reconciliation.MatchRule;
import io.github.tahsilat.reconciliation.MatchRules;
import io.github.tahsilat.reconciliation.MatchSettings;
import io.github.tahsilat.reconciliation.Proposal;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.service.reconciliation.ReconciliationResult;
import io.github.tahsilat.service.reconciliation.StatementImport;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The import reads its candidates through the stores' matching indexes: it never pages through
 * every open item, and the items it reads grow with its lines, not with the ledger.
 */
class ReconciliationCandidatesTest {

    /** Counts the invoices the store returns and fails on a read of every open item. */
    private static final class CountingInvoiceStore extends ForwardingInvoiceStore {
        final AtomicInteger returned = new AtomicInteger();

        CountingInvoiceStore(Stores memory) {
            super(memory.invoices());
        }

        @Override
        public Page<OpenItemView> openItems(UUID companyId, PageRequest request) {
            throw new AssertionError("the import paged through every open item");
        }

        @Override
        public Page<InvoiceRecord> openItemsOf(
                UUID companyId, UUID counterpartyId, PageRequest request) {
            Page<InvoiceRecord> page = super.openItemsOf(companyId, counterpartyId, request);
            returned.addAndGet(page.items().size());
            return page;
        }

        @Override
        public List<InvoiceRecord> openReceivablesByNumberKey(
                UUID companyId, Collection<String> numberKeys) {
            return counted(super.openReceivablesByNumberKey(companyId, numberKeys));
        }

        @Override
        public List<InvoiceRecord> openReceivablesByReferenceKey(
                UUID companyId, Collection<String> referenceKeys) {
            return counted(super.openReceivablesByReferenceKey(companyId, referenceKeys));
        }

        @Override
        public List<InvoiceRecord> openReceivablesByAmount(
                UUID companyId,
                UUID counterpartyId,
                String currency,
                long lowMinor,
                long highMinor,
                int limit) {
            return counted(
                    super.openReceivablesByAmount(
                            companyId, counterpartyId, currency, lowMinor, highMinor, limit));
        }

        private List<InvoiceRecord> counted(List<InvoiceRecord> records) {
            returned.addAndGet(records.size());
            return records;
        }
    }

    private CountingInvoiceStore invoices;
    private ReconciliationFixture fixture;

    @BeforeEach
    void createFixture() {
        Stores memory = InMemoryStores.create();
        invoices = new CountingInvoiceStore(memory);
        Stores counted = memory.withInvoices(invoices);
        fixture = new ReconciliationFixture(counted, CompanyId.random());
    }

    private void issueMany(int count) {
        for (int i = 0; i < count; i++) {
            fixture.issue(String.format("BULK-%04d", i), (100 + i) + ".00");
        }
    }

    @Nested
    class Reads {

        @Test
        void numberLineReadsFewItems() {
            issueMany(300);
            Invoice invoice = fixture.issue("INV-77", "5000.00");
            invoices.returned.set(0);

            ReconciliationResult result =
                    fixture.importLines(
                            "STMT-1",
                            List.of(credit("5000.00").remittanceText("Fatura INV 77").build()));

            assertThat(result.booked()).hasSize(1);
            assertThat(fixture.outstanding(invoice)).isEqualByComparingTo("0.00");
            assertThat(invoices.returned.get()).isLessThanOrEqualTo(5);
        }

        @Test
        void ibanLineReadsCounterpartyItemsOnly() {
            issueMany(300);
            invoices.returned.set(0);
            BankLine line =
                    credit("250.00")
                            .counterpartyIban(Iban.parse("DE89 3704 0044 0532 0130 00"))
                            .build();

            ReconciliationResult result = fixture.importLines("STMT-1", List.of(line));

            assertThat(result.suggested()).hasSize(1);
            assertThat(result.suggested().get(0).proposal().applications())
                    .singleElement()
                    .satisfies(
                            application ->
                                    assertThat(application.invoiceNumber()).isEqualTo("BULK-0150"));
            assertThat(invoices.returned.get())
                    .isLessThanOrEqualTo(MatchRules.MAX_COUNTERPARTY_ITEMS_SCANNED + 3);
        }

        @Test
        void exactAmountLineSkipsOldestItems() {
            issueMany(300);
            invoices.returned.set(0);
            BankLine line =
                    credit("250.00")
                            .counterpartyIban(Iban.parse("DE89 3704 0044 0532 0130 00"))
                            .build();

            ReconciliationResult result = fixture.importLines("STMT-1", List.of(line));

            assertThat(result.suggested()).hasSize(1);
            assertThat(result.suggested().get(0).proposal().applications().get(0).invoiceNumber())
                    .isEqualTo("BULK-0150");
            assertThat(result.suggested().get(0).proposal().firedRules())
                    .containsExactlyInAnyOrder("counterparty", "exact-amount");
            assertThat(invoices.returned.get())
                    .isLessThanOrEqualTo(4 * (MatchRules.MAX_AMOUNT_ONLY_CANDIDATES + 1));
        }

        @Test
        void combinationLineReadsOldestItems() {
            issueMany(30);
            invoices.returned.set(0);
            BankLine line =
                    credit("201.00")
                            .counterpartyIban(Iban.parse("DE89 3704 0044 0532 0130 00"))
                            .build();

            ReconciliationResult result = fixture.importLines("STMT-1", List.of(line));

            assertThat(result.suggested()).hasSize(1);
            Proposal proposal = result.suggested().get(0).proposal();
            assertThat(proposal.applications())
                    .extracting(application -> application.invoiceNumber())
                    .containsExactly("BULK-0000", "BULK-0001");
            assertThat(proposal.firedRules())
                    .containsExactlyInAnyOrder("counterparty", "combination");
            assertThat(invoices.returned.get()).isGreaterThanOrEqualTo(30);
        }

        @Test
        void otherRuleOrderReadsOldestItems() {
            issueMany(30);
            invoices.returned.set(0);
            List<MatchRule> reversed = new ArrayList<>(MatchRules.defaults());
            Collections.reverse(reversed);
            BankLine line =
                    credit("117.00")
                            .counterpartyIban(Iban.parse("DE89 3704 0044 0532 0130 00"))
                            .build();

            fixture.engine
                    .reconciliation(
                            MatchSettings.defaults().withRules(reversed),
                            AllocationPolicy.defaults())
                    .importStatement(
                            new StatementImport(fixture.companyId, "STMT-1", List.of(line)));

            assertThat(invoices.returned.get()).isGreaterThanOrEqualTo(30);
        }

        @Test
        void amountOnlyLineFindsItsItem() {
            issueMany(30);
            invoices.returned.set(0);

            ReconciliationResult result =
                    fixture.importLines("STMT-1", List.of(credit("117.00").build()));

            assertThat(result.suggested()).hasSize(1);
            assertThat(result.suggested().get(0).proposal().applications().get(0).invoiceNumber())
                    .isEqualTo("BULK-0017");
            assertThat(invoices.returned.get()).isEqualTo(1);
        }
    }

    @Nested
    class CutNames {

        @Test
        void storeFindsCounterpartyByCutName() {
            Counterparty firm =
                    Counterparty.builder()
                            .id(CounterpartyId.random())
                            .companyId(fixture.companyId)
                            .kind(CounterpartyKind.CUSTOMER)
                            .name("Anadolu Tekstil Sanayi ve Ticaret Limited Şirketi")
                            .build();
            fixture.engine.counterparties().register(firm);
            Invoice invoice =
                    Invoice.builder()
                            .companyId(fixture.companyId)
                            .counterpartyId(firm.id())
                            .number("AT-1")
                            .direction(Direction.RECEIVABLE)
                            .issueDate(EngineFixtures.TODAY)
                            .currency("TRY")
                            .terms(PaymentTermsNotation.parse("NET 30"))
                            .line(EngineFixtures.line("1", "640.00", "0"))
                            .build(EngineFixtures.CONTEXT);
            fixture.engine.invoices().issue(InvoiceRequest.of(invoice));
            fixture.issue("INV-9", "640.00");
            BankLine line =
                    credit("640.00")
                            .counterpartyName("ANADOLU TEKSTIL SANAYI VE TICARET L")
                            .build();

            ReconciliationResult result = fixture.importLines("STMT-1", List.of(line));

            assertThat(result.suggested()).hasSize(1);
            Proposal proposal = result.suggested().get(0).proposal();
            assertThat(proposal.applications().get(0).invoiceId()).isEqualTo(invoice.id());
            assertThat(proposal.score()).isEqualTo(35);
            assertThat(proposal.firedRules())
                    .containsExactlyInAnyOrder("counterparty", "exact-amount");
        }
    }
}
