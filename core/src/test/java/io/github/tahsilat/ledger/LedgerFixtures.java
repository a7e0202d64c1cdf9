package io.github.tahsilat.ledger;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.company.VatRounding;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.invoice.CreditDocument;
import io.github.tahsilat.invoice.CreditDocumentKind;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceContext;
import io.github.tahsilat.invoice.InvoiceLine;
import io.github.tahsilat.invoice.InvoiceReference;
import io.github.tahsilat.payment.Payment;
import io.github.tahsilat.payment.PaymentDirection;
import io.github.tahsilat.terms.NetDays;
import io.github.tahsilat.terms.PaymentTerms;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/** Shared test data for ledger tests: ids, invoices, credit notes, payments and stamps. */
final class LedgerFixtures {

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

    private LedgerFixtures() {}

    static MonetaryAmount money(String amount, String currency) {
        return Money.of(new BigDecimal(amount), currency);
    }

    static MonetaryAmount eur(String amount) {
        return money(amount, "EUR");
    }

    static CounterpartyLedger ledger(String currency) {
        return CounterpartyLedger.open(
                COMPANY, CUSTOMER, javax.money.Monetary.getCurrency(currency));
    }

    static EntryStamp at(int minute) {
        return new EntryStamp("clerk-7", START.plusSeconds(60L * minute));
    }

    static Instant instant(int minute) {
        return START.plusSeconds(60L * minute);
    }

    static Invoice invoice(String number, String issued, String amount, String currency) {
        return invoice(number, issued, amount, currency, new NetDays(30), Direction.RECEIVABLE);
    }

    static Invoice invoice(
            String number,
            String issued,
            String amount,
            String currency,
            PaymentTerms terms,
            Direction direction) {
        return Invoice.builder()
                .companyId(COMPANY)
                .counterpartyId(CUSTOMER)
                .number(number)
                .direction(direction)
                .issueDate(LocalDate.parse(issued))
                .currency(currency)
                .terms(terms)
                .line(
                        InvoiceLine.of(
                                "Item", BigDecimal.ONE, new BigDecimal(amount), BigDecimal.ZERO))
                .build(CONTEXT);
    }

    static CreditDocument creditNote(String number, String issued, String amount, String currency) {
        return CreditDocument.builder()
                .kind(CreditDocumentKind.CREDIT_NOTE)
                .number(number)
                .companyId(COMPANY)
                .counterpartyId(CUSTOMER)
                .direction(Direction.RECEIVABLE)
                .issueDate(LocalDate.parse(issued))
                .reference(InvoiceReference.toNumber("INV-1"))
                .currency(currency)
                .line(
                        InvoiceLine.of(
                                "Item", BigDecimal.ONE, new BigDecimal(amount), BigDecimal.ZERO))
                .build(CONTEXT);
    }

    static Payment.Builder payment(String valueDate, MonetaryAmount amount) {
        return Payment.builder()
                .companyId(COMPANY)
                .counterpartyId(CUSTOMER)
                .direction(PaymentDirection.RECEIVED)
                .valueDate(LocalDate.parse(valueDate))
                .amount(amount)
                .actor("clerk-7");
    }

    static PaymentOutcome pay(CounterpartyLedger ledger, Payment payment, int minute) {
        return ledger.recordPayment(
                payment, List.of(), AllocationPolicy.defaults(), instant(minute));
    }
}
