package io.github.tahsilat.invoice;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.money.MinorAmount;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The totals of an invoice or credit document, every amount rounded to the currency's minor unit.
 *
 * <p>Invariants, checked by the constructor: every amount is in one currency and zero or more; the
 * taxable amounts of {@code vatSubtotals} add up to {@code net} and their tax amounts to {@code
 * vat}, one subtotal per rate; {@code gross = net + vat}; the withheld amounts add up to {@code
 * withheld}, which is at most {@code vat}; and {@code receivable = gross − withheld}. Every later
 * step (due schedule, settlements, credits) works on {@code receivable}.
 *
 * @param net the line extension amount, the sum of the net line amounts
 * @param vatSubtotals the VAT per rate, in ascending rate order when computed by the library
 * @param vat the VAT of the document
 * @param gross the amount including VAT, {@code net + vat}
 * @param withholdingSubtotals the withheld VAT per code and fraction; empty without withholding
 * @param withheld the VAT the buyer pays to the tax office
 * @param receivable the amount the counterparty owes the issuer, {@code gross − withheld}
 */
public record InvoiceTotals(
        @NotNull @PositiveOrZero MonetaryAmount net,
        @NotNull List<@NotNull @Valid VatSubtotal> vatSubtotals,
        @NotNull @PositiveOrZero MonetaryAmount vat,
        @NotNull @PositiveOrZero MonetaryAmount gross,
        @NotNull List<@NotNull @Valid WithholdingSubtotal> withholdingSubtotals,
        @NotNull @PositiveOrZero MonetaryAmount withheld,
        @NotNull @PositiveOrZero MonetaryAmount receivable) {

    /**
     * Copies the lists and checks the invariants.
     *
     * @throws InvalidInputException if an amount is missing, negative, in another currency than
     *     {@code net} or not rounded to the minor unit, a rate appears twice, or a sum does not
     *     hold; the message names the total and the value it should have
     */
    public InvoiceTotals {
        if (net == null) {
            throw new InvalidInputException("totals.net", null, "an amount");
        }
        CurrencyUnit currency = Amounts.knownCurrency("totals.net.currency", net.getCurrency());
        MinorAmount netUnits = Amounts.documentAmount("totals.net", net, currency);
        vatSubtotals = copy("totals.vatSubtotals", vatSubtotals);
        withholdingSubtotals = copy("totals.withholdingSubtotals", withholdingSubtotals);
        MinorAmount vatUnits = Amounts.documentAmount("totals.vat", vat, currency);
        MinorAmount grossUnits = Amounts.documentAmount("totals.gross", gross, currency);
        MinorAmount withheldUnits = Amounts.documentAmount("totals.withheld", withheld, currency);
        MinorAmount receivableUnits =
                Amounts.documentAmount("totals.receivable", receivable, currency);

        MinorAmount taxableSum = MinorAmount.zero(currency);
        MinorAmount taxSum = MinorAmount.zero(currency);
        Set<BigDecimal> rates = new HashSet<>();
        for (VatSubtotal subtotal : vatSubtotals) {
            if (!rates.add(subtotal.rate())) {
                throw new InvalidInputException(
                        "totals.vatSubtotals",
                        subtotal.rate().toPlainString(),
                        "one subtotal per VAT rate");
            }
            taxableSum =
                    taxableSum.plus(
                            Amounts.documentAmount(
                                    "totals.vatSubtotals.taxableAmount",
                                    subtotal.taxableAmount(),
                                    currency));
            taxSum =
                    taxSum.plus(
                            Amounts.documentAmount(
                                    "totals.vatSubtotals.taxAmount",
                                    subtotal.taxAmount(),
                                    currency));
        }
        MinorAmount withheldSum = MinorAmount.zero(currency);
        for (WithholdingSubtotal subtotal : withholdingSubtotals) {
            withheldSum =
                    withheldSum.plus(
                            Amounts.documentAmount(
                                    "totals.withholdingSubtotals.withheldAmount",
                                    subtotal.withheldAmount(),
                                    currency));
        }

        requireSum("totals.net", netUnits, taxableSum, "the sum of the taxable amounts per rate");
        requireSum("totals.vat", vatUnits, taxSum, "the sum of the tax amounts per rate");
        requireSum("totals.gross", grossUnits, netUnits.plus(vatUnits), "net + vat");
        requireSum("totals.withheld", withheldUnits, withheldSum, "the sum of the withholdings");
        if (withheldUnits.compareTo(vatUnits) > 0) {
            throw new InvalidInputException(
                    "totals.withheld", withheld, "at most the VAT of " + vatUnits);
        }
        requireSum(
                "totals.receivable",
                receivableUnits,
                grossUnits.minus(withheldUnits),
                "gross − withheld");
    }

    /**
     * Returns totals whose VAT, gross, withheld and receivable amounts are derived from the
     * subtotals, as printed documents state them.
     *
     * @throws InvalidInputException as the constructor does
     */
    public static InvoiceTotals of(
            MonetaryAmount net,
            List<VatSubtotal> vatSubtotals,
            List<WithholdingSubtotal> withholdingSubtotals) {
        if (net == null) {
            throw new InvalidInputException("totals.net", null, "an amount");
        }
        CurrencyUnit currency = Amounts.knownCurrency("totals.net.currency", net.getCurrency());
        MinorAmount vat = MinorAmount.zero(currency);
        for (VatSubtotal subtotal : copy("totals.vatSubtotals", vatSubtotals)) {
            vat =
                    vat.plus(
                            Amounts.documentAmount(
                                    "totals.vatSubtotals.taxAmount",
                                    subtotal.taxAmount(),
                                    currency));
        }
        MinorAmount withheld = MinorAmount.zero(currency);
        for (WithholdingSubtotal subtotal :
                copy("totals.withholdingSubtotals", withholdingSubtotals)) {
            withheld =
                    withheld.plus(
                            Amounts.documentAmount(
                                    "totals.withholdingSubtotals.withheldAmount",
                                    subtotal.withheldAmount(),
                                    currency));
        }
        MinorAmount gross = Amounts.documentAmount("totals.net", net, currency).plus(vat);
        return new InvoiceTotals(
                net,
                vatSubtotals,
                vat.toMonetaryAmount(),
                gross.toMonetaryAmount(),
                withholdingSubtotals,
                withheld.toMonetaryAmount(),
                gross.minus(withheld).toMonetaryAmount());
    }

    /** Returns the currency of every amount. */
    public CurrencyUnit currency() {
        return net.getCurrency();
    }

    private static <T> List<T> copy(String field, List<T> list) {
        if (list == null) {
            throw new InvalidInputException(field, null, "a list, empty when there is none");
        }
        for (T element : list) {
            if (element == null) {
                throw new InvalidInputException(field, list, "a list without null elements");
            }
        }
        return List.copyOf(list);
    }

    private static void requireSum(
            String field, MinorAmount actual, MinorAmount expected, String rule) {
        if (actual.compareTo(expected) != 0) {
            throw new InvalidInputException(field, actual, expected + ", " + rule);
        }
    }
}
