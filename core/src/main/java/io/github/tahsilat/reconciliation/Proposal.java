package io.github.tahsilat.reconciliation;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * A proposal that a bank line pays one or more open items, with its score and the reasons for it.
 *
 * <p>{@code amount} is what the payer sent. It is split over the items in index order (oldest due
 * date first), each receiving at most its open amount. {@code difference} is {@code amount} minus
 * the items' total open amount: negative when the line pays less (a shortfall, or a partial payment
 * when outside tolerance), positive when it pays more. {@code unapplied} is the part of {@code
 * amount} that no item takes, the excess. So the applied amounts add up to {@code amount -
 * unapplied}. Whether a shortfall within tolerance is written off, and whether an excess becomes
 * credit or is written off, is for the booking side to decide.
 *
 * <p>Immutable and thread-safe.
 *
 * @param key the line's idempotency key
 * @param line the bank line
 * @param amount what the payer sent: the line's amount plus the charges deducted by the bank
 * @param applications the amount for each item, at least one, in index order
 * @param difference {@code amount} minus the items' total open amount, signed
 * @param withinTolerance whether {@code |difference|} is at most the currency's tolerance
 * @param unapplied the part of {@code amount} applied to no item, zero or more
 * @param score from 0 to 100
 * @param status whether the proposal may be applied without a person
 * @param explanation the reasons, in the order the rules gave them
 */
public record Proposal(
        BankEntryKey key,
        BankLine line,
        MonetaryAmount amount,
        List<ItemApplication> applications,
        MonetaryAmount difference,
        boolean withinTolerance,
        MonetaryAmount unapplied,
        int score,
        ProposalStatus status,
        List<MatchReason> explanation) {

    /**
     * Checks every part and copies the lists. An explanation from {@link
     * CompactMatchResult#explanation}, which is unmodifiable already, is kept as it is.
     *
     * @throws InvalidInputException if a part is {@code null}, there is no application, the score
     *     is outside 0 to 100, {@code unapplied} is negative, or the applied amounts and {@code
     *     unapplied} do not add up to {@code amount}
     */
    public Proposal {
        InputChecks.present(key, "key", "the line's key");
        InputChecks.present(line, "line", "the bank line");
        InputChecks.present(amount, "amount", "what the payer sent");
        applications = List.copyOf(InputChecks.present(applications, "applications", "a list"));
        if (applications.isEmpty()) {
            throw new InvalidInputException("applications", "[]", "at least one item");
        }
        InputChecks.present(difference, "difference", "the difference");
        InputChecks.present(unapplied, "unapplied", "the unapplied amount");
        if (unapplied.isNegative()) {
            throw new InvalidInputException("unapplied", unapplied, "zero or more");
        }
        if (score < 0 || score > 100) {
            throw new InvalidInputException("score", score, "a score from 0 to 100");
        }
        InputChecks.present(status, "status", "AUTO or SUGGESTION");
        explanation =
                CompactExplanation.copyOf(
                        InputChecks.present(explanation, "explanation", "a list"));
        if (!addsUp(amount, applications, unapplied)) {
            throw new InvalidInputException(
                    "applications",
                    total(applications, unapplied),
                    "applied amounts and unapplied adding up to " + amount);
        }
    }

    /**
     * Returns whether the applied amounts and {@code unapplied} add up to {@code amount}. One item
     * paid in full, the usual case, is compared without building the sum, and without comparing the
     * numbers when the applied amount is the same instance as {@code amount}.
     */
    private static boolean addsUp(
            MonetaryAmount amount, List<ItemApplication> applications, MonetaryAmount unapplied) {
        if (applications.size() == 1
                && unapplied.isZero()
                && unapplied.getCurrency().equals(amount.getCurrency())) {
            MonetaryAmount applied = applications.get(0).applied();
            return applied == amount || applied.isEqualTo(amount);
        }
        return total(applications, unapplied).isEqualTo(amount);
    }

    private static MonetaryAmount total(
            List<ItemApplication> applications, MonetaryAmount unapplied) {
        MonetaryAmount total = unapplied;
        for (ItemApplication application : applications) {
            total = total.add(application.applied());
        }
        return total;
    }

    /** Returns the total of the applied amounts. */
    public MonetaryAmount appliedTotal() {
        return amount.subtract(unapplied);
    }

    /** Returns whether the proposal may be applied without a person. */
    public boolean isAuto() {
        return status == ProposalStatus.AUTO;
    }

    /** Returns the names of the rules that fired, without repeats, in order. */
    public List<String> firedRules() {
        return explanation.stream().map(MatchReason::rule).distinct().toList();
    }
}
