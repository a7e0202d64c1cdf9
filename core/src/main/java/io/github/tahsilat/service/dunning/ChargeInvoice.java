package io.github.tahsilat.service.dunning;

import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.dunning.ChargeVat;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.fx.VatBasis;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.AmountChecks;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.internal.money.VatSplit;
import io.github.tahsilat.invoice.InvoiceId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * An invoice that the host should issue to a customer for a dunning fee or late interest (vade
 * farkı) that a run booked. In Turkey such a charge is part of the price and carries VAT, so the
 * library reports it for the host to invoice. Invariant: {@code gross = net + vat}, each rounded to
 * the currency's minor unit, all in one currency.
 *
 * <p>The ledger receivable is the charged amount. With {@link VatBasis#INCLUSIVE} that is the
 * gross; with {@link VatBasis#EXCLUSIVE} it is the net, and the host books the VAT it invoices on
 * top. Immutable and thread-safe.
 *
 * @param kind whether the invoice bills a fee or late interest
 * @param counterpartyId the customer charged
 * @param referenceInvoice the overdue invoice the charge was raised on
 * @param referenceNumber that invoice's number, for the new invoice's reference line
 * @param date the run's as-of date, on which the charge was booked
 * @param net the amount before VAT
 * @param vatRate the VAT rate in percent, such as 20
 * @param vat the VAT amount
 * @param gross the amount with VAT
 */
public record ChargeInvoice(
        ChargeKind kind,
        CounterpartyId counterpartyId,
        InvoiceId referenceInvoice,
        String referenceNumber,
        LocalDate date,
        MonetaryAmount net,
        BigDecimal vatRate,
        MonetaryAmount vat,
        MonetaryAmount gross) {

    /**
     * Checks that every component is present and that the amounts agree.
     *
     * @throws NullPointerException if a component other than an amount is {@code null}
     * @throws InvalidInputException if an amount is missing or has more decimals than its currency,
     *     or {@code gross} is not {@code net + vat}
     * @throws io.github.tahsilat.error.CurrencyMismatchException if the amounts are in different
     *     currencies
     */
    public ChargeInvoice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        Objects.requireNonNull(referenceInvoice, "referenceInvoice");
        Objects.requireNonNull(referenceNumber, "referenceNumber");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(vatRate, "vatRate");
        MinorAmount netUnits = AmountChecks.exact("net", net);
        MinorAmount vatUnits = AmountChecks.exact("vat", vat);
        MinorAmount grossUnits = AmountChecks.exact("gross", gross);
        MinorAmount sum = netUnits.plus(vatUnits);
        sum.requireSameCurrency("gross", grossUnits);
        if (sum.compareTo(grossUnits) != 0) {
            throw new InvalidInputException("gross", grossUnits, "net plus VAT: " + sum);
        }
    }

    /**
     * Builds the invoice for a charged amount under {@code terms}. An exclusive amount is the net,
     * and the VAT is added on top. An inclusive amount is the gross: the net is rounded from it,
     * and the VAT is the rest.
     *
     * @param charged the fee or interest booked, greater than zero, at the currency's scale
     * @param roundingMode the company's rounding mode for the VAT or the net
     * @throws InvalidInputException if an argument is missing, {@code charged} is not greater than
     *     zero or has more decimals than its currency, or {@code referenceNumber} is blank or
     *     longer than 100 characters
     */
    public static ChargeInvoice of(
            ChargeKind kind,
            CounterpartyId counterpartyId,
            InvoiceId referenceInvoice,
            String referenceNumber,
            LocalDate date,
            MonetaryAmount charged,
            ChargeVat terms,
            RoundingMode roundingMode) {
        InputChecks.present(kind, "kind", "FEE or LATE_INTEREST");
        InputChecks.present(counterpartyId, "counterpartyId", "the customer's id");
        InputChecks.present(referenceInvoice, "referenceInvoice", "the overdue invoice's id");
        InputChecks.text(referenceNumber, "referenceNumber", 100);
        InputChecks.present(date, "date", "the date the charge was booked");
        MinorAmount amount = AmountChecks.exact("charged", charged);
        if (!amount.isPositive()) {
            throw new InvalidInputException("charged", amount, "an amount greater than zero");
        }
        InputChecks.present(terms, "terms", "the VAT terms of the charge");
        InputChecks.present(roundingMode, "roundingMode", "HALF_UP or HALF_EVEN");

        VatSplit split =
                VatSplit.of(
                        amount, terms.vatRate(), terms.basis() == VatBasis.INCLUSIVE, roundingMode);
        return new ChargeInvoice(
                kind,
                counterpartyId,
                referenceInvoice,
                referenceNumber,
                date,
                split.net().toMonetaryAmount(),
                terms.vatRate(),
                split.vat().toMonetaryAmount(),
                split.gross().toMonetaryAmount());
    }

    /** Returns the currency of the amounts. */
    public CurrencyUnit currency() {
        return net.getCurrency();
    }
}
