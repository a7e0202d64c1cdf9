package io.github.tahsilat.einvoice.internal.mapping;

import io.github.tahsilat.einvoice.EInvoice;
import io.github.tahsilat.einvoice.EInvoiceImportException;
import io.github.tahsilat.einvoice.EInvoiceLine;
import io.github.tahsilat.einvoice.FindingKind;
import io.github.tahsilat.einvoice.ImportFinding;
import io.github.tahsilat.einvoice.TaxSubtotal;
import io.github.tahsilat.einvoice.WithholdingTax;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.invoice.InvoiceTotals;
import io.github.tahsilat.invoice.VatSubtotal;
import io.github.tahsilat.invoice.VatWithholding;
import io.github.tahsilat.invoice.WithholdingSubtotal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Builds Tahsilat's {@link InvoiceTotals} from the totals printed on an e-invoice: the VAT
 * subtotals merged per rate, the net as the sum of their taxable amounts, and the withholdings per
 * code and fraction. Printed amounts with more decimals than the minor unit are rounded, with a
 * finding.
 */
final class PrintedTotals {

    private final EInvoice document;
    private final CurrencyUnit currency;
    private final RoundingMode rounding;
    private final List<ImportFinding> findings;

    private PrintedTotals(EInvoice document, RoundingMode rounding, List<ImportFinding> findings) {
        this.document = document;
        this.currency = document.currency();
        this.rounding = rounding;
        this.findings = findings;
    }

    /**
     * Returns the printed totals of {@code document} and adds any rounding or non-VAT finding to
     * {@code findings}.
     *
     * @throws EInvoiceImportException if a VAT subtotal is negative or has a negative rate, or the
     *     printed totals break an invariant of {@link InvoiceTotals}, such as more VAT withheld
     *     than printed
     */
    static InvoiceTotals of(
            EInvoice document, RoundingMode rounding, List<ImportFinding> findings) {
        return new PrintedTotals(document, rounding, findings).build();
    }

    private InvoiceTotals build() {
        Map<BigDecimal, BigDecimal[]> perRate = new TreeMap<>();
        for (TaxSubtotal subtotal : document.taxSubtotals()) {
            if (!subtotal.category().isVat()) {
                nonVat(subtotal);
                continue;
            }
            BigDecimal rate = Decimals.rate(subtotal.category().percentOrZero());
            if (rate.signum() < 0) {
                throw new EInvoiceImportException(
                        "e-invoice "
                                + document.id()
                                + " prints a VAT subtotal at "
                                + rate.toPlainString()
                                + " %, but a VAT rate is 0 % or more; ask the issuer for a"
                                + " corrected document");
            }
            BigDecimal[] sums = perRate.computeIfAbsent(rate, key -> new BigDecimal[] {ZERO, ZERO});
            sums[0] = sums[0].add(Decimals.of(subtotal.taxableAmount()));
            sums[1] = sums[1].add(Decimals.of(subtotal.taxAmount()));
        }
        if (perRate.isEmpty()) {
            // NOTE: without a printed VAT subtotal the whole tax-exclusive amount is taken as
            // taxed at 0 %, which is what a document without VAT states.
            perRate.put(
                    BigDecimal.ZERO,
                    new BigDecimal[] {
                        Decimals.of(document.monetaryTotal().taxExclusiveAmount()), ZERO
                    });
        }
        List<VatSubtotal> vatSubtotals = new ArrayList<>();
        BigDecimal net = ZERO;
        for (Map.Entry<BigDecimal, BigDecimal[]> entry : perRate.entrySet()) {
            String field = "vatSubtotals[" + entry.getKey().toPlainString() + "]";
            BigDecimal taxable = rounded(field + ".taxableAmount", entry.getValue()[0]);
            BigDecimal tax = rounded(field + ".taxAmount", entry.getValue()[1]);
            if (taxable.signum() < 0 || tax.signum() < 0) {
                throw new EInvoiceImportException(
                        "e-invoice "
                                + document.id()
                                + " prints a VAT subtotal at "
                                + entry.getKey().toPlainString()
                                + " % of "
                                + money(taxable)
                                + " taxable and "
                                + money(tax)
                                + " tax; Tahsilat invoices hold no negative amounts, so record"
                                + " the returned part as a separate credit document");
            }
            vatSubtotals.add(new VatSubtotal(entry.getKey(), money(taxable), money(tax)));
            net = net.add(taxable);
        }
        try {
            return InvoiceTotals.of(money(net), vatSubtotals, withholdingSubtotals());
        } catch (InvalidInputException e) {
            throw new EInvoiceImportException(
                    "e-invoice "
                            + document.id()
                            + ": its printed totals cannot be kept: "
                            + e.getMessage(),
                    e);
        }
    }

    private List<WithholdingSubtotal> withholdingSubtotals() {
        List<WithholdingTax> printed = document.withholdings();
        String where = "the document";
        if (printed.isEmpty()) {
            // Some documents print the withholding on the lines only.
            printed = new ArrayList<>();
            for (EInvoiceLine line : document.lines()) {
                printed.addAll(line.withholdings());
            }
            where = "a line";
        }
        Map<VatWithholding, BigDecimal> perCode = new LinkedHashMap<>();
        for (WithholdingTax withholding : printed) {
            VatWithholding key = Withholdings.of(withholding, document.id(), where);
            perCode.merge(key, Decimals.of(withholding.taxAmount()), BigDecimal::add);
        }
        List<WithholdingSubtotal> subtotals = new ArrayList<>();
        for (Map.Entry<VatWithholding, BigDecimal> entry : perCode.entrySet()) {
            String field = "withholdingSubtotals[" + entry.getKey().code() + "]";
            subtotals.add(
                    new WithholdingSubtotal(
                            entry.getKey(), money(rounded(field, entry.getValue()))));
        }
        return subtotals;
    }

    private void nonVat(TaxSubtotal subtotal) {
        String name =
                subtotal.category().taxTypeCode() != null
                        ? subtotal.category().taxTypeCode()
                        : subtotal.category().schemeId();
        String label =
                subtotal.category().schemeName() == null
                        ? String.valueOf(name)
                        : name + " (" + subtotal.category().schemeName() + ")";
        findings.add(
                new ImportFinding(
                        FindingKind.NON_VAT_TAX,
                        "taxSubtotals[" + name + "]",
                        subtotal.taxAmount(),
                        null,
                        "The tax "
                                + label
                                + " of "
                                + subtotal.taxAmount()
                                + " is not VAT; Tahsilat's totals hold VAT only, so it is not"
                                + " part of the receivable."));
    }

    /** Rounds a printed amount to the minor unit, with a finding when that changed it. */
    private BigDecimal rounded(String field, BigDecimal value) {
        BigDecimal result = Decimals.round(value, currency, rounding);
        if (result.compareTo(value) != 0) {
            findings.add(
                    new ImportFinding(
                            FindingKind.PRINTED_AMOUNT_ROUNDED,
                            field,
                            money(value),
                            money(result),
                            "The printed "
                                    + field
                                    + " of "
                                    + value.toPlainString()
                                    + " has more decimals than "
                                    + currency.getCurrencyCode()
                                    + " has and was rounded "
                                    + rounding
                                    + " to "
                                    + result.toPlainString()
                                    + "."));
        }
        return result;
    }

    private MonetaryAmount money(BigDecimal value) {
        return Decimals.money(value, currency);
    }

    private static final BigDecimal ZERO = BigDecimal.ZERO;
}
