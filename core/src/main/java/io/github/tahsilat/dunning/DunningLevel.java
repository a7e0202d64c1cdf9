package io.github.tahsilat.dunning;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.MinorAmount;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * One level of a dunning policy: when it triggers, what it needs, and what it does.
 *
 * <p>A level is reached when the item is at least {@code daysPastDue} days past due; a negative
 * number makes a friendly reminder before the due date. It is sent only if the overdue amount is at
 * least the minimum for its currency (no minimum for a currency means any amount above zero) and at
 * least {@code minimumGapDays} calendar days have passed since the previous notice. A level has a
 * fee exactly when its actions contain {@link DunningAction#CHARGE_FEE}, at most one fee per
 * currency and at most one without a currency. Build one with {@link #builder(int, int)}. Immutable
 * and thread-safe.
 *
 * @param number the level's number, 1 or more; higher numbers are more severe
 * @param daysPastDue the days past due at which the level is reached, negative before the due date
 * @param minimumAmounts the smallest overdue amount that justifies the level, at most one per
 *     currency
 * @param minimumGapDays the calendar days that must pass since the previous notice, 0 or more
 * @param template the name of the notice template, such as {@code reminder-1}
 * @param actions what the level does, with at least one action besides {@code CHARGE_FEE}; kept in
 *     declaration order
 * @param fees the fees, at most one per currency, empty without {@link DunningAction#CHARGE_FEE}
 */
public record DunningLevel(
        @Min(1) int number,
        int daysPastDue,
        @NotNull List<@NotNull MonetaryAmount> minimumAmounts,
        @Min(0) int minimumGapDays,
        @NotNull @Pattern(regexp = DunningLevel.TEMPLATE_PATTERN) String template,
        @NotNull Set<@NotNull DunningAction> actions,
        @NotNull List<@NotNull Fee> fees) {

    /** The form of a template name: letters, digits, dots, hyphens and underscores. */
    public static final String TEMPLATE_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    /**
     * Checks every field and copies the collections.
     *
     * @throws InvalidInputException if an argument is {@code null}, {@code number} is below 1,
     *     {@code minimumGapDays} is negative, {@code template} does not match {@link
     *     #TEMPLATE_PATTERN}, {@code actions} has no action besides {@code CHARGE_FEE}, a minimum
     *     amount is negative or two are in one currency, two fees share a currency, or fees and
     *     {@code CHARGE_FEE} do not go together
     */
    public DunningLevel {
        if (number < 1) {
            throw new InvalidInputException("number", number, "a level number of 1 or more");
        }
        if (minimumGapDays < 0) {
            throw new InvalidInputException("minimumGapDays", minimumGapDays, "0 or more days");
        }
        InputChecks.present(template, "template", "a template name such as reminder-1");
        if (!template.matches(TEMPLATE_PATTERN)) {
            throw new InvalidInputException(
                    "template",
                    '"' + template + '"',
                    "1 to 64 letters, digits, dots, hyphens or underscores");
        }
        minimumAmounts = checkMinimums(minimumAmounts);
        InputChecks.present(actions, "actions", "at least one action");
        if (actions.stream().anyMatch(Objects::isNull)
                || actions.stream().noneMatch(a -> a != DunningAction.CHARGE_FEE)) {
            throw new InvalidInputException(
                    "actions", actions, "at least one action besides CHARGE_FEE, and no null");
        }
        actions = Collections.unmodifiableSet(EnumSet.copyOf(actions));
        fees = InputChecks.distinctList(fees, "fees");
        Set<Optional<CurrencyUnit>> feeCurrencies = new HashSet<>();
        for (Fee fee : fees) {
            if (!feeCurrencies.add(fee.currency())) {
                throw new InvalidInputException(
                        "fees", fee, "at most one fee per currency and one without a currency");
            }
        }
        if (fees.isEmpty() == actions.contains(DunningAction.CHARGE_FEE)) {
            throw new InvalidInputException(
                    "fees", fees, "a fee exactly when the actions contain CHARGE_FEE");
        }
    }

    private static List<MonetaryAmount> checkMinimums(List<MonetaryAmount> amounts) {
        List<MonetaryAmount> copy = new ArrayList<>();
        Set<CurrencyUnit> currencies = new HashSet<>();
        for (MonetaryAmount amount : InputChecks.distinctList(amounts, "minimumAmounts")) {
            MinorAmount exact = MinorAmount.of(amount, RoundingMode.UNNECESSARY);
            if (exact.isNegative() || !currencies.add(amount.getCurrency())) {
                throw new InvalidInputException(
                        "minimumAmounts", exact, "amounts of zero or more, one per currency");
            }
            copy.add(exact.toMonetaryAmount());
        }
        return List.copyOf(copy);
    }

    /**
     * Returns a builder for a level with a number and a threshold, whose template defaults to
     * {@code reminder-<number>} and whose actions default to {@code NOTIFY}.
     */
    public static Builder builder(int number, int daysPastDue) {
        return new Builder(number, daysPastDue);
    }

    /** Returns the minimum overdue amount in {@code currency}, if the level sets one. */
    public Optional<MonetaryAmount> minimumIn(CurrencyUnit currency) {
        for (MonetaryAmount minimum : minimumAmounts) {
            if (minimum.getCurrency().equals(currency)) {
                return Optional.of(minimum);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the fee charged on a notice in {@code currency}: the fee in that currency, else the
     * fee without a currency, else empty.
     */
    public Optional<Fee> feeIn(CurrencyUnit currency) {
        Optional<Fee> exact =
                fees.stream().filter(f -> f.currency().equals(Optional.of(currency))).findFirst();
        return exact.or(() -> fees.stream().filter(f -> f.currency().isEmpty()).findFirst());
    }

    /** Returns whether the level does {@code action}. */
    public boolean does(DunningAction action) {
        return actions.contains(action);
    }

    /** Builder of a {@link DunningLevel}. Not thread-safe; {@link #build()} checks all fields. */
    public static final class Builder {
        private final int number;
        private final int daysPastDue;
        private final List<MonetaryAmount> minimumAmounts = new ArrayList<>();
        private int minimumGapDays;
        private String template;
        private final Set<DunningAction> actions = EnumSet.noneOf(DunningAction.class);
        private final List<Fee> fees = new ArrayList<>();

        private Builder(int number, int daysPastDue) {
            this.number = number;
            this.daysPastDue = daysPastDue;
            this.template = "reminder-" + number;
        }

        /** Adds the minimum overdue amount for the amount's currency. */
        public Builder minimum(MonetaryAmount amount) {
            minimumAmounts.add(amount);
            return this;
        }

        /** Sets the calendar days that must pass since the previous notice; 0 by default. */
        public Builder minimumGapDays(int days) {
            this.minimumGapDays = days;
            return this;
        }

        /** Sets the template name. */
        public Builder template(String name) {
            this.template = name;
            return this;
        }

        /** Adds an action; {@code NOTIFY} is used when none is added. */
        public Builder action(DunningAction action) {
            actions.add(action);
            return this;
        }

        /** Adds a fee and the {@code CHARGE_FEE} action. */
        public Builder fee(Fee fee) {
            fees.add(fee);
            actions.add(DunningAction.CHARGE_FEE);
            return this;
        }

        /**
         * Builds the level.
         *
         * @throws InvalidInputException if a field is invalid, as the constructor describes
         */
        public DunningLevel build() {
            Set<DunningAction> chosen = EnumSet.noneOf(DunningAction.class);
            chosen.addAll(actions);
            if (chosen.stream().noneMatch(a -> a != DunningAction.CHARGE_FEE)) {
                chosen.add(DunningAction.NOTIFY);
            }
            return new DunningLevel(
                    number, daysPastDue, minimumAmounts, minimumGapDays, template, chosen, fees);
        }
    }
}
