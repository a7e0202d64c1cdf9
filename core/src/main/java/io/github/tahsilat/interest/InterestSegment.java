package io.github.tahsilat.interest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * One stretch of late interest with a constant principal and rate: the days after {@code from} up
 * to and including {@code to}.
 *
 * @param from the day before the segment's first day
 * @param to the segment's last day
 * @param days the days from {@code from} to {@code to} under the calculation's {@link DayCount}
 * @param principal the overdue principal during the segment
 * @param annualPercent the yearly rate in percent during the segment, margin included
 * @param amount the interest for the segment, rounded to the currency's minor unit
 */
public record InterestSegment(
        LocalDate from,
        LocalDate to,
        long days,
        MonetaryAmount principal,
        BigDecimal annualPercent,
        MonetaryAmount amount) {

    /**
     * Checks that every field is present.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    public InterestSegment {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(annualPercent, "annualPercent");
        Objects.requireNonNull(amount, "amount");
    }
}
