package io.github.tahsilat.plan;

import io.github.tahsilat.calendar.BusinessCalendar;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.terms.DueSchedule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * The installments of a payment plan and the amounts behind them. Immutable and thread-safe.
 *
 * <p>Invariant: the installment amounts add up to exactly {@code restructured + interest}, every
 * installment is in the currency of {@code restructured}, the numbers run from 0 (the down payment)
 * or 1 without a gap, and the due dates never decrease.
 *
 * @param restructured the amount the plan spreads over its installments before interest
 * @param interest the interest the plan adds, zero when it adds none
 * @param installments the installments in due order, the down payment first when there is one
 */
public record PlanSchedule(
        MonetaryAmount restructured, MonetaryAmount interest, List<PlanInstallment> installments) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Checks the invariant and copies the list.
     *
     * @throws NullPointerException if a component or an installment is {@code null}
     * @throws InvalidInputException if the invariant does not hold
     */
    public PlanSchedule {
        Objects.requireNonNull(restructured, "restructured");
        Objects.requireNonNull(interest, "interest");
        installments = List.copyOf(installments);
        MinorAmount sum = MinorAmount.zero(restructured.getCurrency());
        int expected = installments.isEmpty() || installments.get(0).isDownPayment() ? 0 : 1;
        LocalDate previous = LocalDate.MIN;
        for (PlanInstallment installment : installments) {
            if (installment.number() != expected || installment.dueDate().isBefore(previous)) {
                throw new InvalidInputException(
                        "installments",
                        installment,
                        "installment number " + expected + " due on or after " + previous);
            }
            MinorAmount amount = MinorAmount.of(installment.amount(), RoundingMode.UNNECESSARY);
            sum.requireSameCurrency("plan installments", amount);
            sum = sum.plus(amount);
            previous = installment.dueDate();
            expected++;
        }
        MinorAmount total =
                MinorAmount.of(restructured, RoundingMode.UNNECESSARY)
                        .plus(MinorAmount.of(interest, RoundingMode.UNNECESSARY));
        if (installments.isEmpty() || sum.compareTo(total) != 0) {
            throw new InvalidInputException(
                    "installments",
                    sum,
                    "installments that add up to restructured plus interest, " + total);
        }
    }

    /**
     * Computes the installments of a plan agreed on {@code planDate} over {@code restructured}.
     *
     * <p>The down payment, if any, is installment 0 and falls due on the plan date. The rest, less
     * the down payment, is split by the installment terms as if the plan date were an invoice date,
     * so the parts add up exactly. With interest, each part grows by its own interest, as {@link
     * PlanInterest} describes.
     *
     * @param rounding the company's rounding mode, never {@link RoundingMode#UNNECESSARY}
     * @throws NullPointerException if an argument is {@code null}
     * @throws InvalidInputException if {@code restructured} is not greater than zero, the down
     *     payment is not less than {@code restructured}, an installment falls due before the plan
     *     date or would be zero, or the terms reject the amount as {@link
     *     io.github.tahsilat.terms.PaymentTerms#dueSchedule} describes
     * @throws io.github.tahsilat.error.CurrencyMismatchException if the down payment is in another
     *     currency than {@code restructured}
     */
    public static PlanSchedule compute(
            PlanTerms terms,
            LocalDate planDate,
            MonetaryAmount restructured,
            BusinessCalendar calendar,
            RoundingMode rounding) {
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(planDate, "planDate");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(rounding, "rounding");
        MinorAmount whole =
                MinorAmount.of(
                        InputChecks.present(restructured, "restructured", "the amount owed"),
                        RoundingMode.UNNECESSARY);
        if (!whole.isPositive()) {
            throw new InvalidInputException(
                    "restructured", whole, "an amount greater than zero to restructure");
        }
        List<PlanInstallment> installments = new ArrayList<>();
        MinorAmount financed = whole;
        if (terms.downPayment().isPresent()) {
            MinorAmount down = MinorAmount.of(terms.downPayment().get(), RoundingMode.UNNECESSARY);
            whole.requireSameCurrency("payment plan down payment", down);
            if (down.compareTo(whole) >= 0) {
                throw new InvalidInputException(
                        "downPayment",
                        down,
                        "an amount less than the " + whole + " the plan restructures");
            }
            installments.add(new PlanInstallment(0, planDate, down.toMonetaryAmount()));
            financed = whole.minus(down);
        }
        DueSchedule parts =
                terms.installments()
                        .dueSchedule(planDate, financed.toMonetaryAmount(), calendar, rounding);
        MinorAmount interest = MinorAmount.zero(whole.currency());
        for (DueSchedule.Installment part : parts.installments()) {
            if (part.dueDate().isBefore(planDate)) {
                throw new InvalidInputException(
                        "installments",
                        terms.installments().toNotation(),
                        "terms whose installments fall due on or after the plan date "
                                + planDate
                                + ", but installment "
                                + part.number()
                                + " falls due on "
                                + part.dueDate());
            }
            MinorAmount share = MinorAmount.of(part.amount(), RoundingMode.UNNECESSARY);
            if (!share.isPositive()) {
                throw new InvalidInputException(
                        "installments",
                        terms.installments().toNotation(),
                        "fewer installments, because "
                                + financed
                                + " leaves installment "
                                + part.number()
                                + " with nothing to pay");
            }
            MinorAmount added = interestOn(terms, share, planDate, part.dueDate(), rounding);
            interest = interest.plus(added);
            installments.add(
                    new PlanInstallment(
                            part.number(), part.dueDate(), share.plus(added).toMonetaryAmount()));
        }
        return new PlanSchedule(
                whole.toMonetaryAmount(), interest.toMonetaryAmount(), installments);
    }

    private static MinorAmount interestOn(
            PlanTerms terms,
            MinorAmount share,
            LocalDate planDate,
            LocalDate dueDate,
            RoundingMode rounding) {
        if (terms.interest().isEmpty()) {
            return MinorAmount.zero(share.currency());
        }
        PlanInterest interest = terms.interest().get();
        BigDecimal factor =
                interest.annualRatePercent()
                        .multiply(interest.dayCount().yearFraction(planDate, dueDate))
                        .divide(HUNDRED);
        return share.times(factor, rounding);
    }

    /** Returns the plan's amount: the sum of its installments. */
    public MonetaryAmount total() {
        return restructured.add(interest);
    }

    /** Returns the down payment, the installment numbered 0, if there is one. */
    public Optional<PlanInstallment> downPayment() {
        return installments.get(0).isDownPayment()
                ? Optional.of(installments.get(0))
                : Optional.empty();
    }
}
