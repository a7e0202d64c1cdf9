package io.github.tahsilat.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.calendar.TurkeyCalendar;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.company.VatRounding;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceContext;
import io.github.tahsilat.invoice.InvoiceLine;
import io.github.tahsilat.terms.DueSchedule.Installment;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** Runs the README's quick start, so the documented code compiles and prints what it says. */
class ReadmeQuickStartTest {

    @Test
    void quickStartDueDateFollowsKurbanBayrami() {
        InvoiceContext context =
                new InvoiceContext(
                        RoundingMode.HALF_UP,
                        VatRounding.PER_LINE,
                        TurkeyCalendar.create(),
                        ZoneId.of("Europe/Istanbul"));
        Invoice invoice =
                Invoice.builder()
                        .companyId(CompanyId.random())
                        .counterpartyId(CounterpartyId.random())
                        .number("TR-2025-0001")
                        .direction(Direction.RECEIVABLE)
                        .issueDate(LocalDate.of(2025, 5, 7))
                        .currency("TRY")
                        .terms(PaymentTermsNotation.parse("2/10 NET 30 ROLL FOLLOWING"))
                        .line(
                                InvoiceLine.of(
                                        "Consulting",
                                        BigDecimal.ONE,
                                        new BigDecimal("2500.00"),
                                        new BigDecimal("20")))
                        .build(context);

        Installment only = invoice.dueSchedule().installments().get(0);
        assertThat(only.dueDate()).isEqualTo(LocalDate.of(2025, 6, 10));
        assertThat(only.amount()).isEqualTo(Money.of(new BigDecimal("3000.00"), "TRY"));
        assertThat(only.discounts().get(0).discount())
                .isEqualTo(Money.of(new BigDecimal("60.00"), "TRY"));
    }
}
