package io.github.tahsilat.terms;

import io.github.tahsilat.error.InvalidInputException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A due date rule with early-payment discounts in one or more tiers. Notation: {@code 2/10 NET 30},
 * or {@code 3/10 2/20 NET 30} for 3 % within 10 days, 2 % within 20 days, net in 30.
 *
 * <p>Invariant: the tiers are ordered by strictly increasing days and strictly decreasing
 * percentages, so a longer wait never earns a larger discount. A tier's days are not checked
 * against the due date, because the due date depends on the invoice date for most rules.
 *
 * @param tiers the discount tiers, shortest period first; at least one
 * @param due the rule for the due date of the whole amount
 */
public record DiscountedTerms(
        @NotEmpty List<@Valid @NotNull DiscountTier> tiers, @NotNull @Valid DueDateRule due)
        implements SinglePaymentTerms {

    /**
     * Copies the tiers and checks their order.
     *
     * @throws NullPointerException if an argument or a tier is {@code null}
     * @throws InvalidInputException if there is no tier, or the tiers are not ordered by strictly
     *     increasing days and strictly decreasing percentages
     */
    public DiscountedTerms {
        tiers = List.copyOf(tiers);
        Objects.requireNonNull(due, "due");
        if (tiers.isEmpty()) {
            throw new InvalidInputException("tiers", tiers, "at least one discount tier");
        }
        for (int i = 1; i < tiers.size(); i++) {
            String problem = orderProblem(tiers.get(i - 1), tiers.get(i));
            if (problem != null) {
                throw new InvalidInputException("tiers", tiers.get(i).toNotation(), problem);
            }
        }
    }

    /**
     * Returns why {@code next} cannot follow {@code previous}, phrased to follow "expected", or
     * {@code null} when it can.
     */
    static String orderProblem(DiscountTier previous, DiscountTier next) {
        if (next.days() <= previous.days()) {
            return "a discount period longer than the previous tier's " + previous.days() + " days";
        }
        if (next.percent().compareTo(previous.percent()) >= 0) {
            return "a discount smaller than the previous tier's "
                    + previous.percent().toPlainString()
                    + " %";
        }
        return null;
    }

    @Override
    public LocalDate dueDate(LocalDate invoiceDate) {
        return due.dueDate(invoiceDate);
    }

    @Override
    public List<DiscountTier> discountTiers() {
        return tiers;
    }

    @Override
    public String toNotation() {
        StringBuilder notation = new StringBuilder();
        for (DiscountTier tier : tiers) {
            notation.append(tier.toNotation()).append(' ');
        }
        return notation.append(due.toNotation()).toString();
    }
}
