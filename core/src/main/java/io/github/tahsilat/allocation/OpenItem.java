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
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * One installment of an invoice with an amount outstanding, as the allocator sees it.
 *
 * <p>Invariant: the three components are in one currency, zero or more, and at least one is greater
 * than zero. Immutable and thread-safe. Two items are equal when all their components are equal, as
 * for a record.
 *
 * <p>This is a class rather than a record so that it can keep its components in minor units, which
 * the constructor computes while it checks them. The {@link Allocator} reads those units instead of
 * converting each {@code MonetaryAmount} again on every call.
 */
public final class OpenItem {

    @NotNull private final InvoiceId invoiceId;

    @Min(1)
    private final int installment;

    @NotNull private final LocalDate dueDate;
    @NotNull private final MonetaryAmount fee;
    @NotNull private final MonetaryAmount interest;
    @NotNull private final MonetaryAmount principal;
    @NotNull private final List<DueSchedule.@NotNull EarlyPaymentDiscount> discounts;

    private final CurrencyUnit currency;
    private final long feeUnits;
    private final long interestUnits;
    private final long principalUnits;

    /** The hash of the invoice id and installment, which the allocator compares before both. */
    private final int keyHash;

    /**
     * Checks the components and copies the discount list.
     *
     * @param invoiceId the invoice
     * @param installment the 1-based installment number in the invoice's due schedule
     * @param dueDate the installment's due date, the first key of the oldest-first order
     * @param fee open costs charged on the item
     * @param interest open default interest charged on the item
     * @param principal the open part of the installment amount
     * @param discounts early-payment discounts still open for the installment, earliest deadline
     *     first; empty once one was granted or when there are none
     * @throws InvalidInputException if a component is missing, the installment is below 1, an
     *     amount is negative or not rounded to the minor unit, or all three amounts are zero
     * @throws CurrencyMismatchException if the amounts or discounts are in different currencies
     */
    public OpenItem(
            InvoiceId invoiceId,
            int installment,
            LocalDate dueDate,
            MonetaryAmount fee,
            MonetaryAmount interest,
            MonetaryAmount principal,
            List<DueSchedule.EarlyPaymentDiscount> discounts) {
        InputChecks.present(invoiceId, "invoiceId", "the invoice's id");
        if (installment < 1) {
            throw new InvalidInputException("installment", installment, "a number from 1");
        }
        InputChecks.present(dueDate, "dueDate", "the installment's due date");
        MinorAmount feeChecked = AmountChecks.nonNegative("fee", fee);
        CurrencyUnit currency = feeChecked.currency();
        MinorAmount interestChecked = AmountChecks.nonNegative("interest", interest);
        MinorAmount principalChecked = AmountChecks.nonNegative("principal", principal);
        AmountChecks.inCurrency("combine", interestChecked, currency);
        AmountChecks.inCurrency("combine", principalChecked, currency);
        if (feeChecked.plus(interestChecked).plus(principalChecked).isZero()) {
            throw new InvalidInputException(
                    "principal", principal, "an item with an amount outstanding");
        }
        List<DueSchedule.EarlyPaymentDiscount> copied =
                InputChecks.distinctList(discounts, "discounts");
        for (DueSchedule.EarlyPaymentDiscount discount : copied) {
            AmountChecks.inCurrency(
                    "combine", AmountChecks.nonNegative("discount", discount.discount()), currency);
        }
        this.invoiceId = invoiceId;
        this.installment = installment;
        this.dueDate = dueDate;
        this.fee = fee;
        this.interest = interest;
        this.principal = principal;
        this.discounts = copied;
        this.currency = currency;
        this.keyHash = 31 * invoiceId.hashCode() + installment;
        this.feeUnits = feeChecked.units();
        this.interestUnits = interestChecked.units();
        this.principalUnits = principalChecked.units();
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

    /** Returns the invoice, never null. */
    public InvoiceId invoiceId() {
        return invoiceId;
    }

    /** Returns the 1-based installment number in the invoice's due schedule. */
    public int installment() {
        return installment;
    }

    /** Returns the installment's due date, the first key of the oldest-first order. */
    public LocalDate dueDate() {
        return dueDate;
    }

    /** Returns the open costs charged on the item, zero or more. */
    public MonetaryAmount fee() {
        return fee;
    }

    /** Returns the open default interest charged on the item, zero or more. */
    public MonetaryAmount interest() {
        return interest;
    }

    /** Returns the open part of the installment amount, zero or more. */
    public MonetaryAmount principal() {
        return principal;
    }

    /**
     * Returns the early-payment discounts still open for the installment, earliest deadline first,
     * as an unmodifiable list. The list is empty once one was granted or when there are none.
     */
    public List<DueSchedule.EarlyPaymentDiscount> discounts() {
        return discounts;
    }

    /** Returns {@link #fee()} in minor units of its currency. */
    long feeUnits() {
        return feeUnits;
    }

    /** Returns {@link #interest()} in minor units of its currency. */
    long interestUnits() {
        return interestUnits;
    }

    /** Returns {@link #principal()} in minor units of its currency. */
    long principalUnits() {
        return principalUnits;
    }

    /**
     * Returns a hash of {@link #invoiceId()} and {@link #installment()}: two items with the same
     * invoice and installment have the same key hash.
     */
    int keyHash() {
        return keyHash;
    }

    /** Returns the currency of every amount. */
    public CurrencyUnit currency() {
        return currency;
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

    /**
     * Returns {@code true} if {@code other} is an {@code OpenItem} whose seven components are equal
     * to this item's.
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof OpenItem that
                && installment == that.installment
                && invoiceId.equals(that.invoiceId)
                && dueDate.equals(that.dueDate)
                && fee.equals(that.fee)
                && interest.equals(that.interest)
                && principal.equals(that.principal)
                && discounts.equals(that.discounts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(invoiceId, installment, dueDate, fee, interest, principal, discounts);
    }

    /** Returns the components in the form a record would print them. */
    @Override
    public String toString() {
        return "OpenItem[invoiceId="
                + invoiceId
                + ", installment="
                + installment
                + ", dueDate="
                + dueDate
                + ", fee="
                + fee
                + ", interest="
                + interest
                + ", principal="
                + principal
                + ", discounts="
                + discounts
                + "]";
    }
}
