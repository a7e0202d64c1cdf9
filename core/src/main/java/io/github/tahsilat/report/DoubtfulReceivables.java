package io.github.tahsilat.report;

import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * The test for doubtful receivables (şüpheli alacak) after Turkish tax procedure law (VUK) article
 * 323. A receivable is doubtful when it is in litigation or enforcement. It is also doubtful when
 * it is too small to be worth suing and stays unpaid after a protest or after more than one written
 * demand. The test is a pure function of the item's facts, and the threshold and the number of
 * demands are the host's settings.
 *
 * <p>Immutable and thread-safe.
 *
 * @param smallAmountThreshold the largest open amount that counts as too small to be worth suing
 * @param minimumDemands the number of written demands that makes a small receivable doubtful, at
 *     least 1; the law's "more than one" is 2
 */
public record DoubtfulReceivables(MonetaryAmount smallAmountThreshold, int minimumDemands) {

    /**
     * Checks the settings.
     *
     * @throws InvalidInputException if the threshold is missing or negative, or {@code
     *     minimumDemands} is less than 1
     */
    public DoubtfulReceivables {
        InputChecks.present(smallAmountThreshold, "smallAmountThreshold", "an amount");
        if (smallAmountThreshold.isNegative()) {
            throw new InvalidInputException(
                    "smallAmountThreshold", smallAmountThreshold, "an amount of zero or more");
        }
        if (minimumDemands < 1) {
            throw new InvalidInputException("minimumDemands", minimumDemands, "at least 1");
        }
    }

    /** Returns the settings with the law's two written demands and {@code threshold}. */
    public static DoubtfulReceivables withThreshold(MonetaryAmount threshold) {
        return new DoubtfulReceivables(threshold, 2);
    }

    /**
     * Returns why the receivable is doubtful, or empty if it is not. Litigation comes first, then a
     * protest, then the written demands. An item with nothing open is not doubtful.
     *
     * @throws InvalidInputException if {@code facts} is missing
     * @throws CurrencyMismatchException if the open amount is in another currency than the
     *     threshold
     */
    public Optional<DoubtfulReason> reason(ReceivableFacts facts) {
        InputChecks.present(facts, "facts", "the receivable's facts");
        if (!facts.open().getCurrency().equals(smallAmountThreshold.getCurrency())) {
            throw new CurrencyMismatchException(
                    "compare a receivable with the small-amount threshold",
                    smallAmountThreshold.getCurrency().getCurrencyCode(),
                    facts.open().getCurrency().getCurrencyCode());
        }
        if (!facts.open().isPositive()) {
            return Optional.empty();
        }
        if (facts.inLitigation()) {
            return Optional.of(DoubtfulReason.LITIGATION);
        }
        boolean small = facts.open().isLessThanOrEqualTo(smallAmountThreshold);
        if (small && facts.protested()) {
            return Optional.of(DoubtfulReason.SMALL_AFTER_PROTEST);
        }
        if (small && facts.writtenDemands() >= minimumDemands) {
            return Optional.of(DoubtfulReason.SMALL_AFTER_DEMANDS);
        }
        return Optional.empty();
    }
}
