package io.github.tahsilat.invoice;

import io.github.tahsilat.calendar.BusinessCalendar;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.company.VatRounding;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.terms.NetDays;
import io.github.tahsilat.terms.PaymentTerms;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/** Shared test data: small payment terms, a calendar, ids and builders. */
final class Fixtures {

    static final CompanyId COMPANY = CompanyId.parse("00000000-0000-0000-0000-00000000c001");
    static final CounterpartyId CUSTOMER =
            CounterpartyId.parse("00000000-0000-0000-0000-00000000d001");
    static final LocalDate ISSUED = LocalDate.of(2025, 10, 21);

    /** Every day is a business day; the test terms never roll. */
    static final BusinessCalendar EVERY_DAY = date -> true;

    static final InvoiceContext HALF_UP_PER_LINE =
            new InvoiceContext(
                    RoundingMode.HALF_UP,
                    VatRounding.PER_LINE,
                    EVERY_DAY,
                    ZoneId.of("Europe/Istanbul"));

    private Fixtures() {}

    static InvoiceContext context(RoundingMode rounding, VatRounding vatRounding) {
        return new InvoiceContext(rounding, vatRounding, EVERY_DAY, ZoneId.of("Europe/Istanbul"));
    }

    static MonetaryAmount money(String amount, String currency) {
        return Money.of(new BigDecimal(amount), currency);
    }

    static InvoiceLine line(String quantity, String unitPrice, String vatRate) {
        return InvoiceLine.of(
                "Item",
                new BigDecimal(quantity),
                new BigDecimal(unitPrice),
                new BigDecimal(vatRate));
    }

    /** A builder with every required field set, for an invoice in {@code currency}. */
    static Invoice.Builder invoice(String currency) {
        return Invoice.builder()
                .companyId(COMPANY)
                .counterpartyId(CUSTOMER)
                .number("INV-2025-000001")
                .direction(Direction.RECEIVABLE)
                .issueDate(ISSUED)
                .currency(currency)
                .terms(new NetDays(30));
    }

    /** Builds an invoice of one line at 0 % VAT, so its receivable is {@code amount}. */
    static Invoice invoiceOf(String amount, String currency) {
        return invoice(currency).line(line("1", amount, "0")).build(HALF_UP_PER_LINE);
    }

    /** A builder for a credit note against our invoice number {@code INV-2025-000001}. */
    static CreditDocument.Builder creditNote(String currency) {
        return CreditDocument.builder()
                .kind(CreditDocumentKind.CREDIT_NOTE)
                .number("CN-2025-000001")
                .companyId(COMPANY)
                .counterpartyId(CUSTOMER)
                .direction(Direction.RECEIVABLE)
                .issueDate(ISSUED.plusDays(5))
                .reference(InvoiceReference.toNumber("INV-2025-000001"))
                .currency(currency);
    }

    /** Builds a credit note of one line at 0 % VAT, so its amount is {@code amount}. */
    static CreditDocument creditOf(String amount, String currency) {
        return creditNote(currency).line(line("1", amount, "0")).build(HALF_UP_PER_LINE);
    }

    /** Two installments of half the receivable each, due 30 and 60 days after the invoice date. */
    static PaymentTerms twoInstallments() {
        return PaymentTermsNotation.parse("50% NET 30; 50% NET 60");
    }
}
