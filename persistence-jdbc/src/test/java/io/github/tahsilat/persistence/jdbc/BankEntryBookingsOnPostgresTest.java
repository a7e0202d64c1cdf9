package io.github.tahsilat.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.engine.Tahsilat;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceLine;
import io.github.tahsilat.persistence.spi.record.BankEntryDecision;
import io.github.tahsilat.persistence.spi.record.BankEntryRecord;
import io.github.tahsilat.persistence.spi.record.PaymentRecord;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.reconciliation.BankLine;
import io.github.tahsilat.reconciliation.BatchBooking;
import io.github.tahsilat.service.Actor;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.service.reconciliation.BookedLine;
import io.github.tahsilat.service.reconciliation.BookingKind;
import io.github.tahsilat.service.reconciliation.ReconciliationResult;
import io.github.tahsilat.service.reconciliation.StatementImport;
import io.github.tahsilat.service.reconciliation.SuggestedLine;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bank lines that book several payments, or none, through the engine on PostgreSQL. INV-A (300.00
 * TRY) and INV-B (200.00 TRY) belong to two customers, so a line of 500.00 TRY paying both books
 * two payments, and its return reverses both. A statement's batch total of 500.00 TRY, after a
 * notification booked its two transactions, books nothing.
 */
class BankEntryBookingsOnPostgresTest {

    @RegisterExtension static final PostgresFixture DATABASE = PostgresFixture.shared();

    private static final String ACCOUNT = "TR330006100519786457841326";
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final int IMPORTS = 4;

    private final Stores stores = DATABASE.stores();
    private final Tahsilat engine =
            PostgresFixture.engine(stores, Instant.parse("2026-03-02T09:00:00Z"));
    private final CompanyId companyId = CompanyId.random();
    private final Invoice first;
    private final Invoice second;

    BankEntryBookingsOnPostgresTest() {
        PostgresFixture.registerCompany(engine, companyId, RoundingMode.HALF_UP);
        first = issue(customer("Ege Boya Ltd."), "INV-A", "300.00");
        second = issue(customer("Marmara Kimya A.Ş."), "INV-B", "200.00");
    }

    private Counterparty customer(String name) {
        return PostgresFixture.registerCustomer(engine, companyId, name);
    }

    private Invoice issue(Counterparty customer, String number, String amount) {
        Invoice invoice =
                Invoice.builder()
                        .companyId(companyId)
                        .counterpartyId(customer.id())
                        .number(number)
                        .direction(Direction.RECEIVABLE)
                        .issueDate(DAY)
                        .currency("TRY")
                        .terms(PaymentTermsNotation.parse("NET 30"))
                        .line(
                                InvoiceLine.of(
                                        "Boya",
                                        BigDecimal.ONE,
                                        new BigDecimal(amount),
                                        BigDecimal.ZERO))
                        .build(PostgresFixture.CONTEXT);
        engine.invoices().issue(InvoiceRequest.of(invoice));
        return invoice;
    }

    private static BankLine.Builder line(String amount) {
        return BankLine.builder()
                .accountId(ACCOUNT)
                .bookingDate(DAY)
                .amount(Money.of(new BigDecimal(amount), "TRY"))
                .endToEndId("E2E-SPLIT-1");
    }

    private ReconciliationResult importLine(String statementId, BankLine line) {
        return engine.reconciliation()
                .importStatement(new StatementImport(companyId, statementId, List.of(line)));
    }

    private BookedLine bookSplit() {
        ReconciliationResult paid =
                importLine("STMT-1", line("500.00").remittanceText("INV-A INV-B").build());
        assertThat(paid.booked()).hasSize(1);
        return paid.booked().get(0);
    }

    private static BankLine returned() {
        return line("-500.00").reversal(true).build();
    }

    private PaymentRecord payment(BookedLine booked, int part) {
        return stores.payments()
                .findByIdempotencyKey(companyId.value(), booked.key().primary() + "/" + part)
                .orElseThrow();
    }

    private BigDecimal outstanding(Invoice invoice) {
        return engine.invoices()
                .find(companyId, invoice.id())
                .orElseThrow()
                .invoice()
                .outstanding()
                .getNumber()
                .numberValue(BigDecimal.class);
    }

    @Nested
    class Return {

        @Test
        void reversesBothPayments() {
            BookedLine booked = bookSplit();

            ReconciliationResult result = importLine("STMT-2", returned());

            assertThat(result.booked()).hasSize(1);
            assertThat(result.booked().get(0).kind()).isEqualTo(BookingKind.REVERSAL);
            assertThat(payment(booked, 1).reversedOn()).contains(DAY);
            assertThat(payment(booked, 2).reversedOn()).contains(DAY);
            assertThat(outstanding(first)).isEqualByComparingTo("300.00");
            assertThat(outstanding(second)).isEqualByComparingTo("200.00");
            List<BankEntryRecord> reversal =
                    stores.bankEntries().ofStatement(companyId.value(), "STMT-2");
            assertThat(reversal).hasSize(1);
            assertThat(reversal.get(0).decision()).isEqualTo(BankEntryDecision.REVERSED);
            assertThat(reversal.get(0).paymentIds())
                    .containsExactly(payment(booked, 1).id(), payment(booked, 2).id());
            BankEntryRecord payments =
                    stores.bankEntries().ofStatement(companyId.value(), "STMT-1").get(0);
            assertThat(payments.paymentIds())
                    .containsExactly(payment(booked, 1).id(), payment(booked, 2).id());
        }

        @Test
        void parallelReturnsReverseOnce() throws Exception {
            BookedLine booked = bookSplit();
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<ReconciliationResult>> imports = new ArrayList<>();
            for (int i = 0; i < IMPORTS; i++) {
                imports.add(
                        () -> {
                            start.await();
                            return importLine("STMT-2", returned());
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
            assertThat(results).allSatisfy(r -> assertThat(r.reversalsForReview()).isEmpty());
            assertThat(payment(booked, 1).reversedOn()).contains(DAY);
            assertThat(payment(booked, 2).reversedOn()).contains(DAY);
            assertThat(outstanding(first)).isEqualByComparingTo("300.00");
            assertThat(outstanding(second)).isEqualByComparingTo("200.00");
            assertThat(stores.bankEntries().ofStatement(companyId.value(), "STMT-2")).hasSize(1);
        }
    }

    @Nested
    class BatchTotal {

        @Test
        void settledByNotification() {
            importLine("NTF-1", line("300.00").endToEndId("E2E-A").remittanceText("INV-A").build());
            importLine("NTF-1", line("200.00").endToEndId("E2E-B").remittanceText("INV-B").build());
            BankLine total =
                    BankLine.builder()
                            .accountId(ACCOUNT)
                            .bookingDate(DAY)
                            .amount(Money.of(new BigDecimal("500.00"), "TRY"))
                            .accountServicerReference("2026030200099")
                            .batch(BatchBooking.ofCount(2))
                            .build();

            ReconciliationResult stated = importLine("STMT-1", total);

            assertThat(stated.booked()).isEmpty();
            assertThat(stated.unmatched()).isEmpty();
            assertThat(stated.alreadyBooked()).hasSize(1);
            assertThat(stated.alreadyBooked().get(0).reason())
                    .startsWith(
                            "settled by NTF-1, which booked the batch's 2 transactions of TRY"
                                    + " 500.00 in total one by one: payment ");
            assertThat(stores.bankEntries().ofStatement(companyId.value(), "STMT-1")).isEmpty();
            assertThat(outstanding(first)).isEqualByComparingTo("0.00");
            assertThat(outstanding(second)).isEqualByComparingTo("0.00");
        }
    }

    /**
     * Two lines of 150.00 TRY naming INV-A, with bank references A and B. The clerk confirms A's
     * suggestion, and the statement imported again in reverse books B under the other occurrence
     * number of its content.
     */
    @Nested
    class ReorderedStatement {

        private List<BankLine> lines(String references) {
            List<BankLine> lines = new ArrayList<>();
            for (char reference : references.toCharArray()) {
                lines.add(
                        BankLine.builder()
                                .accountId(ACCOUNT)
                                .bookingDate(DAY)
                                .amount(Money.of(new BigDecimal("150.00"), "TRY"))
                                .remittanceText("INV-A")
                                .accountServicerReference(String.valueOf(reference))
                                .build());
            }
            return lines;
        }

        private ReconciliationResult importLines(String references) {
            return engine.reconciliation()
                    .importStatement(new StatementImport(companyId, "STMT-1", lines(references)));
        }

        @Test
        void reversedImportBooksOtherLine() {
            ReconciliationResult result = importLines("AB");
            SuggestedLine lineA =
                    result.suggested().stream()
                            .filter(line -> line.proposal().key().primary().endsWith(":A"))
                            .findFirst()
                            .orElseThrow();
            boolean confirmed =
                    engine.reconciliation()
                            .applier(companyId, "STMT-1")
                            .apply(lineA.proposal(), Actor.user("clerk-7"));

            ReconciliationResult again = importLines("BA");
            ReconciliationResult third = importLines("AB");

            assertThat(result.suggested()).hasSize(2);
            assertThat(confirmed).isTrue();
            assertThat(again.booked())
                    .extracting(line -> line.key().primary())
                    .containsExactly("ref:" + ACCOUNT + ":B");
            assertThat(again.alreadyBooked()).hasSize(1);
            assertThat(third.booked()).isEmpty();
            assertThat(third.alreadyBooked()).hasSize(2);
            assertThat(outstanding(first)).isEqualByComparingTo("0.00");
            List<String> keys =
                    stores.bankEntries().ofStatement(companyId.value(), "STMT-1").stream()
                            .map(BankEntryRecord::entryKey)
                            .toList();
            assertThat(keys).hasSize(4);
            assertThat(keys).filteredOn(key -> key.endsWith("#1+ref")).hasSize(1);
            assertThat(keys).filteredOn(key -> key.endsWith("#2+ref")).hasSize(1);
        }
    }
}
