package io.github.tahsilat.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.bankstatement.Balance;
import io.github.tahsilat.bankstatement.Statement;
import io.github.tahsilat.bankstatement.StatementReaders;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.counterparty.CounterpartyKind;
import io.github.tahsilat.engine.Tahsilat;
import io.github.tahsilat.engine.TahsilatSettings;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.service.Actor;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.service.reconciliation.BookingKind;
import io.github.tahsilat.service.reconciliation.ReconciliationResult;
import io.github.tahsilat.service.reconciliation.StatementImport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatementFilesTest {

    private static final LocalDate PAID = LocalDate.of(2024, 3, 4);
    private static final LocalDate RETURNED = LocalDate.of(2024, 3, 6);

    @TempDir Path folder;

    private final DemoScenario scenario = ScenarioGenerator.generate(20240101, 200, 3);
    private final CompanyId companyId = scenario.company().id();
    private final ReplayClock clock = new ReplayClock(scenario.company().settings().zone(), PAID);
    private final Tahsilat engine =
            Tahsilat.builder()
                    .stores(InMemoryStores.create())
                    .clock(clock)
                    .systemActor(Actor.system("statement-files-test"))
                    .settings(
                            TahsilatSettings.defaults()
                                    .withCalendar("TR", scenario.context().calendar()))
                    .build();
    private StatementFiles files;
    private Invoice invoice;
    private DemoCustomer customer;

    @BeforeEach
    void issueInvoice() {
        files =
                new StatementFiles(
                        folder, scenario.company().legalName(), scenario.company().bankAccounts());
        invoice =
                scenario.days().stream()
                        .flatMap(day -> day.invoices().stream())
                        .filter(candidate -> candidate.currency().getCurrencyCode().equals("TRY"))
                        .filter(candidate -> candidate.issueDate().isBefore(PAID))
                        .filter(candidate -> candidate.dueSchedule().installments().size() == 1)
                        .findFirst()
                        .orElseThrow();
        customer = scenario.customersById().get(invoice.counterpartyId());
        engine.companies().register(scenario.company());
        engine.counterparties()
                .register(
                        Counterparty.builder()
                                .id(customer.id())
                                .companyId(companyId)
                                .kind(CounterpartyKind.CUSTOMER)
                                .name(customer.name())
                                .addIban(customer.iban())
                                .build());
        engine.invoices().issue(InvoiceRequest.of(invoice));
    }

    private PlannedEntry entry(LocalDate day, PlannedEntry.EntryKind kind, String remittance) {
        return new PlannedEntry(
                day,
                customer,
                invoice.receivable(),
                remittance,
                kind,
                kind.equals(PlannedEntry.EntryKind.CHEQUE_COLLECTION) ? null : "E2E-00000001");
    }

    private ReconciliationResult importDay(LocalDate day, List<PlannedEntry> entries) {
        clock.moveTo(day);
        Path file = files.write(day, entries);
        return engine.reconciliation()
                .importStatement(
                        new StatementImport(
                                companyId,
                                file.getFileName().toString(),
                                files.read(file).lines()));
    }

    private MonetaryAmount outstanding() {
        return engine.invoices()
                .find(companyId, invoice.id())
                .orElseThrow()
                .invoice()
                .outstanding();
    }

    @Test
    void returnReopensPaidInvoice() {
        String remittance = "FATURA " + invoice.number();

        ReconciliationResult paid =
                importDay(PAID, List.of(entry(PAID, PlannedEntry.EntryKind.TRANSFER, remittance)));
        MonetaryAmount afterPayment = outstanding();
        ReconciliationResult returned =
                importDay(
                        RETURNED,
                        List.of(
                                entry(
                                        RETURNED,
                                        PlannedEntry.EntryKind.RETURN,
                                        "IADE " + remittance)));

        assertThat(paid.booked()).hasSize(1);
        assertThat(paid.booked().get(0).kind()).isEqualTo(BookingKind.PAYMENT);
        assertThat(afterPayment.isZero()).isTrue();
        assertThat(returned.booked()).hasSize(1);
        assertThat(returned.booked().get(0).kind()).isEqualTo(BookingKind.REVERSAL);
        assertThat(returned.booked().get(0).paymentId())
                .isEqualTo(paid.booked().get(0).paymentId());
        assertThat(outstanding()).isEqualTo(invoice.receivable());
    }

    @Test
    void collectedChequeIsNoBankLine() {
        PlannedEntry cheque =
                entry(PAID, PlannedEntry.EntryKind.CHEQUE_COLLECTION, "CEK TAHSILAT 4100042");
        PlannedEntry transfer =
                entry(PAID, PlannedEntry.EntryKind.TRANSFER, "FATURA " + invoice.number());

        StatementFiles.DayEntries read = files.read(files.write(PAID, List.of(cheque, transfer)));

        assertThat(read.collectedInstruments()).containsExactly("4100042");
        assertThat(read.lines()).hasSize(1);
        assertThat(read.lines().get(0).endToEndId()).contains("E2E-00000001");
    }

    @Test
    void balancesCarryToNextDay() {
        PlannedEntry transfer =
                entry(PAID, PlannedEntry.EntryKind.TRANSFER, "FATURA " + invoice.number());
        files.write(PAID, List.of(transfer));

        Path second =
                files.write(
                        RETURNED, List.of(entry(RETURNED, PlannedEntry.EntryKind.RETURN, "IADE")));

        Statement lira =
                StatementReaders.builtIn().readAll(second).stream()
                        .filter(s -> s.header().accountCurrency().equals(invoice.currency()))
                        .findFirst()
                        .orElseThrow();
        assertThat(files.written()).isEqualTo(2);
        assertThat(second.getFileName()).hasToString("camt053-2024-03-06.xml");
        assertThat(balance(lira, Balance.OPENING_BOOKED)).isEqualTo(invoice.receivable());
        assertThat(balance(lira, "CLBD")).isEqualTo(Money.zero(invoice.currency()));
        assertThat(lira.findings()).isEmpty();
    }

    private static MonetaryAmount balance(Statement statement, String type) {
        return statement.balances().stream()
                .filter(balance -> balance.type().equals(type))
                .findFirst()
                .orElseThrow()
                .amount();
    }
}
