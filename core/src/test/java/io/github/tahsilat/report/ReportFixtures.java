package io.github.tahsilat.report;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.company.VatRounding;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceContext;
import io.github.tahsilat.invoice.InvoiceLine;
import io.github.tahsilat.ledger.CounterpartyLedger;
import io.github.tahsilat.ledger.EntryStamp;
import io.github.tahsilat.payment.Payment;
import io.github.tahsilat.payment.PaymentDirection;
import io.github.tahsilat.terms.PaymentTerms;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/** Shared test data for report tests. */
final class ReportFixtures {

    static final CompanyId COMPANY = CompanyId.parse("00000000-0000-0000-0000-00000000c001");
    static final CounterpartyId CUSTOMER =
            CounterpartyId.parse("00000000-0000-0000-0000-00000000d001");
    static final InvoiceContext CONTEXT =
            new InvoiceContext(
                    RoundingMode.HALF_UP,
                    VatRounding.PER_LINE,
                    date -> true,
                    ZoneId.of("Europe/Istanbul"));
    static final Instant START = Instant.parse("2025-01-01T08:00:00Z");

    private ReportFixtures() {}

    static MonetaryAmount eur(String amount) {
        return Money.of(new BigDecimal(amount), "EUR");
    }

    static CounterpartyLedger ledger() {
        return CounterpartyLedger.open(COMPANY, CUSTOMER, Monetary.getCurrency("EUR"));
    }

    static EntryStamp at(int minute) {
        return new EntryStamp("clerk-7", instant(minute));
    }

    static Instant instant(int minute) {
        return START.plusSeconds(60L * minute);
    }

    static Invoice invoice(String number, LocalDate issued, String amount, PaymentTerms terms) {
        return invoice(number, issued, amount, terms, Direction.RECEIVABLE);
    }

    static Invoice invoice(
            String number,
            LocalDate issued,
            String amount,
            PaymentTerms terms,
            Direction direction) {
        return Invoice.builder()
                .companyId(COMPANY)
                .counterpartyId(CUSTOMER)
                .number(number)
                .direction(direction)
                .issueDate(issued)
                .currency("EUR")
                .terms(terms)
                .line(
                        InvoiceLine.of(
                                "Item", BigDecimal.ONE, new BigDecimal(amount), BigDecimal.ZERO))
                .build(CONTEXT);
    }

    static Payment payment(LocalDate valueDate, MonetaryAmount amount) {
        return payment(valueDate, amount, PaymentDirection.RECEIVED);
    }

    static Payment payment(LocalDate valueDate, MonetaryAmount amount, PaymentDirection direction) {
        return Payment.builder()
                .companyId(COMPANY)
                .counterpartyId(CUSTOMER)
                .direction(direction)
                .valueDate(valueDate)
                .amount(amount)
                .actor("clerk-7")
                .build();
    }

    static List<String> plain(List<MonetaryAmount> amounts) {
        return amounts.stream()
                .map(a -> a.getNumber().numberValue(BigDecimal.class).setScale(2).toPlainString())
                .toList();
    }
}
