package io.github.tahsilat.terms;

import io.github.tahsilat.calendar.BusinessCalendar;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.money.MinorAllocator;
import io.github.tahsilat.internal.money.MinorAmount;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
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
 * Installments that each take a percentage of the amount receivable, each due by its own terms.
 * Notation: {@code 40% NET 30; 60% 2/10 NET 60}.
 *
 * <p>Every installment but the last is its share rounded with the rounding mode, and the last takes
 * the rest, so the installments add up to the receivable exactly: 5.47 EUR at 33.34 / 33.33 / 33.33
 * % gives 1.82 / 1.82 / 1.83.
 *
 * @param parts the installments in due-date order; their percentages add up to exactly 100
 */
public record PercentageInstallments(@NotEmpty List<@Valid @NotNull Part> parts)
        implements PaymentTerms {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Copies the parts and checks that the percentages add up to 100.
     *
     * @throws NullPointerException if the list or a part is {@code null}
     * @throws InvalidInputException if there is no part, or the percentages do not add up to
     *     exactly 100
     */
    public PercentageInstallments {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new InvalidInputException("parts", parts, "at least one installment");
        }
        BigDecimal sum = sumOfPercentages(parts);
        if (sum.compareTo(HUNDRED) != 0) {
            throw new InvalidInputException(
                    "percentages", sum.toPlainString(), "percentages that add up to 100");
        }
    }

    static BigDecimal sumOfPercentages(List<Part> parts) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Part part : parts) {
            sum = sum.add(part.percent());
        }
        return sum;
    }

    /**
     * Computes one installment per part.
     *
     * @throws InvalidInputException as {@link PaymentTerms#dueSchedule} describes, and if a part
     *     falls due before the part listed ahead of it
     */
    @Override
    public DueSchedule dueSchedule(
            LocalDate invoiceDate,
            MonetaryAmount receivable,
            BusinessCalendar calendar,
            RoundingMode rounding) {
        MinorAmount total = Schedules.checkArguments(invoiceDate, receivable, calendar, rounding);
        List<BigDecimal> percentages = new ArrayList<>(parts.size());
        List<SinglePaymentTerms> terms = new ArrayList<>(parts.size());
        for (Part part : parts) {
            percentages.add(part.percent());
            terms.add(part.terms());
        }
        List<MinorAmount> amounts = MinorAllocator.splitByPercentages(total, percentages, rounding);
        return Schedules.planSchedule(this, invoiceDate, terms, amounts, rounding);
    }

    @Override
    public String toNotation() {
        StringJoiner notation = new StringJoiner("; ");
        for (Part part : parts) {
            notation.add(part.percent().toPlainString() + "% " + part.terms().toNotation());
        }
        return notation.toString();
    }

    /**
     * One installment of a percentage plan.
     *
     * @param percent the share of the receivable in percent, above 0 and at most 100 with at most
     *     100 decimals, stored without trailing zeros
     * @param terms the due date and any discounts of this installment
     */
    public record Part(
            @NotNull
                    @DecimalMin(value = "0", inclusive = false)
                    @DecimalMax("100")
                    @Digits(integer = 3, fraction = 100)
                    BigDecimal percent,
            @NotNull @Valid SinglePaymentTerms terms) {

        /** Text describing the allowed installment percentages. */
        static final String PERCENT_EXPECTED = "a percentage above 0 and at most 100";

        /**
         * Text describing the allowed number of decimals, bounded so that exact splits stay fast.
         */
        static final String DECIMALS_EXPECTED =
                "a percentage with at most " + MinorAllocator.MAX_WEIGHT_DIGITS + " decimals";

        /**
         * Checks both fields and strips trailing zeros from the percentage.
         *
         * @throws NullPointerException if an argument is {@code null}
         * @throws InvalidInputException if {@code percent} is not above 0 and at most 100, or has
         *     more than 100 decimals after trailing zeros are stripped
         */
        public Part {
            Objects.requireNonNull(percent, "percent");
            Objects.requireNonNull(terms, "terms");
            if (!Schedules.isPercentAboveZeroUpToHundred(percent)) {
                throw new InvalidInputException(
                        "percent", percent.toPlainString(), PERCENT_EXPECTED);
            }
            percent = Schedules.normalize(percent);
            if (percent.scale() > MinorAllocator.MAX_WEIGHT_DIGITS) {
                throw new InvalidInputException(
                        "percent", percent.toPlainString(), DECIMALS_EXPECTED);
            }
        }
    }
}
