package io.github.tahsilat.fx;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.AmountChecks;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.internal.money.VatSplit;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.InvoiceId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * An exchange-difference invoice (kur farkı faturası) that the host should issue or expect, built
 * from a realized exchange difference on a receivable. In Turkey a difference charged to the
 * customer is part of the price and carries VAT, so the library reports it for the host to invoice
 * and never books it silently.
 *
 * <p>A gain on a receivable is invoiced by the company to the customer ({@link
 * Direction#RECEIVABLE}); a loss is invoiced by the customer to the company ({@link
 * Direction#PAYABLE}). Whether the difference already contains VAT is the host's {@link VatBasis}.
 * Invariant: {@code gross = net + vat}, each rounded to the minor unit.
 *
 * @param direction who issues it: the company for a gain, the customer for a loss
 * @param referenceInvoice the invoice whose settlement produced the difference
 * @param referenceNumber that invoice's number, for the new invoice's reference line
 * @param date the value date of the payment that realized the difference
 * @param net the amount before VAT
 * @param vatRate the VAT rate in percent, such as 20
 * @param vat the VAT amount
 * @param gross the amount with VAT
 */
public record ExchangeDifferenceInvoice(
        Direction direction,
        InvoiceId referenceInvoice,
        String referenceNumber,
        LocalDate date,
        MonetaryAmount net,
        BigDecimal vatRate,
        MonetaryAmount vat,
        MonetaryAmount gross) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Checks that every component is present. */
    public ExchangeDifferenceInvoice {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(referenceInvoice, "referenceInvoice");
        Objects.requireNonNull(referenceNumber, "referenceNumber");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(net, "net");
        Objects.requireNonNull(vatRate, "vatRate");
        Objects.requireNonNull(vat, "vat");
        Objects.requireNonNull(gross, "gross");
    }

    /**
     * Builds the invoice for a realized difference on a receivable.
     *
     * @param vatRate the VAT rate in percent, from 0 to 100
     * @throws InvalidInputException if an argument is missing, the difference is unrealized or
     *     zero, the rate is out of range, or the reference number is blank
     */
    public static ExchangeDifferenceInvoice forDifference(
            ExchangeDifference difference,
            InvoiceId referenceInvoice,
            String referenceNumber,
            BigDecimal vatRate,
            VatBasis basis,
            RoundingMode roundingMode) {
        InputChecks.present(difference, "difference", "a realized exchange difference");
        if (difference.kind() != ExchangeDifferenceKind.REALIZED) {
            throw new InvalidInputException(
                    "difference",
                    difference.kind(),
                    "a REALIZED difference; revaluations are not invoiced");
        }
        MinorAmount amount = AmountChecks.exact("difference.amount", difference.amount());
        if (amount.isZero()) {
            throw new InvalidInputException(
                    "difference.amount", amount, "a difference other than zero");
        }
        InputChecks.present(referenceInvoice, "referenceInvoice", "the settled invoice's id");
        InputChecks.text(referenceNumber, "referenceNumber", 100);
        InputChecks.present(vatRate, "vatRate", "a VAT rate in percent");
        if (vatRate.signum() < 0 || vatRate.compareTo(HUNDRED) > 0) {
            throw new InvalidInputException("vatRate", vatRate, "a percentage from 0 to 100");
        }
        InputChecks.present(basis, "basis", "INCLUSIVE or EXCLUSIVE");
        InputChecks.present(roundingMode, "roundingMode", "HALF_UP or HALF_EVEN");

        MinorAmount size = amount.isNegative() ? amount.negate() : amount;
        VatSplit split = VatSplit.of(size, vatRate, basis == VatBasis.INCLUSIVE, roundingMode);
        Direction direction = amount.isPositive() ? Direction.RECEIVABLE : Direction.PAYABLE;
        return new ExchangeDifferenceInvoice(
                direction,
                referenceInvoice,
                referenceNumber,
                difference.date(),
                split.net().toMonetaryAmount(),
                vatRate,
                split.vat().toMonetaryAmount(),
                split.gross().toMonetaryAmount());
    }
}
