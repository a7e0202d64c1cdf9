package io.github.tahsilat.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.bankstatement.Entry;
import io.github.tahsilat.bankstatement.Statement;
import io.github.tahsilat.bankstatement.StatementReaders;
import io.github.tahsilat.bankstatement.TransactionDetails;
import io.github.tahsilat.bankstatement.reconciliation.BankLineMapper;
import io.github.tahsilat.company.BankAccount;
import io.github.tahsilat.reconciliation.BankLine;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Camt053WriterTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 4);

    @TempDir Path folder;

    private final DemoScenario scenario = ScenarioGenerator.generate(20240101, 400, 3);

    /** Writes the payments of the scenario's busiest day and reads the file back. */
    private List<Statement> roundTrip(
            List<PlannedEntry> payments, List<Camt053Writer.AccountDay> days) {
        for (BankAccount account : scenario.company().bankAccounts()) {
            List<PlannedEntry> credited =
                    payments.stream()
                            .filter(p -> p.amount().getCurrency().equals(account.currency()))
                            .toList();
            days.add(new Camt053Writer.AccountDay(account, opening(account.currency()), credited));
        }
        Path file = folder.resolve("statement.xml");
        Camt053Writer.write(file, DAY, "Boğaziçi Toptan Dağıtım A.Ş. & <Co>", 7, days);
        return StatementReaders.builtIn().readAll(file);
    }

    private static MonetaryAmount opening(CurrencyUnit currency) {
        return Money.of(new BigDecimal("1000.00"), currency);
    }

    private List<PlannedEntry> busiestDay() {
        return scenario.days().stream()
                .map(DemoDay::entries)
                .max(java.util.Comparator.comparingInt(List::size))
                .orElseThrow();
    }

    @Test
    void everyPaymentReadsBackAsOneEntry() {
        List<PlannedEntry> payments = busiestDay();
        List<Camt053Writer.AccountDay> days = new ArrayList<>();

        List<Statement> statements = roundTrip(payments, days);

        assertThat(payments).hasSizeGreaterThan(5);
        assertThat(statements).hasSize(3);
        assertThat(statements.stream().mapToInt(s -> s.entries().size()).sum())
                .isEqualTo(payments.size());
        for (int i = 0; i < statements.size(); i++) {
            List<PlannedEntry> written = days.get(i).entries();
            List<Entry> read = statements.get(i).entries();
            assertThat(read).hasSize(written.size());
            for (int j = 0; j < read.size(); j++) {
                Entry entry = read.get(j);
                PlannedEntry payment = written.get(j);
                TransactionDetails details = entry.details().get(0);
                assertThat(entry.amount()).isEqualTo(payment.signedAmount());
                assertThat(entry.isBooked()).isTrue();
                assertThat(entry.bookingDate()).isEqualTo(DAY);
                assertThat(entry.valueDate()).isEqualTo(payment.valueDate());
                assertThat(entry.bankTransactionCode().family())
                        .isEqualTo(Camt053Writer.family(payment.kind()));
                assertThat(details.counterparty().name()).isEqualTo(payment.customer().name());
                assertThat(details.counterparty().iban())
                        .isEqualTo(payment.customer().iban().value());
                assertThat(details.unstructuredRemittance()).containsExactly(payment.remittance());
            }
        }
    }

    @Test
    void returnReadsBackAsReversalLine() {
        PlannedEntry transfer =
                scenario.days().stream()
                        .flatMap(day -> day.entries().stream())
                        .filter(entry -> entry.kind() == PlannedEntry.EntryKind.TRANSFER)
                        .findFirst()
                        .orElseThrow();
        PlannedEntry returned =
                new PlannedEntry(
                        DAY,
                        transfer.customer(),
                        transfer.amount(),
                        "IADE " + transfer.remittance(),
                        PlannedEntry.EntryKind.RETURN,
                        transfer.endToEndId());

        List<Statement> statements = roundTrip(List.of(returned), new ArrayList<>());

        List<BankLine> lines =
                statements.stream().flatMap(s -> BankLineMapper.map(s).stream()).toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).isReturnOrReversal()).isTrue();
        assertThat(lines.get(0).amount()).isEqualTo(transfer.amount().negate());
        assertThat(lines.get(0).endToEndId()).contains(transfer.endToEndId());
        assertThat(statements.stream().flatMap(s -> s.findings().stream())).isEmpty();
    }

    @Test
    void balancesAddUpWithoutFindings() {
        List<Camt053Writer.AccountDay> days = new ArrayList<>();

        List<Statement> statements = roundTrip(busiestDay(), days);

        for (int i = 0; i < statements.size(); i++) {
            Statement statement = statements.get(i);
            assertThat(statement.findings()).isEmpty();
            assertThat(statement.header().accountIban())
                    .isEqualTo(days.get(i).account().iban().value());
            assertThat(statement.header().accountOwnerName())
                    .isEqualTo("Boğaziçi Toptan Dağıtım A.Ş. & <Co>");
        }
    }

    @Test
    void dayWithoutPaymentsHasEmptyStatements() {
        List<Camt053Writer.AccountDay> days = new ArrayList<>();

        List<Statement> statements = roundTrip(List.of(), days);

        assertThat(statements).hasSize(3);
        assertThat(statements).allSatisfy(s -> assertThat(s.entries()).isEmpty());
        assertThat(statements).allSatisfy(s -> assertThat(s.findings()).isEmpty());
    }
}
