package io.github.tahsilat.plan;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.terms.PaymentTerms;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * The terms of a payment plan. They set an optional down payment due on the plan date, the
 * installments by payment terms anchored on the plan date, optional interest, and the grace days
 * after which a missed installment breaks the plan. Immutable and thread-safe.
 *
 * <p>For three monthly installments, the first a month after the plan date, pass {@code new
 * MonthlyInstallments(3, new NetDays(30), MonthlyAnchor.DAY_OF_MONTH)}, or wrap terms in a {@link
 * io.github.tahsilat.terms.BusinessDayRoll} to move due dates to business days of the company
 * calendar.
 *
 * @param downPayment the amount due on the plan date, greater than zero and less than what the plan
 *     restructures; empty for none
 * @param installments the terms that split the rest into installments, applied as if the plan date
 *     were an invoice date
 * @param interest the simple interest on the installments, or empty for none
 * @param graceDays the calendar days after an installment's due date during which a shortfall does
 *     not yet break the plan; from 0 to 365
 */
public record PlanTerms(
        @NotNull Optional<MonetaryAmount> downPayment,
        @NotNull @Valid PaymentTerms installments,
        @NotNull Optional<@Valid PlanInterest> interest,
        @Min(0) @Max(MAX_GRACE_DAYS) int graceDays) {

    /** The maximum number of grace days. */
    public static final int MAX_GRACE_DAYS = 365;

    /**
     * Checks the components.
     *
     * @throws InvalidInputException if a component is {@code null}, the down payment is not greater
     *     than zero, or {@code graceDays} is outside 0 to 365
     */
    public PlanTerms {
        if (downPayment == null) {
            throw new InvalidInputException(
                    "downPayment", null, "Optional.empty() or Optional.of(amount)");
        }
        downPayment.ifPresent(
                amount -> {
                    if (!amount.isPositive()) {
                        throw new InvalidInputException(
                                "downPayment",
                                amount,
                                "an amount greater than zero, or Optional.empty() for none");
                    }
                });
        if (installments == null) {
            throw new InvalidInputException(
                    "installments", null, "payment terms such as MonthlyInstallments");
        }
        if (interest == null) {
            throw new InvalidInputException(
                    "interest", null, "Optional.empty() or Optional.of(planInterest)");
        }
        if (graceDays < 0 || graceDays > MAX_GRACE_DAYS) {
            throw new InvalidInputException(
                    "graceDays", graceDays, "a number of days from 0 to " + MAX_GRACE_DAYS);
        }
    }

    /** Returns terms with no down payment, no interest and no grace days. */
    public static PlanTerms of(PaymentTerms installments) {
        return new PlanTerms(Optional.empty(), installments, Optional.empty(), 0);
    }

    /**
     * Returns a copy with a down payment due on the plan date.
     *
     * @throws InvalidInputException if {@code amount} is {@code null} or not greater than zero
     */
    public PlanTerms withDownPayment(MonetaryAmount amount) {
        InputChecks.present(amount, "downPayment", "an amount greater than zero");
        return new PlanTerms(Optional.of(amount), installments, interest, graceDays);
    }

    /**
     * Returns a copy with interest on the installments.
     *
     * @throws InvalidInputException if {@code planInterest} is {@code null}
     */
    public PlanTerms withInterest(PlanInterest planInterest) {
        InputChecks.present(planInterest, "interest", "a PlanInterest");
        return new PlanTerms(downPayment, installments, Optional.of(planInterest), graceDays);
    }

    /** Returns a copy with {@code days} grace days. */
    public PlanTerms withGraceDays(int days) {
        return new PlanTerms(downPayment, installments, interest, days);
    }
}
