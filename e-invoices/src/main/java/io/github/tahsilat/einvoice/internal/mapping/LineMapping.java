package io.github.tahsilat.einvoice.internal.mapping;

import io.github.tahsilat.einvoice.AllowanceCharge;
import io.github.tahsilat.einvoice.EInvoice;
import io.github.tahsilat.einvoice.EInvoiceImportException;
import io.github.tahsilat.einvoice.EInvoiceLine;
import io.github.tahsilat.einvoice.FindingKind;
import io.github.tahsilat.einvoice.ImportFinding;
import io.github.tahsilat.invoice.InvoiceLine;
import io.github.tahsilat.invoice.LineDiscount;
import io.github.tahsilat.invoice.VatWithholding;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * Maps the lines of an e-invoice to Tahsilat invoice lines.
 *
 * <p>A line becomes one invoice line when Tahsilat's line can state it: a positive quantity, a
 * price of zero or more, and allowances at least as large as its charges, which become an amount
 * discount. Otherwise, and when the document has allowances or charges of its own, the lines are
 * combined into one line per VAT rate and withholding, quantity 1, priced at the net amount of the
 * document at that rate, and a {@link FindingKind#LINES_COMBINED} finding gives the reason.
 */
final class LineMapping {

    private final EInvoice document;
    private final CurrencyUnit currency;

    private LineMapping(EInvoice document) {
        this.document = document;
        this.currency = document.currency();
    }

    /** The mapped lines, and the finding when they were combined per rate. */
    record Result(List<InvoiceLine> lines, Optional<ImportFinding> finding) {}

    /**
     * Maps the lines of {@code document}.
     *
     * @throws EInvoiceImportException if a line or a document allowance or charge prints a negative
     *     VAT rate, or a line has more than one withholding or a malformed one. Also if a document
     *     allowance or charge names no VAT rate while the lines have several, or the net amount at
     *     a VAT rate is negative
     */
    static Result map(EInvoice document) {
        return new LineMapping(document).map();
    }

    private Result map() {
        for (EInvoiceLine line : document.lines()) {
            rejectNegativeRate(line);
        }
        List<InvoiceLine> lines = new ArrayList<>();
        String reason =
                document.allowanceCharges().isEmpty()
                        ? null
                        : "the document has "
                                + document.allowanceCharges().size()
                                + " allowances or charges of its own";
        for (EInvoiceLine line : document.lines()) {
            VatWithholding withholding = withholding(line);
            String problem = problem(line);
            if (problem != null && reason == null) {
                reason = "line " + line.id() + " " + problem;
            }
            if (reason == null) {
                lines.add(single(line, withholding));
            }
        }
        if (reason == null) {
            return new Result(lines, Optional.empty());
        }
        String message =
                "The lines were combined into one line per VAT rate, because "
                        + reason
                        + "; each combined line carries the net amount of the document at its"
                        + " rate, and the e-invoice keeps the original lines.";
        return new Result(
                combined(),
                Optional.of(
                        new ImportFinding(
                                FindingKind.LINES_COMBINED, "lines", null, null, message)));
    }

    /**
     * Rejects a negative VAT rate. Unlike a negative amount, which a return or discount line
     * explains, no VAT rate is below 0 %, so no combined line could state the document either.
     */
    private void rejectNegativeRate(EInvoiceLine line) {
        if (line.vatPercent().signum() < 0) {
            throw new EInvoiceImportException(
                    "e-invoice "
                            + document.id()
                            + ": line "
                            + line.id()
                            + " prints the VAT rate "
                            + line.vatPercent().toPlainString()
                            + " %, but a VAT rate is 0 % or more; ask the issuer for a corrected"
                            + " document");
        }
    }

    /** Returns why {@code line} cannot be one invoice line, or {@code null} if it can. */
    private String problem(EInvoiceLine line) {
        if (line.quantity().signum() <= 0) {
            return "has the quantity " + line.quantity().toPlainString();
        }
        if (line.lineExtensionAmount().isNegative()) {
            return "has the negative amount " + line.lineExtensionAmount();
        }
        if (line.price() == null) {
            return "prints no price";
        }
        if (line.price().isNegative()) {
            return "has the negative price " + line.price();
        }
        BigDecimal discount = netAllowance(line);
        if (discount.signum() < 0) {
            return "has charges larger than its allowances";
        }
        if (discount.compareTo(line.quantity().multiply(unitPrice(line))) > 0) {
            return "has allowances larger than quantity × price";
        }
        return null;
    }

    private InvoiceLine single(EInvoiceLine line, VatWithholding withholding) {
        BigDecimal discount = netAllowance(line);
        return new InvoiceLine(
                description(line),
                line.quantity(),
                unitPrice(line),
                discount.signum() == 0
                        ? null
                        : LineDiscount.amount(Decimals.money(discount, currency)),
                Decimals.rate(line.vatPercent()),
                withholding);
    }

    private static String description(EInvoiceLine line) {
        if (line.name() != null) {
            return line.name();
        }
        return line.description() != null ? line.description() : "Line " + line.id();
    }

    /** Returns the price of one unit: the price divided by the base quantity, if printed. */
    private static BigDecimal unitPrice(EInvoiceLine line) {
        BigDecimal price = Decimals.of(line.price());
        BigDecimal base = line.baseQuantity();
        if (base == null || base.signum() <= 0 || base.compareTo(BigDecimal.ONE) == 0) {
            return price;
        }
        try {
            return price.divide(base);
        } catch (ArithmeticException e) {
            // NOTE: a price per base quantity that has no exact decimal quotient, such as 10 per
            // 3 units, is kept to 16 significant digits; the line amount is rounded once anyway.
            return price.divide(base, MathContext.DECIMAL64);
        }
    }

    /** Returns the line's allowances minus its charges. */
    private static BigDecimal netAllowance(EInvoiceLine line) {
        BigDecimal net = BigDecimal.ZERO;
        for (AllowanceCharge allowanceCharge : line.allowanceCharges()) {
            net = net.subtract(Decimals.of(allowanceCharge.signedAmount()));
        }
        return net;
    }

    private VatWithholding withholding(EInvoiceLine line) {
        if (line.withholdings().isEmpty()) {
            return null;
        }
        if (line.withholdings().size() > 1) {
            throw new EInvoiceImportException(
                    "e-invoice "
                            + document.id()
                            + ": line "
                            + line.id()
                            + " has "
                            + line.withholdings().size()
                            + " withholdings; a Tahsilat line has at most one, so split the line");
        }
        return Withholdings.of(line.withholdings().get(0), document.id(), "line " + line.id());
    }

    // ---- Combined lines ---------------------------------------------------------------------

    /** The VAT rate and withholding that a combined line stands for. */
    private record RateKey(BigDecimal rate, VatWithholding withholding) {}

    private List<InvoiceLine> combined() {
        Map<RateKey, BigDecimal> amounts = new LinkedHashMap<>();
        for (EInvoiceLine line : document.lines()) {
            RateKey key = new RateKey(Decimals.rate(line.vatPercent()), withholding(line));
            amounts.merge(key, Decimals.of(line.lineExtensionAmount()), BigDecimal::add);
        }
        for (AllowanceCharge allowanceCharge : document.allowanceCharges()) {
            RateKey key = keyOf(allowanceCharge, amounts);
            amounts.merge(key, Decimals.of(allowanceCharge.signedAmount()), BigDecimal::add);
        }
        List<InvoiceLine> lines = new ArrayList<>();
        for (Map.Entry<RateKey, BigDecimal> entry : amounts.entrySet()) {
            RateKey key = entry.getKey();
            BigDecimal amount = entry.getValue();
            if (amount.signum() < 0) {
                throw new EInvoiceImportException(
                        "e-invoice "
                                + document.id()
                                + ": its amounts at "
                                + key.rate().toPlainString()
                                + " % VAT add up to "
                                + Decimals.money(amount, currency)
                                + "; Tahsilat invoices hold no negative amounts, so record the"
                                + " returned part as a separate credit document");
            }
            String description =
                    "Lines at "
                            + key.rate().toPlainString()
                            + " % VAT"
                            + (key.withholding() == null
                                    ? ""
                                    : " with withholding " + key.withholding());
            lines.add(
                    new InvoiceLine(
                            description,
                            BigDecimal.ONE,
                            amount,
                            null,
                            key.rate(),
                            key.withholding()));
        }
        return lines;
    }

    private RateKey keyOf(AllowanceCharge allowanceCharge, Map<RateKey, BigDecimal> amounts) {
        if (allowanceCharge.taxCategory() != null
                && allowanceCharge.taxCategory().percent() != null) {
            BigDecimal rate = Decimals.rate(allowanceCharge.taxCategory().percent());
            if (rate.signum() < 0) {
                throw new EInvoiceImportException(
                        "e-invoice "
                                + document.id()
                                + ": the document "
                                + (allowanceCharge.charge() ? "charge " : "allowance ")
                                + "of "
                                + allowanceCharge.amount()
                                + " prints the VAT rate "
                                + rate.toPlainString()
                                + " %, but a VAT rate is 0 % or more; ask the issuer for a"
                                + " corrected document");
            }
            for (RateKey key : amounts.keySet()) {
                if (key.rate().equals(rate)) {
                    return key;
                }
            }
            return new RateKey(rate, null);
        }
        List<BigDecimal> rates = amounts.keySet().stream().map(RateKey::rate).distinct().toList();
        if (rates.size() == 1) {
            return amounts.keySet().iterator().next();
        }
        throw new EInvoiceImportException(
                "e-invoice "
                        + document.id()
                        + ": the document "
                        + (allowanceCharge.charge() ? "charge " : "allowance ")
                        + Objects.requireNonNullElse(allowanceCharge.reason(), "")
                        + " of "
                        + allowanceCharge.amount()
                        + " names no VAT rate, and the lines have the rates "
                        + rates
                        + "; the document must give the allowance's cac:TaxCategory");
    }
}
