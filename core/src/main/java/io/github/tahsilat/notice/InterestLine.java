package io.github.tahsilat.notice;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.interest.InterestBreakdown;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.MinorAmount;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.RoundingMode;
import java.time.LocalDate;
import javax.money.MonetaryAmount;

/**
 * Late interest on one item of a notice, for the days after {@code from} up to and including {@code
 * to}.
 *
 * @param invoiceNumber the item's invoice number
 * @param from the day before the first day charged
 * @param to the last day charged, on or after {@code from}
 * @param amount the interest, zero or more, at the currency's scale
 */
public record InterestLine(
        @NotBlank String invoiceNumber,
        @NotNull LocalDate from,
        @NotNull LocalDate to,
        @NotNull MonetaryAmount amount) {

    /**
     * Checks the fields.
     *
     * @throws InvalidInputException if an argument is {@code null}, {@code invoiceNumber} is blank
     *     or longer than 50 characters, {@code to} is before {@code from}, or {@code amount} is
     *     negative or has more decimals than its currency
     */
    public InterestLine {
        InputChecks.text(invoiceNumber, "invoiceNumber", 50);
        InputChecks.present(from, "from", "the day before the first day charged");
        InputChecks.present(to, "to", "the last day charged");
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", to, "a date on or after " + from);
        }
        InputChecks.present(amount, "amount", "the interest amount");
        amount = MinorAmount.of(amount, RoundingMode.UNNECESSARY).toMonetaryAmount();
        if (amount.isNegative()) {
            throw new InvalidInputException("amount", amount, "an amount of zero or more");
        }
    }

    /**
     * Returns the line for an item's interest breakdown over the days after {@code from} up to and
     * including {@code to}.
     *
     * @throws InvalidInputException if an argument is {@code null} or invalid, as the constructor
     *     describes
     */
    public static InterestLine of(
            String invoiceNumber, LocalDate from, LocalDate to, InterestBreakdown breakdown) {
        InputChecks.present(breakdown, "breakdown", "an interest breakdown");
        return new InterestLine(invoiceNumber, from, to, breakdown.total());
    }
}
