package io.github.tahsilat.engine;

import static io.github.tahsilat.engine.ReconciliationFixture.credit;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.payment.PaymentId;
import io.github.tahsilat.persistence.spi.record.BankEntryDecision;
import io.github.tahsilat.persistence.spi.record.BankEntryRecord;
import io.github.tahsilat.reconciliation.BankLine;
import io.github.tahsilat.service.reconciliation.ReconciliationResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ReconciliationPropertiesTest {

    /** The open invoices' amounts; line {@code n} pays invoice {@code n} in full. */
    private static final List<String> AMOUNTS =
            List.of("100.00", "137.15", "174.30", "0.01", "9999.99");

    /** The index of a line that names no invoice and never books. */
    private static final int UNMATCHED = AMOUNTS.size();

    private static BankLine line(int n) {
        String amount = n == UNMATCHED ? "12.34" : AMOUNTS.get(n);
        String text = n == UNMATCHED ? "no reference" : "Fatura INV-10" + n;
        return credit(amount).remittanceText(text).accountServicerReference("R-" + n).build();
    }

    /**
     * Statements made of the same lines in any order, each line at most once per statement but
     * repeated across statements, as overlapping intraday and end-of-day statements are.
     */
    @Provide
    Arbitrary<List<List<Integer>>> statements() {
        return Arbitraries.integers()
                .between(0, UNMATCHED)
                .list()
                .uniqueElements()
                .list()
                .ofMinSize(1)
                .ofMaxSize(5);
    }

    @Property(tries = 200)
    void importsBookEachEntryOnce(@ForAll("statements") List<List<Integer>> statements) {
        ReconciliationFixture fixture = new ReconciliationFixture();
        List<Invoice> invoices = new ArrayList<>();
        for (int n = 0; n < AMOUNTS.size(); n++) {
            invoices.add(fixture.issue("INV-10" + n, AMOUNTS.get(n)));
        }
        TreeSet<Integer> matched = new TreeSet<>();
        int bookedLines = 0;
        for (int s = 0; s < statements.size(); s++) {
            List<BankLine> lines = statements.get(s).stream().map(n -> line(n)).toList();
            ReconciliationResult result = fixture.importLines("S-" + s, lines);
            bookedLines += result.booked().size();
            statements.get(s).stream().filter(n -> n != UNMATCHED).forEach(matched::add);
        }

        BigDecimal expectedTotal = BigDecimal.ZERO;
        for (int n : matched) {
            expectedTotal = expectedTotal.add(new BigDecimal(AMOUNTS.get(n)));
        }
        List<BankEntryRecord> booked =
                fixture.entries().stream()
                        .filter(entry -> entry.entryKey().startsWith("ref:"))
                        .toList();
        BigDecimal paymentTotal = BigDecimal.ZERO;
        for (BankEntryRecord entry : booked) {
            PaymentId paymentId = new PaymentId(entry.paymentId().orElseThrow());
            paymentTotal =
                    paymentTotal.add(
                            fixture.engine
                                    .payments()
                                    .find(fixture.companyId, paymentId)
                                    .orElseThrow()
                                    .payment()
                                    .amount()
                                    .getNumber()
                                    .numberValue(BigDecimal.class));
        }
        assertThat(bookedLines).isEqualTo(matched.size());
        assertThat(booked).hasSize(matched.size());
        assertThat(booked)
                .allSatisfy(e -> assertThat(e.decision()).isEqualTo(BankEntryDecision.BOOKED));
        assertThat(fixture.paymentsRecorded()).isEqualTo(matched.size());
        assertThat(paymentTotal).isEqualByComparingTo(expectedTotal);
        for (int n = 0; n < AMOUNTS.size(); n++) {
            String open = matched.contains(n) ? "0.00" : AMOUNTS.get(n);
            assertThat(fixture.outstanding(invoices.get(n))).isEqualByComparingTo(open);
        }
    }
}
