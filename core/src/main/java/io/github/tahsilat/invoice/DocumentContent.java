package io.github.tahsilat.invoice;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.money.MinorAmount;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * The content that invoices and credit documents share: currency, price basis, lines, the computed
 * totals, and the printed totals if the document came with them. Immutable.
 */
record DocumentContent(
        CurrencyUnit currency,
        PriceBasis priceBasis,
        List<InvoiceLine> lines,
        InvoiceTotals computedTotals,
        InvoiceTotals printedTotals) {

    /**
     * Checks the lines and the printed totals against the currency and computes the totals.
     *
     * @throws InvalidInputException if the currency is missing or unknown, there are no lines, a
     *     line is missing or its discount is in another currency or too large, or the printed
     *     totals are in another currency
     */
    static DocumentContent of(
            CurrencyUnit currency,
            PriceBasis priceBasis,
            List<InvoiceLine> lines,
            InvoiceTotals printedTotals,
            InvoiceContext context) {
        if (context == null) {
            throw new InvalidInputException("context", null, "the company's invoice context");
        }
        Amounts.knownCurrency("currency", currency);
        if (priceBasis == null) {
            throw new InvalidInputException("priceBasis", null, "VAT_EXCLUSIVE or VAT_INCLUSIVE");
        }
        if (lines == null || lines.isEmpty()) {
            throw new InvalidInputException(
                    "lines", lines == null ? null : "no lines", "at least one line");
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) == null) {
                throw new InvalidInputException("lines[" + i + "]", null, "a line");
            }
        }
        if (printedTotals != null && !printedTotals.currency().equals(currency)) {
            throw new InvalidInputException(
                    "printedTotals",
                    printedTotals.currency().getCurrencyCode(),
                    "totals in " + currency.getCurrencyCode() + ", the document currency");
        }
        List<InvoiceLine> copy = List.copyOf(lines);
        RoundingMode rounding = context.rounding();
        InvoiceTotals computed =
                TotalsCalculator.compute(
                        copy, currency, priceBasis, rounding, context.vatRounding());
        return new DocumentContent(currency, priceBasis, copy, computed, printedTotals);
    }

    /**
     * Rebuilds stored content without computing the totals again.
     *
     * @throws InvalidInputException if the price basis is missing, there are no lines, or a total
     *     is in another currency than {@code currency}
     */
    static DocumentContent restore(
            CurrencyUnit currency,
            PriceBasis priceBasis,
            List<InvoiceLine> lines,
            InvoiceTotals computedTotals,
            InvoiceTotals printedTotals) {
        if (priceBasis == null) {
            throw new InvalidInputException("priceBasis", null, "VAT_EXCLUSIVE or VAT_INCLUSIVE");
        }
        if (lines == null || lines.isEmpty()) {
            throw new InvalidInputException(
                    "lines", lines == null ? null : "no lines", "at least one line");
        }
        requireCurrency("computedTotals", computedTotals, currency);
        if (printedTotals != null) {
            requireCurrency("printedTotals", printedTotals, currency);
        }
        return new DocumentContent(
                currency, priceBasis, List.copyOf(lines), computedTotals, printedTotals);
    }

    private static void requireCurrency(String field, InvoiceTotals totals, CurrencyUnit currency) {
        if (totals == null) {
            throw new InvalidInputException(field, null, "totals");
        }
        if (!totals.currency().equals(currency)) {
            throw new InvalidInputException(
                    field,
                    totals.currency().getCurrencyCode(),
                    "totals in " + currency.getCurrencyCode() + ", the document currency");
        }
    }

    /**
     * Checks a document number.
     *
     * @throws InvalidInputException if it is missing or blank
     */
    static String requireNumber(String number) {
        if (number == null || number.isBlank()) {
            throw new InvalidInputException(
                    "number", number, "a document number that is not blank");
        }
        return number;
    }

    /** Returns the printed totals if present, else the computed ones. */
    InvoiceTotals totals() {
        return printedTotals != null ? printedTotals : computedTotals;
    }

    Optional<InvoiceTotals> printed() {
        return Optional.ofNullable(printedTotals);
    }

    /** Returns the amount receivable of {@link #totals()} in minor units. */
    MinorAmount receivable() {
        return MinorAmount.of(totals().receivable(), RoundingMode.UNNECESSARY);
    }
}
