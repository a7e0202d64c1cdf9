package io.github.tahsilat.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.engine.Tahsilat;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceLine;
import io.github.tahsilat.persistence.spi.PageRequest;
import io.github.tahsilat.persistence.spi.record.BankEntryRecord;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.reconciliation.BankEntryKey;
import io.github.tahsilat.reconciliation.BankLine;
import io.github.tahsilat.service.Actor;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.service.reconciliation.QueuedLine;
import io.github.tahsilat.service.reconciliation.ReconciliationResult;
import io.github.tahsilat.service.reconciliation.StatementImport;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Imports bank statements through the engine on PostgreSQL, where imports run in parallel. */
class ReconciliationOnPostgresTest {

    @RegisterExtension static final PostgresFixture DATABASE = PostgresFixture.shared();

    private static final String ACCOUNT = "TR330006100519786457841326";
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final int IMPORTS = 4;

    private final Stores stores = DATABASE.stores();
    private final Tahsilat engine =
            PostgresFixture.engine(stores, Instant.parse("2026-03-02T09:00:00Z"));
    private final CompanyId companyId = CompanyId.random();

    private Invoice registerWithInvoice() {
        PostgresFixture.registerCompany(engine, companyId, RoundingMode.HALF_UP);
        Counterparty customer =
                PostgresFixture.registerCustomer(engine, companyId, "Ege Boya Ltd.");
        Invoice invoice =
                Invoice.builder()
                        .companyId(companyId)
                        .counterpartyId(customer.id())
                        .number("INV-1")
                        .direction(Direction.RECEIVABLE)
                        .issueDate(DAY)
                        .currency("TRY")
                        .terms(PaymentTermsNotation.parse("NET 30"))
                        .line(
                                InvoiceLine.of(
                                        "Boya",
                                        BigDecimal.ONE,
                                        new BigDecimal("2500.00"),
                                        BigDecimal.ZERO))
                        .build(PostgresFixture.CONTEXT);
        engine.invoices().issue(InvoiceRequest.of(invoice));
        return invoice;
    }

    @Test
    void parallelImportsBookOnce() throws Exception {
        Invoice invoice = registerWithInvoice();
        BankLine line =
                BankLine.builder()
                        .accountId(ACCOUNT)
                        .bookingDate(DAY)
                        .amount(Money.of(new BigDecimal("2500.00"), "TRY"))
                        .remittanceText("Fatura INV-1")
                        .accountServicerReference("2026030200017")
                        .build();
        StatementImport statement = new StatementImport(companyId, "STMT-1", List.of(line));
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<ReconciliationResult>> imports = new ArrayList<>();
        for (int i = 0; i < IMPORTS; i++) {
            imports.add(
                    () -> {
                        start.await();
                        return engine.reconciliation().importStatement(statement);
                    });
        }

        List<ReconciliationResult> results = new ArrayList<>();
        ExecutorService executor = Executors.newFixedThreadPool(IMPORTS);
        try {
            List<Future<ReconciliationResult>> futures = new ArrayList<>();
            for (Callable<ReconciliationResult> task : imports) {
                futures.add(executor.submit(task));
            }
            start.countDown();
            for (Future<ReconciliationResult> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
        } finally {
            executor.shutdownNow();
        }

        assertThat(results.stream().mapToInt(r -> r.booked().size()).sum()).isEqualTo(1);
        assertThat(results.stream().mapToInt(r -> r.alreadyBooked().size()).sum())
                .isEqualTo(IMPORTS - 1);
        assertThat(results).allSatisfy(r -> assertThat(r.suggested()).isEmpty());
        List<BankEntryRecord> entries =
                stores.bankEntries().ofStatement(companyId.value(), "STMT-1");
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).paymentId()).isEqualTo(entries.get(1).paymentId());
        assertThat(
                        engine.invoices()
                                .find(companyId, invoice.id())
                                .orElseThrow()
                                .invoice()
                                .outstanding()
                                .isZero())
                .isTrue();
    }

    @Test
    void queuedLineMatchedByHand() {
        Invoice invoice = registerWithInvoice();
        BankLine line =
                BankLine.builder()
                        .accountId(ACCOUNT)
                        .bookingDate(DAY)
                        .amount(Money.of(new BigDecimal("2400.00"), "TRY"))
                        .remittanceText("havale")
                        .accountServicerReference("2026030200018")
                        .build();
        StatementImport statement = new StatementImport(companyId, "STMT-2", List.of(line));
        engine.reconciliation().importStatement(statement);

        List<QueuedLine> open =
                engine.reconciliation().openQueue(companyId, PageRequest.first(10)).items();
        assertThat(open).hasSize(1);
        QueuedLine queued = open.get(0);
        assertThat(queued.entryKey()).isEqualTo("ref:" + ACCOUNT + ":2026030200018");
        assertThat(queued.amount().isEqualTo(Money.of(new BigDecimal("2400.00"), "TRY"))).isTrue();
        assertThat(queued.remittance()).contains("havale");

        QueuedLine matched =
                engine.reconciliation()
                        .matchQueued(
                                companyId,
                                queued.entryKey(),
                                Map.of(invoice.id(), Money.of(new BigDecimal("2400.00"), "TRY")),
                                Actor.user("clerk-7"),
                                Optional.of("rest follows next week"));

        QueuedLine.Resolution resolution = matched.resolution().orElseThrow();
        assertThat(resolution.kind()).isEqualTo(QueuedLine.ResolutionKind.MANUAL_MATCH);
        assertThat(resolution.actor()).isEqualTo(Actor.user("clerk-7"));
        assertThat(resolution.at()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
        assertThat(resolution.note()).contains("rest follows next week");
        assertThat(
                        engine.invoices()
                                .find(companyId, invoice.id())
                                .orElseThrow()
                                .invoice()
                                .outstanding()
                                .isEqualTo(Money.of(new BigDecimal("100.00"), "TRY")))
                .isTrue();
        assertThat(stores.bankEntries().ofStatement(companyId.value(), "STMT-2"))
                .extracting(BankEntryRecord::entryKey)
                .containsExactlyInAnyOrder(
                        queued.entryKey(),
                        BankEntryKey.of(line, 1).contentKey() + BankEntryKey.WITH_REFERENCE_SUFFIX);

        ReconciliationResult again = engine.reconciliation().importStatement(statement);

        assertThat(again.alreadyBooked()).hasSize(1);
        assertThat(engine.reconciliation().openQueue(companyId, PageRequest.first(10)).items())
                .isEmpty();
        assertThat(
                        stores.reconciliationQueue()
                                .find(companyId.value(), queued.entryKey())
                                .orElseThrow()
                                .isOpen())
                .isFalse();
    }
}
