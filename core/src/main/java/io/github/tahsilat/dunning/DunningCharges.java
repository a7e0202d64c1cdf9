package io.github.tahsilat.dunning;

import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.MinorAmount;
import jakarta.validation.constraints.NotNull;
import java.math.RoundingMode;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * The open amounts of one dunning case: the overdue principal and the fees and interest charged on
 * it.
 *
 * <p>Paying the principal does not close the case: it stays open for its charges until they are
 * paid, or written off under a policy that {@link DunningPolicy#waiveChargesWhenPrincipalPaid()
 * waives charges when the principal is paid}. All three amounts are in one currency, at its scale,
 * and none is negative. Immutable and thread-safe.
 *
 * @param principal the principal still overdue
 * @param fees the dunning fees still open
 * @param interest the late interest still open
 */
public record DunningCharges(
        @NotNull MonetaryAmount principal,
        @NotNull MonetaryAmount fees,
        @NotNull MonetaryAmount interest) {

    /**
     * Checks the amounts.
     *
     * @throws InvalidInputException if an amount is {@code null}, negative, or has more decimals
     *     than its currency
     * @throws CurrencyMismatchException if the amounts are in more than one currency
     */
    public DunningCharges {
        principal = exact(principal, "principal");
        fees = exact(fees, "fees");
        interest = exact(interest, "interest");
        MinorAmount.of(principal, RoundingMode.UNNECESSARY)
                .plus(MinorAmount.of(fees, RoundingMode.UNNECESSARY))
                .plus(MinorAmount.of(interest, RoundingMode.UNNECESSARY));
    }

    private static MonetaryAmount exact(MonetaryAmount amount, String field) {
        InputChecks.present(amount, field, "an amount of zero or more");
        MinorAmount units = MinorAmount.of(amount, RoundingMode.UNNECESSARY);
        if (units.isNegative()) {
            throw new InvalidInputException(field, units, "an amount of zero or more");
        }
        return units.toMonetaryAmount();
    }

    /** Returns the open fees plus the open interest. */
    public MonetaryAmount charges() {
        return fees.add(interest);
    }

    /** Returns everything still open: principal, fees and interest. */
    public MonetaryAmount balance() {
        return principal.add(charges());
    }

    /** Returns whether anything is still open, so the case stays open. */
    public boolean isOpen() {
        return balance().isPositive();
    }

    /** Returns whether the principal is paid but charges are still open. */
    public boolean isChargesOnly() {
        return principal.isZero() && charges().isPositive();
    }

    /**
     * Returns the charges to write off under {@code policy}: all open charges when the principal is
     * paid and the policy waives charges then, otherwise empty. The run records the write-off and
     * then continues with {@link #afterWaiver()}.
     *
     * @throws NullPointerException if {@code policy} is {@code null}
     */
    public Optional<MonetaryAmount> waiverUnder(DunningPolicy policy) {
        if (policy.waiveChargesWhenPrincipalPaid() && isChargesOnly()) {
            return Optional.of(charges());
        }
        return Optional.empty();
    }

    /** Returns the amounts after the open charges are written off: the principal alone. */
    public DunningCharges afterWaiver() {
        return new DunningCharges(principal, principal.multiply(0), principal.multiply(0));
    }
}
