package io.github.tahsilat.einvoice.internal.mapping;

import io.github.tahsilat.einvoice.AllowanceCharge;
import io.github.tahsilat.einvoice.EInvoice;
import io.github.tahsilat.einvoice.EInvoiceLine;
import io.github.tahsilat.einvoice.FindingKind;
import io.github.tahsilat.einvoice.ImportFinding;
import io.github.tahsilat.einvoice.MonetaryTotal;
import io.github.tahsilat.einvoice.TaxSubtotal;
import io.github.tahsilat.invoice.InvoiceTotals;
import io.github.tahsilat.invoice.VatSubtotal;
import io.github.tahsilat.invoice.VatWithholding;
import io.github.tahsilat.invoice.WithholdingSubtotal;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Compares the printed totals with the computed ones, and the printed totals among themselves, and
 * adds a finding for each difference. Nothing is changed: the printed totals stay the invoice's
 * totals.
 *
 * <p>A subtotal may differ from the computed one by one minor unit, because the document may round
 * VAT per line where the company rounds per document or the other way round. The receivable may
 * differ by one minor unit per subtotal. The printed totals must add up exactly.
 */
final class TotalsCheck {

    private final EInvoice document;
    private final CurrencyUnit currency;
    private final List<ImportFinding> findings;

    private TotalsCheck(EInvoice document, List<ImportFinding> findings) {
        this.document = document;
        this.currency = document.currency();
        this.findings = findings;
    }

    /** Adds a {@link FindingKind#TOTALS_DIFFER} finding for each difference beyond tolerance. */
    static void compare(
            EInvoice document,
            InvoiceTotals printed,
            InvoiceTotals computed,
            List<ImportFinding> findings) {
        new TotalsCheck(document, findings).compare(printed, computed);
    }

    /**
     * Adds a {@link FindingKind#PRINTED_TOTALS_INCONSISTENT} finding for each printed total that
     * does not follow from the others.
     */
    static void checkPrinted(
            EInvoice document, InvoiceTotals printed, List<ImportFinding> findings) {
        new TotalsCheck(document, findings).checkPrinted(printed);
    }

    private void compare(InvoiceTotals printed, InvoiceTotals computed) {
        Map<BigDecimal, VatSubtotal> printedRates = byRate(printed);
        Map<BigDecimal, VatSubtotal> computedRates = byRate(computed);
        Set<BigDecimal> rates = new LinkedHashSet<>(printedRates.keySet());
        rates.addAll(computedRates.keySet());
        MonetaryAmount zero = Decimals.money(BigDecimal.ZERO, currency);
        for (BigDecimal rate : rates) {
            VatSubtotal left = printedRates.get(rate);
            VatSubtotal right = computedRates.get(rate);
            String field = "vatSubtotals[" + rate.toPlainString() + "]";
            differ(
                    field + ".taxableAmount",
                    left == null ? zero : left.taxableAmount(),
                    right == null ? zero : right.taxableAmount(),
                    1);
            differ(
                    field + ".taxAmount",
                    left == null ? zero : left.taxAmount(),
                    right == null ? zero : right.taxAmount(),
                    1);
        }
        Map<VatWithholding, MonetaryAmount> printedWithheld = byCode(printed);
        Map<VatWithholding, MonetaryAmount> computedWithheld = byCode(computed);
        Set<VatWithholding> codes = new LinkedHashSet<>(printedWithheld.keySet());
        codes.addAll(computedWithheld.keySet());
        for (VatWithholding code : codes) {
            differ(
                    "withholdingSubtotals[" + code + "]",
                    printedWithheld.getOrDefault(code, zero),
                    computedWithheld.getOrDefault(code, zero),
                    1);
        }
        int subtotals = Math.max(1, rates.size() + codes.size());
        differ("receivable", printed.receivable(), computed.receivable(), subtotals);
    }

    private void differ(String field, MonetaryAmount printed, MonetaryAmount computed, int units) {
        BigDecimal difference = Decimals.of(printed).subtract(Decimals.of(computed)).abs();
        BigDecimal tolerance = Decimals.minorUnit(currency).multiply(BigDecimal.valueOf(units));
        if (difference.compareTo(tolerance) > 0) {
            findings.add(
                    new ImportFinding(
                            FindingKind.TOTALS_DIFFER,
                            field,
                            printed,
                            computed,
                            "The printed "
                                    + field
                                    + " of "
                                    + printed
                                    + " differs from the "
                                    + computed
                                    + " computed from the lines by more than "
                                    + tolerance.toPlainString()
                                    + "; the printed amount is kept."));
        }
    }

    private void checkPrinted(InvoiceTotals printed) {
        MonetaryTotal total = document.monetaryTotal();
        BigDecimal lines = BigDecimal.ZERO;
        for (EInvoiceLine line : document.lines()) {
            lines = lines.add(Decimals.of(line.lineExtensionAmount()));
        }
        inconsistent(
                "LineExtensionAmount",
                total.lineExtensionAmount(),
                lines,
                "the sum of the line amounts");
        BigDecimal allowancesAndCharges = BigDecimal.ZERO;
        for (AllowanceCharge allowanceCharge : document.allowanceCharges()) {
            allowancesAndCharges =
                    allowancesAndCharges.add(Decimals.of(allowanceCharge.signedAmount()));
        }
        inconsistent(
                "TaxExclusiveAmount",
                total.taxExclusiveAmount(),
                Decimals.of(total.lineExtensionAmount()).add(allowancesAndCharges),
                "the line amounts minus the document allowances plus its charges");
        inconsistent(
                "TaxExclusiveAmount",
                total.taxExclusiveAmount(),
                Decimals.of(printed.net()),
                "the sum of the taxable amounts of the VAT subtotals");
        BigDecimal taxes = BigDecimal.ZERO;
        for (TaxSubtotal subtotal : document.taxSubtotals()) {
            taxes = taxes.add(Decimals.of(subtotal.taxAmount()));
        }
        inconsistent(
                "TaxInclusiveAmount",
                total.taxInclusiveAmount(),
                Decimals.of(total.taxExclusiveAmount()).add(taxes),
                "the total without tax plus the tax subtotals");
        BigDecimal expectedPayable =
                Decimals.of(printed.receivable())
                        .subtract(orZero(total.prepaidAmount()))
                        .add(orZero(total.payableRoundingAmount()));
        inconsistent(
                "PayableAmount",
                total.payableAmount(),
                expectedPayable,
                "the receivable (gross minus withheld VAT) minus the prepaid amount plus the"
                        + " rounding");
    }

    private void inconsistent(
            String element, MonetaryAmount printed, BigDecimal expected, String rule) {
        if (Decimals.of(printed).compareTo(expected) == 0) {
            return;
        }
        MonetaryAmount computed = Decimals.money(expected, currency);
        findings.add(
                new ImportFinding(
                        FindingKind.PRINTED_TOTALS_INCONSISTENT,
                        "cac:LegalMonetaryTotal/cbc:" + element,
                        printed,
                        computed,
                        "The printed "
                                + element
                                + " of "
                                + printed
                                + " is not "
                                + computed
                                + ", "
                                + rule
                                + "."));
    }

    private static BigDecimal orZero(MonetaryAmount amount) {
        return amount == null ? BigDecimal.ZERO : Decimals.of(amount);
    }

    private static Map<BigDecimal, VatSubtotal> byRate(InvoiceTotals totals) {
        Map<BigDecimal, VatSubtotal> map = new LinkedHashMap<>();
        for (VatSubtotal subtotal : totals.vatSubtotals()) {
            map.put(Decimals.rate(subtotal.rate()), subtotal);
        }
        return map;
    }

    private static Map<VatWithholding, MonetaryAmount> byCode(InvoiceTotals totals) {
        Map<VatWithholding, MonetaryAmount> map = new LinkedHashMap<>();
        for (WithholdingSubtotal subtotal : totals.withholdingSubtotals()) {
            map.merge(subtotal.withholding(), subtotal.withheldAmount(), MonetaryAmount::add);
        }
        return map;
    }
}
