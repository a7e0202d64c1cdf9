package io.github.tahsilat.terms;

import io.github.tahsilat.calendar.BusinessCalendar;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.terms.DueSchedule.EarlyPaymentDiscount;
import io.github.tahsilat.terms.DueSchedule.Installment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javax.money.MonetaryAmount;

/** Date arithmetic, limits and installment building shared by the term kinds. */
final class Schedules {

    // NOTE: the jakarta.validation annotations on the exported records repeat these limits as
    // literals, because an exported type's annotations cannot name this package-private class.

    /** Upper limit for day counts: about ten years, which guards against typos and overflow. */
    static final int MAX_DAYS = 3660;

    /** Upper limit for month counts, ten years. */
    static final int MAX_MONTHS = 120;

    /** Upper limit for the number of installments in a plan, thirty years of monthly parts. */
    static final int MAX_INSTALLMENTS = 360;

    static final String DAYS_EXPECTED = "a number of days from 0 to " + MAX_DAYS;
    static final String MONTHS_EXPECTED = "a number of months from 1 to " + MAX_MONTHS;
    static final String DAY_OF_MONTH_EXPECTED = "a day of the month from 1 to 31";
    static final String CUTOFF_DAY_EXPECTED = "a cutoff day from 1 to 30";
    static final String COUNT_EXPECTED = "a number of installments from 1 to " + MAX_INSTALLMENTS;
    static final String FOUR_DIGIT_YEAR_EXPECTED = "a date in the years 0000 to 9999";

    /** The last year whose dates print as YYYY-MM-DD, the notation's form of a fixed date. */
    static final int MAX_YEAR = 9999;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Schedules() {}

    static void requireDays(String field, int days) {
        if (days < 0 || days > MAX_DAYS) {
            throw new InvalidInputException(field, days, DAYS_EXPECTED);
        }
    }

    /**
     * Checks that {@code date} lies in the years 0000 to 9999, which bounds the dates that terms
     * compute from it well inside {@link LocalDate}'s range.
     */
    static void requireFourDigitYear(String field, LocalDate date) {
        if (date.getYear() < 0 || date.getYear() > MAX_YEAR) {
            throw new InvalidInputException(field, date, FOUR_DIGIT_YEAR_EXPECTED);
        }
    }

    static boolean isPercentAboveZeroUpToHundred(BigDecimal percent) {
        return percent.signum() > 0 && percent.compareTo(HUNDRED) <= 0;
    }

    static boolean isPercentBetweenZeroAndHundred(BigDecimal percent) {
        return percent.signum() > 0 && percent.compareTo(HUNDRED) < 0;
    }

    /** Strips trailing zeros so that 2, 2.0 and 2.00 are one value, printed as {@code 2}. */
    static BigDecimal normalize(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Checks the arguments of {@link PaymentTerms#dueSchedule} and returns the receivable. */
    static MinorAmount checkArguments(
            LocalDate invoiceDate,
            MonetaryAmount receivable,
            BusinessCalendar calendar,
            RoundingMode rounding) {
        Objects.requireNonNull(invoiceDate, "invoiceDate");
        Objects.requireNonNull(receivable, "receivable");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(rounding, "rounding");
        requireFourDigitYear("invoiceDate", invoiceDate);
        if (rounding == RoundingMode.UNNECESSARY) {
            throw new InvalidInputException(
                    "rounding",
                    rounding,
                    "a rounding mode that can round, such as HALF_UP or HALF_EVEN");
        }
        // UNNECESSARY: an amount with more decimals than its currency cannot be split into
        // installments that add up to it exactly, so it is rejected instead of rounded.
        return MinorAmount.of(receivable, RoundingMode.UNNECESSARY);
    }

    static LocalDate endOfMonth(LocalDate date) {
        return date.with(TemporalAdjusters.lastDayOfMonth());
    }

    /**
     * Adds months to a date, keeping a month's last day on the target month's last day: 2024-11-30
     * plus one month is 2024-12-31. Any other day is clamped to the target month's length, as
     * {@link LocalDate#plusMonths} does.
     */
    static LocalDate plusMonthsKeepingMonthEnd(LocalDate date, int months) {
        LocalDate shifted = date.plusMonths(months);
        return date.equals(endOfMonth(date)) ? endOfMonth(shifted) : shifted;
    }

    /** Builds one installment, with each discount tier's amount rounded with {@code rounding}. */
    static Installment installment(
            int number,
            LocalDate invoiceDate,
            LocalDate dueDate,
            MinorAmount amount,
            List<DiscountTier> tiers,
            RoundingMode rounding) {
        List<EarlyPaymentDiscount> discounts = new ArrayList<>(tiers.size());
        for (DiscountTier tier : tiers) {
            MinorAmount discount = amount.times(tier.percent().movePointLeft(2), rounding);
            discounts.add(
                    new EarlyPaymentDiscount(
                            tier.percent(),
                            tier.lastDay(invoiceDate),
                            discount.toMonetaryAmount()));
        }
        return new Installment(number, dueDate, amount.toMonetaryAmount(), discounts);
    }

    /**
     * Builds the installments of a plan whose parts each have their own terms.
     *
     * @throws InvalidInputException if a part falls due before the part listed ahead of it
     */
    static DueSchedule planSchedule(
            PaymentTerms plan,
            LocalDate invoiceDate,
            List<? extends SinglePaymentTerms> terms,
            List<MinorAmount> amounts,
            RoundingMode rounding) {
        List<Installment> installments = new ArrayList<>(terms.size());
        for (int i = 0; i < terms.size(); i++) {
            SinglePaymentTerms part = terms.get(i);
            installments.add(
                    installment(
                            i + 1,
                            invoiceDate,
                            part.dueDate(invoiceDate),
                            amounts.get(i),
                            part.discountTiers(),
                            rounding));
        }
        requireDueDateOrder(plan, invoiceDate, installments);
        return new DueSchedule(installments);
    }

    private static void requireDueDateOrder(
            PaymentTerms plan, LocalDate invoiceDate, List<Installment> installments) {
        for (int i = 1; i < installments.size(); i++) {
            LocalDate previous = installments.get(i - 1).dueDate();
            LocalDate current = installments.get(i).dueDate();
            if (current.isBefore(previous)) {
                throw new InvalidInputException(
                        "payment terms",
                        plan.toNotation(),
                        "installments in due-date order, but for an invoice of "
                                + invoiceDate
                                + " installment "
                                + (i + 1)
                                + " falls due on "
                                + current
                                + ", before installment "
                                + i
                                + " on "
                                + previous);
            }
        }
    }

    /** Applies {@code move} to every due date and every discount's last day of a schedule. */
    static DueSchedule moveDates(DueSchedule schedule, UnaryOperator<LocalDate> move) {
        List<Installment> moved = new ArrayList<>(schedule.installments().size());
        for (Installment installment : schedule.installments()) {
            List<EarlyPaymentDiscount> discounts = new ArrayList<>();
            for (EarlyPaymentDiscount discount : installment.discounts()) {
                discounts.add(
                        new EarlyPaymentDiscount(
                                discount.percent(),
                                move.apply(discount.lastDay()),
                                discount.discount()));
            }
            moved.add(
                    new Installment(
                            installment.number(),
                            move.apply(installment.dueDate()),
                            installment.amount(),
                            discounts));
        }
        return new DueSchedule(moved);
    }
}
