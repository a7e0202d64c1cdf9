package io.github.tahsilat.allocation;

import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.AmountChecks;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.terms.DueSchedule;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * One installment of an invoice with an amount outstanding, as the allocator sees it.
 *
 * <p>Invariant: the three components are in one currency, zero or more, and at least one is greater
 * than zero. Immutable and thread-safe.
 *
 * @param invoiceId the invoice
 * @param installment the 1-based installment number in the invoice's due schedule
 * @param dueDate the installment's due date, the first key of the oldest-first order
 * @param fee open costs charged on the item
 * @param interest open default interest charged on the item
 * @param principal the open part of the installment amount
 * @param discounts early-payment discounts still open for the installment, earliest deadline first;
 *     empty once one was granted or when there are none
 */
public record OpenItem(
        @NotNull InvoiceId invoiceId,
        @Min(1) int installment,
        @NotNull LocalDate dueDate,
        @NotNull MonetaryAmount fee,
        @NotNull MonetaryAmount interest,
        @NotNull MonetaryAmount principal,
        @NotNull List<DueSchedule.@NotNull EarlyPaymentDiscount> discounts) {

    /**
     * Checks the components and copies the discount list.
     *
     * @throws InvalidInputException if a component is missing, the installment is below 1, an
     *     amount is negative or not rounded to the minor unit, or all three amounts are zero
     * @throws CurrencyMismatchException if the amounts or discounts are in different currencies
     */
    public OpenItem {
        InputChecks.present(invoiceId, "invoiceId", "the invoice's id");
        if (installment < 1) {
            throw new InvalidInputException("installment", installment, "a number from 1");
        }
        InputChecks.present(dueDate, "dueDate", "the installment's due date");
        MinorAmount feeUnits = AmountChecks.nonNegative("fee", fee);
        CurrencyUnit currency = feeUnits.currency();
        MinorAmount interestUnits = AmountChecks.nonNegative("interest", interest);
        MinorAmount principalUnits = AmountChecks.nonNegative("principal", principal);
        AmountChecks.inCurrency("combine", interestUnits, currency);
        AmountChecks.inCurrency("combine", principalUnits, currency);
        if (feeUnits.plus(interestUnits).plus(principalUnits).isZero()) {
            throw new InvalidInputException(
                    "principal", principal, "an item with an amount outstanding");
        }
        discounts = InputChecks.distinctList(discounts, "discounts");
        for (DueSchedule.EarlyPaymentDiscount discount : discounts) {
            AmountChecks.inCurrency(
                    "combine", AmountChecks.nonNegative("discount", discount.discount()), currency);
        }
    }

    /**
     * Returns an item with only a principal outstanding and no discount.
     *
     * @throws InvalidInputException if an argument is missing or the amount is not greater than
     *     zero
     */
    public static OpenItem principalOnly(
            InvoiceId invoiceId, int installment, LocalDate dueDate, MonetaryAmount principal) {
        MonetaryAmount zero = MinorAmount.zero(principal.getCurrency()).toMonetaryAmount();
        return new OpenItem(invoiceId, installment, dueDate, zero, zero, principal, List.of());
    }

    /** Returns the currency of every amount. */
    public CurrencyUnit currency() {
        return principal.getCurrency();
    }

    /** Returns the sum of the three components. */
    public MonetaryAmount outstanding() {
        return fee.add(interest).add(principal);
    }

    /**
     * Returns the discount that a payment on {@code valueDate} earns: the first open discount whose
     * last day is on or after it, if any.
     */
    public Optional<DueSchedule.EarlyPaymentDiscount> discountOn(LocalDate valueDate) {
        return discounts.stream().filter(d -> !valueDate.isAfter(d.lastDay())).findFirst();
    }

    /**
     * Returns what a payment on {@code valueDate} must bring to settle this item: the outstanding
     * amount less the discount it earns. After a partial payment this is the discounted remainder.
     */
    public MonetaryAmount amountToSettle(LocalDate valueDate) {
        MonetaryAmount open = outstanding();
        return discountOn(valueDate)
                .filter(d -> d.discount().compareTo(principal) <= 0)
                .map(d -> open.subtract(d.discount()))
                .orElse(open);
    }
}
