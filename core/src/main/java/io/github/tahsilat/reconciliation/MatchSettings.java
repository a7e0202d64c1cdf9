package io.github.tahsilat.reconciliation;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.MinorAmount;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The matcher's configuration: the rules in order, the score from which a proposal is applied
 * automatically, the tolerances per currency and how many suggestions an unmatched line keeps.
 *
 * <p>Whatever the threshold, a proposal is {@link ProposalStatus#AUTO} only when a reference, an
 * invoice number or the counterparty's identity supports it, never on its amount alone. Immutable
 * and thread-safe if the rules are.
 *
 * @param rules the rules, run in this order for every line, at least one, each name once
 * @param autoApplyThreshold the minimum score, from 0 to 100, of an {@code AUTO} proposal
 * @param tolerances the largest difference between a line and the items it pays that still counts
 *     as a full payment, zero or more, at most one per currency. A currency without one has
 *     tolerance zero.
 * @param maxSuggestions the maximum number of suggestions kept for an unmatched line, 0 to 20
 */
public record MatchSettings(
        List<MatchRule> rules,
        int autoApplyThreshold,
        List<MonetaryAmount> tolerances,
        int maxSuggestions) {

    /** The default {@link #autoApplyThreshold()}: reference or number with an amount that fits. */
    public static final int DEFAULT_AUTO_APPLY_THRESHOLD = 80;

    /** The default {@link #maxSuggestions()}. */
    public static final int DEFAULT_MAX_SUGGESTIONS = 3;

    private static final int MAX_SUGGESTIONS_LIMIT = 20;

    /**
     * Checks every part and copies the lists.
     *
     * @throws InvalidInputException if a list or element is {@code null}; if {@code rules} is empty
     *     or has two rules with the same name; if the threshold is outside 0 to 100; if a tolerance
     *     is negative, has more decimals than its currency, or a currency has two; or if {@code
     *     maxSuggestions} is outside 0 to 20
     */
    public MatchSettings {
        rules = List.copyOf(InputChecks.distinctList(rules, "rules"));
        if (rules.isEmpty()) {
            throw new InvalidInputException("rules", "[]", "at least one rule");
        }
        Set<String> names = new HashSet<>();
        for (MatchRule rule : rules) {
            if (!names.add(rule.name())) {
                throw new InvalidInputException("rules", rule.name(), "each rule name once");
            }
        }
        if (autoApplyThreshold < 0 || autoApplyThreshold > 100) {
            throw new InvalidInputException(
                    "autoApplyThreshold", autoApplyThreshold, "a score from 0 to 100");
        }
        tolerances = InputChecks.distinctList(tolerances, "tolerances");
        Set<CurrencyUnit> currencies = new HashSet<>();
        for (MonetaryAmount tolerance : tolerances) {
            if (Amounts.toMinor(tolerance, "tolerances").isNegative()) {
                throw new InvalidInputException("tolerances", tolerance, "zero or more");
            }
            if (!currencies.add(tolerance.getCurrency())) {
                throw new InvalidInputException(
                        "tolerances", tolerance, "at most one tolerance per currency");
            }
        }
        if (maxSuggestions < 0 || maxSuggestions > MAX_SUGGESTIONS_LIMIT) {
            throw new InvalidInputException(
                    "maxSuggestions",
                    maxSuggestions,
                    "a number from 0 to " + MAX_SUGGESTIONS_LIMIT);
        }
    }

    /**
     * Returns the defaults: {@link MatchRules#defaults()}, threshold 80, no tolerance and three
     * suggestions.
     */
    public static MatchSettings defaults() {
        return new MatchSettings(
                MatchRules.defaults(),
                DEFAULT_AUTO_APPLY_THRESHOLD,
                List.of(),
                DEFAULT_MAX_SUGGESTIONS);
    }

    /**
     * Returns a copy with another threshold.
     *
     * @throws InvalidInputException if {@code threshold} is outside 0 to 100
     */
    public MatchSettings withAutoApplyThreshold(int threshold) {
        return new MatchSettings(rules, threshold, tolerances, maxSuggestions);
    }

    /**
     * Returns a copy with {@code tolerance} for its currency, in place of any earlier one.
     *
     * @throws InvalidInputException if {@code tolerance} is {@code null}, negative or has more
     *     decimals than its currency
     */
    public MatchSettings withTolerance(MonetaryAmount tolerance) {
        InputChecks.present(tolerance, "tolerance", "an amount of zero or more");
        List<MonetaryAmount> next = new ArrayList<>();
        for (MonetaryAmount existing : tolerances) {
            if (!existing.getCurrency().equals(tolerance.getCurrency())) {
                next.add(existing);
            }
        }
        next.add(tolerance);
        return new MatchSettings(rules, autoApplyThreshold, next, maxSuggestions);
    }

    /**
     * Returns a copy with other rules.
     *
     * @throws InvalidInputException if {@code newRules} is empty, has a {@code null} or a name
     *     twice
     */
    public MatchSettings withRules(List<MatchRule> newRules) {
        return new MatchSettings(newRules, autoApplyThreshold, tolerances, maxSuggestions);
    }

    /** Returns the tolerance for {@code currency}, zero when none is set. */
    public MonetaryAmount toleranceFor(CurrencyUnit currency) {
        for (MonetaryAmount tolerance : tolerances) {
            if (tolerance.getCurrency().equals(currency)) {
                return tolerance;
            }
        }
        return MinorAmount.zero(currency).toMonetaryAmount();
    }
}
