package io.github.tahsilat.dunning;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A dunning policy: ordered levels and the settings that apply to all of them.
 *
 * <p>Levels are kept in order of strictly increasing number and strictly increasing {@code
 * daysPastDue}. A level with a positive threshold is reached only after the grace period: with a
 * grace of 3 days, a level at 1 day is first reached on the 4th day past due. Build one with {@link
 * #builder(String)} or parse its {@link PolicyText text form}. Immutable and thread-safe.
 *
 * @param name the policy's name, such as {@code standard}, in the form of {@link #NAME_PATTERN}
 * @param levels the levels, at least one, in order
 * @param graceDays the days past due during which no level with a positive threshold is sent, 0 or
 *     more
 * @param dayCounting whether days past due are calendar days or business days
 * @param skippedLevels what happens when an item has passed several levels since its last notice
 * @param payWithinDays the days from the run date to the pay-by date printed on a notice, 0 or more
 * @param interest the late interest settings, or empty when the policy charges none
 * @param waiveChargesWhenPrincipalPaid whether open fees and interest are written off once the
 *     principal is paid; when {@code false} they stay open and the dunning case with them
 * @param listAllOverdueItems whether a notice also lists the counterparty's other overdue items in
 *     its currency, those past due that reached no new level, leaving out disputed, blocked and
 *     promised ones; when {@code false} a notice lists only the items that reached a new level
 * @param handOverScope what later runs leave out once a level with {@link
 *     DunningAction#HAND_OVER_TO_AGENCY} or {@link DunningAction#LEGAL_FOLLOW_UP} was sent on an
 *     item
 * @param chargeVat the VAT terms of the fees and late interest charged, or empty when runs report
 *     no charge invoices
 */
public record DunningPolicy(
        @NotNull @Pattern(regexp = DunningPolicy.NAME_PATTERN) String name,
        @NotNull @NotEmpty List<@NotNull @Valid DunningLevel> levels,
        @Min(0) int graceDays,
        @NotNull DayCounting dayCounting,
        @NotNull SkippedLevels skippedLevels,
        @Min(0) int payWithinDays,
        @NotNull Optional<@Valid InterestSettings> interest,
        boolean waiveChargesWhenPrincipalPaid,
        boolean listAllOverdueItems,
        @NotNull HandOverScope handOverScope,
        @NotNull Optional<@Valid ChargeVat> chargeVat) {

    /** The form of a policy name: letters, digits, dots, hyphens and underscores. */
    public static final String NAME_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    /** The days to pay that a policy built without a setting prints on its notices. */
    public static final int DEFAULT_PAY_WITHIN_DAYS = 7;

    /**
     * Checks every field and copies the levels.
     *
     * @throws InvalidInputException if an argument is {@code null}, {@code name} does not match
     *     {@link #NAME_PATTERN}, {@code levels} is empty or not in strictly increasing order of
     *     number and threshold, or {@code graceDays} or {@code payWithinDays} is negative
     */
    public DunningPolicy {
        InputChecks.present(name, "name", "a policy name such as standard");
        if (!name.matches(NAME_PATTERN)) {
            throw new InvalidInputException(
                    "name",
                    '"' + name + '"',
                    "1 to 64 letters, digits, dots, hyphens or underscores");
        }
        levels = InputChecks.distinctList(levels, "levels");
        if (levels.isEmpty()) {
            throw new InvalidInputException("levels", "[]", "at least one level");
        }
        for (int i = 1; i < levels.size(); i++) {
            DunningLevel previous = levels.get(i - 1);
            DunningLevel level = levels.get(i);
            if (level.number() <= previous.number()
                    || level.daysPastDue() <= previous.daysPastDue()) {
                throw new InvalidInputException(
                        "levels",
                        "level " + level.number() + " after " + level.daysPastDue() + " days",
                        "a higher number and more days than level "
                                + previous.number()
                                + " after "
                                + previous.daysPastDue()
                                + " days");
            }
        }
        if (graceDays < 0) {
            throw new InvalidInputException("graceDays", graceDays, "0 or more days");
        }
        InputChecks.present(dayCounting, "dayCounting", "CALENDAR_DAYS or BUSINESS_DAYS");
        InputChecks.present(
                skippedLevels, "skippedLevels", "SEND_HIGHEST_REACHED or SEND_EACH_IN_TURN");
        if (payWithinDays < 0) {
            throw new InvalidInputException("payWithinDays", payWithinDays, "0 or more days");
        }
        InputChecks.present(interest, "interest", "interest settings or Optional.empty()");
        InputChecks.present(handOverScope, "handOverScope", "ITEM or COUNTERPARTY");
        InputChecks.present(chargeVat, "chargeVat", "VAT terms or Optional.empty()");
    }

    /**
     * Creates a policy whose runs report no charge invoices.
     *
     * @throws InvalidInputException as the canonical constructor describes
     */
    public DunningPolicy(
            String name,
            List<DunningLevel> levels,
            int graceDays,
            DayCounting dayCounting,
            SkippedLevels skippedLevels,
            int payWithinDays,
            Optional<InterestSettings> interest,
            boolean waiveChargesWhenPrincipalPaid,
            boolean listAllOverdueItems,
            HandOverScope handOverScope) {
        this(
                name,
                levels,
                graceDays,
                dayCounting,
                skippedLevels,
                payWithinDays,
                interest,
                waiveChargesWhenPrincipalPaid,
                listAllOverdueItems,
                handOverScope,
                Optional.empty());
    }

    /**
     * Creates a policy whose hand-overs leave out only the handed-over item.
     *
     * @throws InvalidInputException as the canonical constructor describes
     */
    public DunningPolicy(
            String name,
            List<DunningLevel> levels,
            int graceDays,
            DayCounting dayCounting,
            SkippedLevels skippedLevels,
            int payWithinDays,
            Optional<InterestSettings> interest,
            boolean waiveChargesWhenPrincipalPaid,
            boolean listAllOverdueItems) {
        this(
                name,
                levels,
                graceDays,
                dayCounting,
                skippedLevels,
                payWithinDays,
                interest,
                waiveChargesWhenPrincipalPaid,
                listAllOverdueItems,
                HandOverScope.ITEM);
    }

    /**
     * Creates a policy whose notices list only the items that reached a new level.
     *
     * @throws InvalidInputException as the canonical constructor describes
     */
    public DunningPolicy(
            String name,
            List<DunningLevel> levels,
            int graceDays,
            DayCounting dayCounting,
            SkippedLevels skippedLevels,
            int payWithinDays,
            Optional<InterestSettings> interest,
            boolean waiveChargesWhenPrincipalPaid) {
        this(
                name,
                levels,
                graceDays,
                dayCounting,
                skippedLevels,
                payWithinDays,
                interest,
                waiveChargesWhenPrincipalPaid,
                false,
                HandOverScope.ITEM);
    }

    /**
     * Returns a builder with the defaults: no grace, calendar days, {@link
     * SkippedLevels#SEND_HIGHEST_REACHED}, 7 days to pay, no interest, charges kept when the
     * principal is paid, notices that list only the items that reached a new level, hand-overs that
     * leave out only the handed-over item, and no charge invoices.
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** Returns the level with {@code number}, if the policy has one. */
    public Optional<DunningLevel> level(int number) {
        return levels.stream().filter(l -> l.number() == number).findFirst();
    }

    /**
     * Returns how many days before the due date the earliest level is reached: the negated
     * threshold of a friendly reminder level, or 0 when no level triggers before the due date. The
     * days are counted by {@link #dayCounting()}.
     */
    public int reminderLeadDays() {
        return Math.max(0, -levels.get(0).daysPastDue());
    }

    /** Returns the most severe level. */
    public DunningLevel highestLevel() {
        return levels.get(levels.size() - 1);
    }

    /** Builder of a {@link DunningPolicy}. Not thread-safe; {@link #build()} checks all fields. */
    public static final class Builder {
        private final String name;
        private final List<DunningLevel> levels = new ArrayList<>();
        private int graceDays;
        private DayCounting dayCounting = DayCounting.CALENDAR_DAYS;
        private SkippedLevels skippedLevels = SkippedLevels.SEND_HIGHEST_REACHED;
        private int payWithinDays = DEFAULT_PAY_WITHIN_DAYS;
        private InterestSettings interest;
        private boolean waiveChargesWhenPrincipalPaid;
        private boolean listAllOverdueItems;
        private HandOverScope handOverScope = HandOverScope.ITEM;
        private ChargeVat chargeVat;

        private Builder(String name) {
            this.name = name;
        }

        /** Appends a level; levels must be added in order. */
        public Builder level(DunningLevel level) {
            levels.add(level);
            return this;
        }

        /** Sets the grace period in days; 0 by default. */
        public Builder graceDays(int days) {
            this.graceDays = days;
            return this;
        }

        /** Sets how days past due are counted; calendar days by default. */
        public Builder dayCounting(DayCounting value) {
            this.dayCounting = value;
            return this;
        }

        /** Sets what happens to skipped levels; {@code SEND_HIGHEST_REACHED} by default. */
        public Builder skippedLevels(SkippedLevels value) {
            this.skippedLevels = value;
            return this;
        }

        /** Sets the days from the run date to the pay-by date; 7 by default. */
        public Builder payWithinDays(int days) {
            this.payWithinDays = days;
            return this;
        }

        /** Sets the late interest settings, or clears them with {@code null}. */
        public Builder interest(InterestSettings value) {
            this.interest = value;
            return this;
        }

        /** Sets whether open charges are written off once the principal is paid. */
        public Builder waiveChargesWhenPrincipalPaid(boolean value) {
            this.waiveChargesWhenPrincipalPaid = value;
            return this;
        }

        /**
         * Sets whether a notice also lists the counterparty's other overdue items that are not
         * disputed, blocked or promised.
         */
        public Builder listAllOverdueItems(boolean value) {
            this.listAllOverdueItems = value;
            return this;
        }

        /** Sets what later runs leave out after a hand-over; {@code ITEM} by default. */
        public Builder handOverScope(HandOverScope value) {
            this.handOverScope = value;
            return this;
        }

        /**
         * Sets the VAT terms of the fees and late interest charged, or clears them with {@code
         * null}; none by default, so runs report no charge invoices.
         */
        public Builder chargeVat(ChargeVat value) {
            this.chargeVat = value;
            return this;
        }

        /**
         * Builds the policy.
         *
         * @throws InvalidInputException if a field is invalid, as the constructor describes
         */
        public DunningPolicy build() {
            return new DunningPolicy(
                    name,
                    levels,
                    graceDays,
                    dayCounting,
                    skippedLevels,
                    payWithinDays,
                    Optional.ofNullable(interest),
                    waiveChargesWhenPrincipalPaid,
                    listAllOverdueItems,
                    handOverScope,
                    Optional.ofNullable(chargeVat));
        }
    }
}
