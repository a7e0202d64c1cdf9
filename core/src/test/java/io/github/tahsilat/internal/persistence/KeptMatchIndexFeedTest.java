package io.github.tahsilat.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.calendar.HolidayCalendar;
import io.github.tahsilat.company.BankAccount;
import io.github.tahsilat.company.Company;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.company.CompanySettings;
import io.github.tahsilat.company.VatRounding;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.counterparty.CounterpartyKind;
import io.github.tahsilat.counterparty.PersonType;
import io.github.tahsilat.engine.Tahsilat;
import io.github.tahsilat.identifier.Iban;
import io.github.tahsilat.identifier.TaxIdentifier;
import io.github.tahsilat.identifier.Tckn;
import io.github.tahsilat.identifier.Vkn;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceContext;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.invoice.InvoiceLine;
import io.github.tahsilat.payment.Payment;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.store.InvoiceStore;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.reconciliation.BankLine;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.service.reconciliation.ReconciliationResult;
import io.github.tahsilat.service.reconciliation.StatementImport;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An index kept from the in-memory store's feed equals one subscribed afresh after every kind of
 * write, committed or rolled back, with the counterparties' IBANs and tax ids, and an engine built
 * to keep it imports against it.
 */
class KeptMatchIndexFeedTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 10, 21);
    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2025-10-21T09:00:00Z"), ZoneOffset.UTC);
    private static final String ACCOUNT = "TR330006100519786457841326";
    private static final CompanyId COMPANY = new CompanyId(new UUID(7, 7));
    private static final CompanyId OTHER_COMPANY = new CompanyId(new UUID(7, 8));
    private static final String IBAN = "GB82WEST12345698765432";
    private static final String OTHER_IBAN = "DE89370400440532013000";
    private static final Vkn VKN = new Vkn("4540536920");
    private static final Tckn TCKN = new Tckn("10000000146");
    private static final InvoiceContext INVOICE_CONTEXT =
            new InvoiceContext(
                    RoundingMode.HALF_UP,
                    VatRounding.PER_LINE,
                    HolidayCalendar.weekendsOnly(),
                    ZoneOffset.UTC);

    private Stores stores;
    private Tahsilat engine;
    private KeptMatchIndexes live;
    private Counterparty acme;

    @BeforeEach
    void ledger() {
        stores = InMemoryStores.create();
        engine = Tahsilat.builder().stores(stores).clock(CLOCK).keepMatchIndex().build();
        live = KeptMatchIndexes.subscribe(stores.invoices()).orElseThrow();
        engine.companies().register(company(COMPANY));
        engine.companies().register(company(OTHER_COMPANY));
        acme = counterparty(COMPANY, 1, "Acme Ticaret A.Ş.");
        engine.counterparties().register(acme);
        issue(acme, 1, 100);
        issue(acme, 2, 250);
    }

    @Test
    void engineKeepsIndexOverFeed() {
        assertThat(engine.keepsMatchIndex()).isTrue();
        assertThat(live.company(COMPANY.value()).orElseThrow().index().size()).isEqualTo(2);
    }

    @Test
    void keptImportReadsNoCandidates() {
        List<String> candidateReads = new ArrayList<>();
        InvoiceStore counting = countingCandidateReads(stores.invoices(), candidateReads);
        Tahsilat counted =
                Tahsilat.builder()
                        .stores(stores.withInvoices(counting))
                        .clock(CLOCK)
                        .keepMatchIndex()
                        .build();
        StatementImport statement =
                new StatementImport(COMPANY, "STMT-1", List.of(line("ASR1", 100, "INV-1")));

        ReconciliationResult result = counted.reconciliation().importStatement(statement);

        assertThat(result.booked()).hasSize(1);
        assertThat(candidateReads).isEmpty();
    }

    @Test
    void importWithoutKeptIndexReadsCandidates() {
        List<String> candidateReads = new ArrayList<>();
        InvoiceStore counting = countingCandidateReads(stores.invoices(), candidateReads);
        Tahsilat counted =
                Tahsilat.builder().stores(stores.withInvoices(counting)).clock(CLOCK).build();
        StatementImport statement =
                new StatementImport(COMPANY, "STMT-1", List.of(line("ASR1", 100, "INV-1")));

        ReconciliationResult result = counted.reconciliation().importStatement(statement);

        assertThat(result.booked()).hasSize(1);
        assertThat(candidateReads).isNotEmpty();
    }

    @Test
    void rolledBackImportLeavesIndexAsFresh() {
        Map<String, Object> before = snapshot(live, COMPANY);
        StatementImport statement =
                new StatementImport(COMPANY, "STMT-1", List.of(line("ASR1", 100, "INV-1")));

        assertThatThrownBy(
                        () ->
                                stores.transactions()
                                        .inTransaction(
                                                () -> {
                                                    ReconciliationResult result =
                                                            engine.reconciliation()
                                                                    .importStatement(statement);
                                                    assertThat(result.booked()).hasSize(1);
                                                    throw new IllegalStateException(
                                                            "host failed after the import");
                                                }))
                .hasMessage("host failed after the import");

        assertThat(snapshot(live, COMPANY)).isEqualTo(before);
        assertThat(snapshot(live, COMPANY)).isEqualTo(freshSnapshot(COMPANY));
    }

    @Test
    void committedImportClosesItem() {
        StatementImport statement =
                new StatementImport(COMPANY, "STMT-1", List.of(line("ASR1", 100, "INV-1")));

        ReconciliationResult result = engine.reconciliation().importStatement(statement);

        assertThat(result.booked()).hasSize(1);
        assertThat(live.company(COMPANY.value()).orElseThrow().index().size()).isEqualTo(1);
        assertThat(snapshot(live, COMPANY)).isEqualTo(freshSnapshot(COMPANY));
    }

    @Test
    void rolledBackPaymentLeavesIndexAsFresh() {
        Map<String, Object> before = snapshot(live, COMPANY);

        assertThatThrownBy(
                        () ->
                                stores.transactions()
                                        .inTransaction(
                                                () -> {
                                                    pay(acme, 60);
                                                    throw new IllegalStateException(
                                                            "host failed after the payment");
                                                }))
                .hasMessage("host failed after the payment");

        assertThat(snapshot(live, COMPANY)).isEqualTo(before);
        assertThat(snapshot(live, COMPANY)).isEqualTo(freshSnapshot(COMPANY));
    }

    @Test
    void partialPaymentLowersOutstanding() {
        pay(acme, 60);

        KeptMatchIndex index = live.company(COMPANY.value()).orElseThrow();
        int slot = slotOf(index, "INV-1");
        assertThat(index.index().outstandingUnits(slot)).isEqualTo(4_000);
        assertThat(snapshot(live, COMPANY)).isEqualTo(freshSnapshot(COMPANY));
    }

    @Test
    void rolledBackRegistrationLeavesIndexAsFresh() {
        Map<String, Object> before = snapshot(live, COMPANY);
        Counterparty beta = counterparty(COMPANY, 2, "Beta Gıda Ltd. Şti.");

        assertThatThrownBy(
                        () ->
                                stores.transactions()
                                        .inTransaction(
                                                () -> {
                                                    engine.counterparties().register(beta);
                                                    issue(beta, 3, 300);
                                                    throw new IllegalStateException(
                                                            "host failed after the issue");
                                                }))
                .hasMessage("host failed after the issue");

        assertThat(snapshot(live, COMPANY)).isEqualTo(before);
        assertThat(snapshot(live, COMPANY)).isEqualTo(freshSnapshot(COMPANY));
    }

    @Test
    void renamedCounterpartyMatchesByNewName() {
        long version = engine.counterparties().find(COMPANY, acme.id()).orElseThrow().version();
        engine.counterparties().update(acme.toBuilder().name("Delta Yapı").build(), version);
        StatementImport statement =
                new StatementImport(
                        COMPANY, "STMT-1", List.of(line("ASR1", 250, "Payment", "DELTA YAPI")));

        ReconciliationResult result = engine.reconciliation().importStatement(statement);

        assertThat(snapshot(live, COMPANY)).isEqualTo(freshSnapshot(COMPANY));
        assertThat(result.suggested()).hasSize(1);
        assertThat(result.suggested().get(0).proposal().score()).isEqualTo(40);
    }

    @Test
    void companiesKeepSeparateIndexes() {
        Counterparty other = counterparty(OTHER_COMPANY, 1, "Acme Ticaret A.Ş.");
        engine.counterparties().register(other);
        issue(other, 1, 500);

        assertThat(live.company(COMPANY.value()).orElseThrow().index().size()).isEqualTo(2);
        assertThat(live.company(OTHER_COMPANY.value()).orElseThrow().index().size()).isEqualTo(1);
        assertThat(snapshot(live, OTHER_COMPANY)).isEqualTo(freshSnapshot(OTHER_COMPANY));
    }

    @Test
    void manyInvoicesGrowIndex() {
        for (int number = 10; number < 400; number++) {
            issue(acme, number, 100 + number);
        }

        assertThat(live.company(COMPANY.value()).orElseThrow().index().size()).isEqualTo(392);
        assertThat(snapshot(live, COMPANY)).isEqualTo(freshSnapshot(COMPANY));
    }

    @Test
    void addedIbanAndTaxIdIdentifyCounterparty() {
        update(acme.toBuilder().addIban(Iban.parse(IBAN)).taxIdentifier(VKN).build());

        KeptMatchIndex index = live.company(COMPANY.value()).orElseThrow();
        assertThat(index.identifiesCounterpartyWithItems(byIban(IBAN))).isTrue();
        assertThat(index.identifiesCounterpartyWithItems(byTaxId(VKN))).isTrue();
        assertThat(index.snapshot().get("ibans"))
                .isEqualTo(Map.of(IBAN, Set.of(acme.id().value())));
        assertThat(snapshot(live, COMPANY)).isEqualTo(freshSnapshot(COMPANY));
    }

    @Test
    void changedIbanReplacesOldOne() {
        update(acme.toBuilder().addIban(Iban.parse(IBAN)).build());

        update(
                counterparty(COMPANY, 1, acme.name()).toBuilder()
                        .addIban(Iban.parse(OTHER_IBAN))
                        .build());

        KeptMatchIndex index = live.company(COMPANY.value()).orElseThrow();
        assertThat(index.identifiesCounterpartyWithItems(byIban(IBAN))).isFalse();
        assertThat(index.identifiesCounterpartyWithItems(byIban(OTHER_IBAN))).isTrue();
        assertThat(snapshot(live, COMPANY)).isEqualTo(freshSnapshot(COMPANY));
    }

    @Test
    void counterpartyWithoutItemsIsNotIdentified() {
        Counterparty beta =
                counterparty(COMPANY, 2, "Beta Gıda Ltd. Şti.").toBuilder()
                        .addIban(Iban.parse(IBAN))
                        .taxIdentifier(VKN)
                        .build();

        engine.counterparties().register(beta);

        KeptMatchIndex index = live.company(COMPANY.value()).orElseThrow();
        assertThat(index.identifiesCounterpartyWithItems(byIban(IBAN))).isFalse();
        assertThat(index.identifiesCounterpartyWithItems(byTaxId(VKN))).isFalse();
        assertThat(snapshot(live, COMPANY)).isEqualTo(freshSnapshot(COMPANY));
    }

    @Test
    void erasedCounterpartyLosesIbanAndTaxId() {
        Counterparty person =
                counterparty(COMPANY, 3, "Ayşe Yılmaz").toBuilder()
                        .personType(PersonType.NATURAL_PERSON)
                        .addIban(Iban.parse(IBAN))
                        .taxIdentifier(TCKN)
                        .build();
        engine.counterparties().register(person);
        issue(person, 3, 300);
        KeptMatchIndex index = live.company(COMPANY.value()).orElseThrow();
        assertThat(index.identifiesCounterpartyWithItems(byTaxId(TCKN))).isTrue();

        engine.counterparties().requestErasure(COMPANY, person.id(), TODAY);
        engine.counterparties().erase(COMPANY, person.id(), "Müşteri 3");

        assertThat(index.identifiesCounterpartyWithItems(byIban(IBAN))).isFalse();
        assertThat(index.identifiesCounterpartyWithItems(byTaxId(TCKN))).isFalse();
        assertThat(index.snapshot().get("ibans")).isEqualTo(Map.of());
        assertThat(snapshot(live, COMPANY)).isEqualTo(freshSnapshot(COMPANY));
    }

    @Test
    void rolledBackIbanChangeLeavesIndexAsFresh() {
        update(acme.toBuilder().addIban(Iban.parse(IBAN)).build());
        Map<String, Object> before = snapshot(live, COMPANY);

        assertThatThrownBy(
                        () ->
                                stores.transactions()
                                        .inTransaction(
                                                () -> {
                                                    update(
                                                            counterparty(COMPANY, 1, acme.name())
                                                                    .toBuilder()
                                                                    .taxIdentifier(VKN)
                                                                    .build());
                                                    throw new IllegalStateException(
                                                            "host failed after the update");
                                                }))
                .hasMessage("host failed after the update");

        KeptMatchIndex index = live.company(COMPANY.value()).orElseThrow();
        assertThat(index.identifiesCounterpartyWithItems(byIban(IBAN))).isTrue();
        assertThat(index.identifiesCounterpartyWithItems(byTaxId(VKN))).isFalse();
        assertThat(snapshot(live, COMPANY)).isEqualTo(before);
        assertThat(snapshot(live, COMPANY)).isEqualTo(freshSnapshot(COMPANY));
    }

    @Test
    void rolledBackRegistrationForgetsIban() {
        Counterparty beta =
                counterparty(COMPANY, 2, "Beta Gıda Ltd. Şti.").toBuilder()
                        .addIban(Iban.parse(IBAN))
                        .build();

        assertThatThrownBy(
                        () ->
                                stores.transactions()
                                        .inTransaction(
                                                () -> {
                                                    engine.counterparties().register(beta);
                                                    throw new IllegalStateException(
                                                            "host failed after the registration");
                                                }))
                .hasMessage("host failed after the registration");

        assertThat(live.company(COMPANY.value()).orElseThrow().snapshot().get("ibans"))
                .isEqualTo(Map.of());
        assertThat(snapshot(live, COMPANY)).isEqualTo(freshSnapshot(COMPANY));
    }

    /** Updates the stored counterparty to {@code next} at its current version. */
    private void update(Counterparty next) {
        long version = engine.counterparties().find(COMPANY, next.id()).orElseThrow().version();
        engine.counterparties().update(next, version);
    }

    private static CounterpartyIdentifiers byIban(String iban) {
        return new CounterpartyIdentifiers(Set.of(iban), Set.of());
    }

    private static CounterpartyIdentifiers byTaxId(TaxIdentifier taxId) {
        return new CounterpartyIdentifiers(Set.of(), Set.of(CounterpartyMapper.taxId(taxId)));
    }

    /**
     * Returns the store, recording in {@code reads} the name of every call that reads match
     * candidates.
     */
    private static InvoiceStore countingCandidateReads(InvoiceStore store, List<String> reads) {
        return (InvoiceStore)
                Proxy.newProxyInstance(
                        InvoiceStore.class.getClassLoader(),
                        new Class<?>[] {InvoiceStore.class},
                        (proxy, method, arguments) -> {
                            if (method.getName().contains("MatchCandidates")
                                    || method.getName().startsWith("matchCandidates")) {
                                reads.add(method.getName());
                            }
                            try {
                                return method.invoke(store, arguments);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
    }

    private Map<String, Object> freshSnapshot(CompanyId companyId) {
        return snapshot(KeptMatchIndexes.subscribe(stores.invoices()).orElseThrow(), companyId);
    }

    private static Map<String, Object> snapshot(KeptMatchIndexes indexes, CompanyId companyId) {
        return indexes.company(companyId.value()).orElseThrow().snapshot();
    }

    private static int slotOf(KeptMatchIndex index, String number) {
        for (int slot = 0; slot < index.index().itemCapacity(); slot++) {
            if (index.index().contains(slot) && index.index().invoiceNumber(slot).equals(number)) {
                return slot;
            }
        }
        throw new AssertionError("no slot contains " + number);
    }

    /** Issues {@code INV-number} of {@code lira} TRY, due in 30 plus {@code number} days. */
    private void issue(Counterparty counterparty, int number, int lira) {
        Invoice invoice =
                Invoice.builder()
                        .id(new InvoiceId(UUID.randomUUID()))
                        .companyId(counterparty.companyId())
                        .counterpartyId(counterparty.id())
                        .number("INV-" + number)
                        .direction(Direction.RECEIVABLE)
                        .issueDate(TODAY)
                        .currency("TRY")
                        .terms(PaymentTermsNotation.parse("NET " + (30 + number)))
                        .line(
                                InvoiceLine.of(
                                        "Goods",
                                        BigDecimal.ONE,
                                        BigDecimal.valueOf(lira),
                                        BigDecimal.ZERO))
                        .build(INVOICE_CONTEXT);
        engine.invoices().issue(InvoiceRequest.of(invoice));
    }

    private void pay(Counterparty counterparty, int lira) {
        Payment payment =
                Payment.builder()
                        .companyId(counterparty.companyId())
                        .counterpartyId(counterparty.id())
                        .valueDate(TODAY)
                        .amount(lira(lira))
                        .actor("clerk-7")
                        .build();
        engine.payments().record(payment, List.of(), AllocationPolicy.defaults());
    }

    private static BankLine line(String reference, int lira, String text) {
        return builder(reference, lira, text).build();
    }

    private static BankLine line(String reference, int lira, String text, String payer) {
        return builder(reference, lira, text).counterpartyName(payer).build();
    }

    private static BankLine.Builder builder(String reference, int lira, String text) {
        return BankLine.builder()
                .accountId(ACCOUNT)
                .bookingDate(TODAY)
                .amount(lira(lira))
                .accountServicerReference(reference)
                .remittanceText(text);
    }

    private static Counterparty counterparty(CompanyId companyId, int number, String name) {
        return Counterparty.builder()
                .id(
                        new CounterpartyId(
                                new UUID(companyId.value().getLeastSignificantBits(), number)))
                .companyId(companyId)
                .kind(CounterpartyKind.CUSTOMER)
                .name(name)
                .build();
    }

    private static Company company(CompanyId companyId) {
        return Company.builder()
                .id(companyId)
                .legalName("Anadolu Tekstil A.Ş.")
                .settings(CompanySettings.of(Monetary.getCurrency("TRY"), ZoneOffset.UTC))
                .vkn(new Vkn("4540536920"))
                .addBankAccount(
                        new BankAccount(
                                new Iban(ACCOUNT), "Ziraat Bankası", Monetary.getCurrency("TRY")))
                .build();
    }

    private static MonetaryAmount lira(int lira) {
        return Money.of(BigDecimal.valueOf(lira).setScale(2, RoundingMode.UNNECESSARY), "TRY");
    }
}
