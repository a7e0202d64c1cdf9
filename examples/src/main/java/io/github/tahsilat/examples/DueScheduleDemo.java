package io.github.tahsilat.examples;

import io.github.tahsilat.calendar.BusinessCalendar;
import io.github.tahsilat.calendar.TurkeyCalendar;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.company.VatRounding;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceContext;
import io.github.tahsilat.invoice.InvoiceLine;
import io.github.tahsilat.invoice.VatWithholding;
import io.github.tahsilat.terms.DueSchedule.EarlyPaymentDiscount;
import io.github.tahsilat.terms.DueSchedule.Installment;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Builds a handful of invoices with different payment terms on the Turkey calendar and prints their
 * due schedules as a table.
 */
final class DueScheduleDemo {

    /** One demo invoice: who, what, and the terms in their text form. */
    private record Sample(
            String number,
            String customer,
            String currency,
            LocalDate issued,
            String terms,
            String netAmount,
            String vatRate,
            VatWithholding withholding) {}

    private static final List<Sample> SAMPLES =
            List.of(
                    new Sample(
                            "TR-2025-0001",
                            "Anadolu Gıda A.Ş.",
                            "TRY",
                            LocalDate.of(2025, 3, 14),
                            "NET 30 ROLL FOLLOWING",
                            "12500.00",
                            "20",
                            null),
                    new Sample(
                            "TR-2025-0002",
                            "Boğaziçi Lojistik",
                            "TRY",
                            LocalDate.of(2025, 5, 6),
                            "2/10 NET 30",
                            "4800.00",
                            "20",
                            null),
                    new Sample(
                            "TR-2025-0003",
                            "Kapadokya Turizm",
                            "TRY",
                            LocalDate.of(2021, 9, 13),
                            "EOM+45",
                            "9999.99",
                            "10",
                            null),
                    new Sample(
                            "TR-2025-0004",
                            "Kapadokya Turizm",
                            "TRY",
                            LocalDate.of(2021, 9, 13),
                            "45+EOM",
                            "9999.99",
                            "10",
                            null),
                    new Sample(
                            "TR-2025-0005",
                            "Ege Tekstil Ltd.",
                            "TRY",
                            LocalDate.of(2024, 1, 31),
                            "4X EOM+0 MONTHLY EOM",
                            "1000.00",
                            "20",
                            null),
                    new Sample(
                            "TR-2025-0006",
                            "Marmara İnşaat",
                            "TRY",
                            LocalDate.of(2025, 3, 3),
                            "40% NET 30; 60% NET 60 ROLL MODIFIED_FOLLOWING",
                            "1000.00",
                            "20",
                            VatWithholding.of("613", 9, 10)),
                    new Sample(
                            "EU-2025-0007",
                            "Rotterdam Trading B.V.",
                            "EUR",
                            LocalDate.of(2020, 6, 11),
                            "EOM+1M",
                            "5.47",
                            "0",
                            null),
                    new Sample(
                            "JP-2025-0008",
                            "Osaka Parts K.K.",
                            "JPY",
                            LocalDate.of(2025, 6, 2),
                            "3X NET 30 MONTHLY",
                            "1000",
                            "0",
                            null),
                    new Sample(
                            "KW-2025-0009",
                            "Kuwait Marine Co.",
                            "KWD",
                            LocalDate.of(2025, 6, 2),
                            "EQUAL NET 30; EQUAL NET 60; EQUAL NET 90",
                            "10.000",
                            "0",
                            null),
                    new Sample(
                            "TR-2025-0010",
                            "Trakya Tarım Koop.",
                            "TRY",
                            LocalDate.of(2025, 5, 7),
                            "NET 30 ROLL FOLLOWING",
                            "2500.00",
                            "1",
                            null));

    private DueScheduleDemo() {}

    /** Builds the sample invoices and prints one row per installment to {@code out}. */
    static void print(PrintWriter out) {
        BusinessCalendar turkey = TurkeyCalendar.create();
        InvoiceContext context =
                new InvoiceContext(
                        RoundingMode.HALF_UP,
                        VatRounding.PER_LINE,
                        turkey,
                        ZoneId.of("Europe/Istanbul"));
        CompanyId company =
                new CompanyId(
                        UUID.nameUUIDFromBytes(
                                "demo company".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        String format = "%-13s %-22s %-10s %-44s %14s %14s  %-3s %-10s %14s  %s%n";
        out.printf(
                format,
                "Invoice",
                "Customer",
                "Issued",
                "Terms",
                "Gross",
                "Receivable",
                "#",
                "Due",
                "Amount",
                "Discount");
        out.println("-".repeat(175));
        for (Sample sample : SAMPLES) {
            Invoice invoice = build(sample, company, context);
            boolean first = true;
            for (Installment installment : invoice.dueSchedule().installments()) {
                out.printf(
                        format,
                        first ? invoice.number() : "",
                        first ? sample.customer() : "",
                        first ? invoice.issueDate() : "",
                        first ? invoice.terms().toNotation() : "",
                        first ? plain(invoice.totals().gross()) : "",
                        first ? plain(invoice.receivable()) : "",
                        installment.number(),
                        installment.dueDate(),
                        plain(installment.amount()),
                        discounts(installment.discounts()));
                first = false;
            }
        }
    }

    private static Invoice build(Sample sample, CompanyId company, InvoiceContext context) {
        InvoiceLine line =
                InvoiceLine.of(
                                "Goods and services",
                                BigDecimal.ONE,
                                new BigDecimal(sample.netAmount()),
                                new BigDecimal(sample.vatRate()))
                        .withWithholding(sample.withholding());
        return Invoice.builder()
                .companyId(company)
                .counterpartyId(
                        new CounterpartyId(
                                UUID.nameUUIDFromBytes(
                                        sample.customer()
                                                .getBytes(
                                                        java.nio.charset.StandardCharsets.UTF_8))))
                .number(sample.number())
                .direction(Direction.RECEIVABLE)
                .issueDate(sample.issued())
                .currency(sample.currency())
                .terms(PaymentTermsNotation.parse(sample.terms()))
                .line(line)
                .build(context);
    }

    private static String discounts(List<EarlyPaymentDiscount> discounts) {
        List<String> parts = new ArrayList<>();
        for (EarlyPaymentDiscount discount : discounts) {
            parts.add(
                    discount.percent().toPlainString()
                            + " % = "
                            + plain(discount.discount())
                            + " until "
                            + discount.lastDay());
        }
        return String.join(", ", parts);
    }

    private static String plain(javax.money.MonetaryAmount amount) {
        return amount.getCurrency().getCurrencyCode()
                + " "
                + amount.getNumber()
                        .numberValue(BigDecimal.class)
                        .setScale(
                                amount.getCurrency().getDefaultFractionDigits(),
                                RoundingMode.UNNECESSARY)
                        .toPlainString();
    }
}
