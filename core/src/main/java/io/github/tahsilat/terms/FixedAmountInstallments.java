package io.github.tahsilat.terms;

import io.github.tahsilat.calendar.BusinessCalendar;
import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.money.MinorAmount;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import javax.money.MonetaryAmount;

/**
 * Installments of fixed amounts, each due by its own terms, optionally followed by one installment
 * that takes the rest. Notation: {@code EUR 400.00 NET 30; EUR 600.00 NET 60}, or {@code EUR 400.00
 * NET 30; REST NET 60}.
 *
 * <p>Without a rest installment the fixed amounts must add up to the amount receivable exactly, and
 * a schedule for any other amount is rejected with the difference named. With one, the rest must be
 * above zero. The amounts are in one currency, and the receivable must be in it too.
 *
 * @param parts the fixed installments in due-date order; at least one, all in one currency
 * @param rest the terms of a last installment that takes the receivable minus the fixed amounts, or
 *     {@code null} when the fixed amounts must add up to the receivable
 */
public record FixedAmountInstallments(
        @NotEmpty List<@Valid @NotNull Part> parts, @Valid SinglePaymentTerms rest)
        implements PaymentTerms {

    /**
     * Copies the parts and checks that they share one currency.
     *
     * @throws NullPointerException if the list or a part is {@code null}
     * @throws InvalidInputException if there is no part, or the parts add up to more than {@code
     *     Long.MAX_VALUE} minor units
     * @throws CurrencyMismatchException if two parts are in different currencies
     */
    public FixedAmountInstallments {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new InvalidInputException("parts", parts, "at least one installment");
        }
        MinorAmount first = parts.get(0).minorAmount();
        long total = first.units();
        for (int i = 1; i < parts.size(); i++) {
            MinorAmount amount = parts.get(i).minorAmount();
            first.requireSameCurrency("add", amount);
            total = addWithinLong(total, amount, parts);
        }
    }

    private static long addWithinLong(long total, MinorAmount amount, List<Part> parts) {
        try {
            return Math.addExact(total, amount.units());
        } catch (ArithmeticException e) {
            MinorAmount max = new MinorAmount(Long.MAX_VALUE, amount.currency());
            throw new InvalidInputException(
                    "parts",
                    parts.size() + " installments",
                    "fixed amounts that add up to at most "
                            + max
                            + ", the range of a long count of minor units");
        }
    }

    /**
     * Creates a plan whose fixed amounts must add up to the receivable.
     *
     * @throws NullPointerException if the list or a part is {@code null}
     * @throws InvalidInputException if there is no part, or the parts add up to more than {@code
     *     Long.MAX_VALUE} minor units
     * @throws CurrencyMismatchException if two parts are in different currencies
     */
    public static FixedAmountInstallments exact(List<Part> parts) {
        return new FixedAmountInstallments(parts, null);
    }

    /**
     * Creates a plan whose last installment, due by {@code rest}, takes what the fixed amounts
     * leave.
     *
     * @throws NullPointerException if an argument or a part is {@code null}
     * @throws InvalidInputException if there is no part, or the parts add up to more than {@code
     *     Long.MAX_VALUE} minor units
     * @throws CurrencyMismatchException if two parts are in different currencies
     */
    public static FixedAmountInstallments withRest(List<Part> parts, SinglePaymentTerms rest) {
        return new FixedAmountInstallments(parts, Objects.requireNonNull(rest, "rest"));
    }

    /**
     * Computes one installment per part, and one more for the rest if the plan has one.
     *
     * @throws CurrencyMismatchException if {@code receivable} is not in the parts' currency
     * @throws InvalidInputException as {@link PaymentTerms#dueSchedule} describes; if the plan has
     *     no rest installment and the fixed amounts do not add up to {@code receivable}; if it has
     *     one and the rest is not above zero; or if a part falls due before the part listed ahead
     *     of it
     */
    @Override
    public DueSchedule dueSchedule(
            LocalDate invoiceDate,
            MonetaryAmount receivable,
            BusinessCalendar calendar,
            RoundingMode rounding) {
        MinorAmount total = Schedules.checkArguments(invoiceDate, receivable, calendar, rounding);
        List<MinorAmount> amounts = new ArrayList<>(parts.size() + 1);
        List<SinglePaymentTerms> terms = new ArrayList<>(parts.size() + 1);
        MinorAmount fixed = MinorAmount.zero(total.currency());
        for (Part part : parts) {
            MinorAmount amount = part.minorAmount();
            total.requireSameCurrency("apply", amount);
            fixed = fixed.plus(amount);
            amounts.add(amount);
            terms.add(part.terms());
        }
        // In BigDecimal, because a negative receivable minus the fixed total can pass
        // Long.MIN_VALUE.
        BigDecimal left = total.toBigDecimal().subtract(fixed.toBigDecimal());
        String difference = left.toPlainString() + " " + total.currencyCode();
        if (rest == null && left.signum() != 0) {
            throw new InvalidInputException(
                    "receivable",
                    total,
                    "the fixed installments' total of "
                            + fixed
                            + ", a difference of "
                            + difference
                            + "; change the amounts or end the terms with a REST installment");
        }
        if (rest != null) {
            if (left.signum() <= 0) {
                throw new InvalidInputException(
                        "receivable",
                        total,
                        "more than the fixed installments' total of "
                                + fixed
                                + " so that the REST installment is above zero, but the"
                                + " difference is "
                                + difference);
            }
            amounts.add(total.minus(fixed));
            terms.add(rest);
        }
        return Schedules.planSchedule(this, invoiceDate, terms, amounts, rounding);
    }

    @Override
    public String toNotation() {
        StringJoiner notation = new StringJoiner("; ");
        for (Part part : parts) {
            MinorAmount amount = part.minorAmount();
            notation.add(
                    amount.currencyCode()
                            + " "
                            + amount.toBigDecimal().toPlainString()
                            + " "
                            + part.terms().toNotation());
        }
        if (rest != null) {
            notation.add("REST " + rest.toNotation());
        }
        return notation.toString();
    }

    /**
     * One fixed installment.
     *
     * @param amount the amount, above zero, with no more decimals than its currency; stored as a
     *     Moneta {@code Money} at the currency's scale, so equal amounts make equal parts
     * @param terms the due date and any discounts of this installment
     */
    public record Part(@NotNull MonetaryAmount amount, @NotNull @Valid SinglePaymentTerms terms) {

        /**
         * Checks both fields and converts the amount to the currency's scale.
         *
         * @throws NullPointerException if an argument is {@code null}
         * @throws InvalidInputException if {@code amount} is not above zero or has more decimals
         *     than its currency
         */
        public Part {
            Objects.requireNonNull(terms, "terms");
            MinorAmount minor = MinorAmount.of(amount, RoundingMode.UNNECESSARY);
            if (!minor.isPositive()) {
                throw new InvalidInputException("amount", minor, "an amount above zero");
            }
            amount = minor.toMonetaryAmount();
        }

        MinorAmount minorAmount() {
            return MinorAmount.of(amount, RoundingMode.UNNECESSARY);
        }
    }
}
