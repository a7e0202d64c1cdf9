package io.github.tahsilat.interest;

import io.github.tahsilat.company.CompanySettings;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.MinorAmount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.money.MonetaryAmount;

/**
 * Simple late interest on an overdue principal, accrued per segment.
 *
 * <p>Interest accrues for every day after {@code start} up to and including {@code asOf}: with
 * {@code start} the due date, the first day charged is the day after it, and the as-of date is
 * charged. The period is cut into segments wherever the principal changes (a change dated {@code d}
 * applies from {@code d + 1} on, so a payment day is still charged on the old balance) and wherever
 * the rate changes (an entry valid from {@code d} applies to day {@code d} itself). Each segment's
 * interest is {@code principal × rate / 100 × days / yearDays}, computed exactly in {@link
 * BigDecimal} and then rounded once to the currency's minor unit with the rounding mode; the total
 * is the sum of the rounded segments. The day count of a segment is taken between its own two end
 * dates under the convention.
 *
 * <p>Immutable and thread-safe.
 */
public final class LateInterest {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final DayCount dayCount;
    private final RateTable rates;
    private final RoundingMode roundingMode;

    private LateInterest(DayCount dayCount, RateTable rates, RoundingMode roundingMode) {
        this.dayCount = InputChecks.present(dayCount, "dayCount", "a day-count convention");
        this.rates = InputChecks.present(rates, "rates", "a rate table");
        this.roundingMode = InputChecks.present(roundingMode, "roundingMode", "a rounding mode");
    }

    /**
     * Returns a calculator with a day count, a rate table and the rounding mode for each segment.
     *
     * @throws InvalidInputException if an argument is {@code null}
     */
    public static LateInterest of(DayCount dayCount, RateTable rates, RoundingMode roundingMode) {
        return new LateInterest(dayCount, rates, roundingMode);
    }

    /**
     * Returns a calculator that rounds with the company's rounding mode.
     *
     * @throws InvalidInputException if an argument is {@code null}
     */
    public static LateInterest of(DayCount dayCount, RateTable rates, CompanySettings settings) {
        InputChecks.present(settings, "settings", "company settings");
        return new LateInterest(dayCount, rates, settings.roundingMode());
    }

    /** Returns the day-count convention. */
    public DayCount dayCount() {
        return dayCount;
    }

    /** Returns the rate table. */
    public RateTable rates() {
        return rates;
    }

    /** Returns the rounding mode applied to each segment. */
    public RoundingMode roundingMode() {
        return roundingMode;
    }

    /**
     * Accrues interest on {@code principal} for the days after {@code start} up to and including
     * {@code asOf}. When {@code asOf} is on or before {@code start}, the breakdown is empty.
     *
     * @param principal the principal's history; changes before {@code start} set the balance at the
     *     start
     * @param start the day before the first day charged, such as the due date or the date of a
     *     formal notice
     * @param asOf the last day charged
     * @throws InvalidInputException if an argument is {@code null}, or a day charged lies before
     *     the rate table's first date
     */
    public InterestBreakdown accrue(PrincipalHistory principal, LocalDate start, LocalDate asOf) {
        InputChecks.present(principal, "principal", "the principal's history");
        InputChecks.present(start, "start", "the day before the first day charged");
        InputChecks.present(asOf, "asOf", "the last day charged");
        List<InterestSegment> segments = new ArrayList<>();
        MinorAmount total = MinorAmount.zero(principal.opening().getCurrency());
        List<LocalDate> bounds = boundaries(principal, start, asOf);
        for (int i = 1; i < bounds.size(); i++) {
            InterestSegment segment = segment(principal, bounds.get(i - 1), bounds.get(i));
            if (segment != null) {
                segments.add(segment);
                total = total.plus(MinorAmount.of(segment.amount(), RoundingMode.UNNECESSARY));
            }
        }
        return new InterestBreakdown(segments, total.toMonetaryAmount());
    }

    private List<LocalDate> boundaries(PrincipalHistory principal, LocalDate start, LocalDate end) {
        if (!end.isAfter(start)) {
            return List.of();
        }
        TreeSet<LocalDate> bounds = new TreeSet<>();
        bounds.add(start);
        bounds.add(end);
        for (PrincipalChange change : principal.changes()) {
            if (change.date().isAfter(start) && change.date().isBefore(end)) {
                bounds.add(change.date());
            }
        }
        for (LocalDate rateChange : rates.changesWithin(start.plusDays(1), end)) {
            bounds.add(rateChange.minusDays(1));
        }
        return List.copyOf(bounds);
    }

    private InterestSegment segment(PrincipalHistory history, LocalDate from, LocalDate to) {
        MonetaryAmount principal = history.balanceAfter(from);
        if (principal.isZero()) {
            return null;
        }
        BigDecimal percent = rates.annualPercentOn(from.plusDays(1));
        long days = dayCount.days(from, to);
        // One division straight to the minor unit, so the amount is rounded exactly once.
        BigDecimal amount =
                principal
                        .getNumber()
                        .numberValue(BigDecimal.class)
                        .multiply(percent)
                        .multiply(BigDecimal.valueOf(days))
                        .divide(
                                HUNDRED.multiply(BigDecimal.valueOf(dayCount.yearDays())),
                                MinorAmount.fractionDigits(principal.getCurrency()),
                                roundingMode);
        return new InterestSegment(
                from,
                to,
                days,
                principal,
                percent,
                MinorAmount.of(amount, principal.getCurrency(), RoundingMode.UNNECESSARY)
                        .toMonetaryAmount());
    }

    @Override
    public String toString() {
        return "LateInterest[" + dayCount + ", " + roundingMode + "]";
    }
}
