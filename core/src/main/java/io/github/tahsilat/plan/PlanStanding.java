package io.github.tahsilat.plan;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.money.MinorAmount;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * A payment plan's installments against what the counterparty paid towards it, as of a date.
 * Immutable and thread-safe.
 *
 * <p>Payments reach the installments in due order: the cumulative amount paid fills the down
 * payment, then installment 1, and so on, so only the last installment reached can be partly paid.
 * A plan is broken as of a date when an installment is not fully paid and its due date plus the
 * grace days lies before that date. With a due date of 2024-03-15 and 5 grace days, a shortfall
 * breaks the plan as of 2024-03-21 and not as of 2024-03-20.
 *
 * @param asOf the date of the evaluation
 * @param paid the amount applied to the installments: what was paid, capped at the plan's total
 * @param installments each installment with its paid and outstanding parts, in due order
 * @param missed the first installment whose shortfall breaks the plan as of {@code asOf}, or empty
 */
public record PlanStanding(
        LocalDate asOf,
        MonetaryAmount paid,
        List<InstallmentStanding> installments,
        Optional<InstallmentStanding> missed) {

    /**
     * Checks that every component is present and copies the list.
     *
     * @throws NullPointerException if a component is {@code null}
     */
    public PlanStanding {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(paid, "paid");
        installments = List.copyOf(installments);
        Objects.requireNonNull(missed, "missed");
    }

    /**
     * Applies {@code paid} to the installments in due order and finds the first missed one.
     *
     * @param paid the cumulative amount paid towards the plan, zero or more; the part above the
     *     plan's total is not applied
     * @param graceDays the plan's grace days, 0 or more
     * @throws NullPointerException if an argument is {@code null}
     * @throws InvalidInputException if {@code paid} is negative or not rounded to the minor unit,
     *     or {@code graceDays} is negative
     * @throws io.github.tahsilat.error.CurrencyMismatchException if {@code paid} is in another
     *     currency than the schedule
     */
    public static PlanStanding evaluate(
            PlanSchedule schedule, MonetaryAmount paid, LocalDate asOf, int graceDays) {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(asOf, "asOf");
        MinorAmount left = MinorAmount.of(paid, RoundingMode.UNNECESSARY);
        MinorAmount zero = MinorAmount.zero(left.currency());
        zero.requireSameCurrency(
                "payment plan", MinorAmount.of(schedule.total(), RoundingMode.UNNECESSARY));
        if (left.isNegative()) {
            throw new InvalidInputException("paid", left, "an amount of zero or more");
        }
        if (graceDays < 0) {
            throw new InvalidInputException("graceDays", graceDays, "a number of days from 0");
        }
        List<InstallmentStanding> standings = new ArrayList<>();
        Optional<InstallmentStanding> missed = Optional.empty();
        MinorAmount applied = zero;
        for (PlanInstallment installment : schedule.installments()) {
            MinorAmount amount = MinorAmount.of(installment.amount(), RoundingMode.UNNECESSARY);
            MinorAmount part = left.min(amount);
            left = left.minus(part);
            applied = applied.plus(part);
            MinorAmount owed = amount.minus(part);
            boolean late = owed.isPositive() && asOf.isAfter(installment.dueDate());
            InstallmentStanding standing =
                    new InstallmentStanding(
                            installment, part.toMonetaryAmount(), owed.toMonetaryAmount(), late);
            standings.add(standing);
            boolean pastGrace = asOf.isAfter(installment.dueDate().plusDays(graceDays));
            if (missed.isEmpty() && owed.isPositive() && pastGrace) {
                missed = Optional.of(standing);
            }
        }
        return new PlanStanding(asOf, applied.toMonetaryAmount(), standings, missed);
    }

    /** Returns whether an installment was missed past its grace days. */
    public boolean isBroken() {
        return missed.isPresent();
    }

    /** Returns whether every installment is fully paid. */
    public boolean isComplete() {
        return installments.stream().allMatch(standing -> standing.outstanding().isZero());
    }

    /** Returns what is still owed on the plan: the sum of the installments' outstanding parts. */
    public MonetaryAmount outstanding() {
        MonetaryAmount sum = paid.multiply(0);
        for (InstallmentStanding standing : installments) {
            sum = sum.add(standing.outstanding());
        }
        return sum;
    }
}
