package io.github.tahsilat.examples.host;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.calendar.TurkeyCalendar;
import io.github.tahsilat.company.Company;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.company.CompanySettings;
import io.github.tahsilat.company.VatRounding;
import io.github.tahsilat.counterparty.ContactDetails;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.counterparty.CounterpartyKind;
import io.github.tahsilat.engine.Tahsilat;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceContext;
import io.github.tahsilat.invoice.InvoiceLine;
import io.github.tahsilat.service.dunning.DunningRunResult;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import javax.money.Monetary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxHostTest {

    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

    @TempDir Path outbox;

    private OutboxHost host;
    private CompanyId companyId;

    @BeforeEach
    void registerCustomerWithInvoice() {
        host = new OutboxHost(outbox, Clock.fixed(Instant.parse("2025-03-20T09:00:00Z"), ISTANBUL));
        Tahsilat tahsilat = host.tahsilat();
        Company company =
                Company.builder()
                        .id(CompanyId.random())
                        .legalName("Örnek Ticaret A.Ş.")
                        .settings(
                                CompanySettings.of(Monetary.getCurrency("TRY"), ISTANBUL)
                                        .withCalendar(TurkeyCalendar.create()))
                        .build();
        companyId = company.id();
        Counterparty customer =
                Counterparty.builder()
                        .id(CounterpartyId.random())
                        .companyId(companyId)
                        .kind(CounterpartyKind.CUSTOMER)
                        .name("Anadolu Gıda A.Ş.")
                        .contactDetails(ContactDetails.of("muhasebe@anadolu.example", null, null))
                        .build();
        tahsilat.companies().register(company);
        tahsilat.counterparties().register(customer);
        issueOverdueInvoice(customer.id(), "TR-2025-0042");
    }

    @Test
    void noticeIsWrittenToOutbox() throws IOException {
        DunningRunResult run = host.remind(companyId, LocalDate.of(2025, 3, 8));

        assertThat(run.notices()).hasSize(1);
        assertThat(noticeFiles()).hasSize(1);
        String text = Files.readString(noticeFiles().get(0), StandardCharsets.UTF_8);
        assertThat(text).startsWith("To: muhasebe@anadolu.example\n");
        assertThat(text).contains("X-Dunning-Level: 1\n");
        assertThat(text).contains("TR-2025-0042");
    }

    @Test
    void rerunWritesNothingTwice() throws IOException {
        host.remind(companyId, LocalDate.of(2025, 3, 8));
        DunningRunResult rerun = host.remind(companyId, LocalDate.of(2025, 3, 8));

        assertThat(rerun.notices()).isEmpty();
        assertThat(noticeFiles()).hasSize(1);
    }

    @Test
    void nextLevelAddsSecondFile() throws IOException {
        host.remind(companyId, LocalDate.of(2025, 3, 8));
        host.remind(companyId, LocalDate.of(2025, 3, 15));

        assertThat(noticeFiles()).hasSize(2);
        assertThat(noticeFiles().stream().map(OutboxHostTest::read))
                .anyMatch(text -> text.contains("X-Dunning-Level: 2\n"));
    }

    @Test
    void customerWithoutAddressGetsNoFile() throws IOException {
        Counterparty silent =
                Counterparty.builder()
                        .id(CounterpartyId.random())
                        .companyId(companyId)
                        .kind(CounterpartyKind.CUSTOMER)
                        .name("Adressiz Ltd.")
                        .build();
        host.tahsilat().counterparties().register(silent);
        issueOverdueInvoice(silent.id(), "TR-2025-0043");

        DunningRunResult run = host.remind(companyId, LocalDate.of(2025, 3, 8));

        assertThat(noticeFiles()).hasSize(1);
        assertThat(run.notices())
                .extracting(notice -> notice.counterpartyId())
                .contains(silent.id());
    }

    private void issueOverdueInvoice(CounterpartyId counterpartyId, String number) {
        Invoice invoice =
                Invoice.builder()
                        .companyId(companyId)
                        .counterpartyId(counterpartyId)
                        .number(number)
                        .direction(Direction.RECEIVABLE)
                        .issueDate(LocalDate.of(2025, 2, 1))
                        .currency("TRY")
                        .terms(PaymentTermsNotation.parse("NET 28"))
                        .line(
                                InvoiceLine.of(
                                        "Consulting",
                                        BigDecimal.ONE,
                                        new BigDecimal("1000.00"),
                                        new BigDecimal("20")))
                        .build(
                                new InvoiceContext(
                                        RoundingMode.HALF_UP,
                                        VatRounding.PER_LINE,
                                        TurkeyCalendar.create(),
                                        ISTANBUL));
        host.tahsilat().invoices().issue(InvoiceRequest.of(invoice));
    }

    private List<Path> noticeFiles() throws IOException {
        try (Stream<Path> files = Files.list(outbox)) {
            return files.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
