package io.github.tahsilat.reconciliation;

import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The proposal of {@link CompactBankLineMatcher} for one bank line, built when read: the line pays
 * one item, with the same amounts, score, status and explanation as the {@link Proposal} of {@link
 * BankLineMatcher} for the same line. The item is named by its slot and the counterparty by its
 * number in the {@link CompactOpenItemIndex}. Immutable and thread-safe.
 *
 * @param line the line's number in its {@link CompactBankLines}
 * @param item the item's slot
 * @param invoiceNumber the item's invoice number
 * @param counterparty the item's counterparty number
 * @param amount what the payer sent
 * @param outstanding the item's open amount the proposal was computed against, which is less than
 *     its indexed amount when a line earlier in the batch took part of it
 * @param applied the amount applied to the item, greater than zero and at most {@code outstanding}
 * @param difference {@code amount} minus {@code outstanding}, signed
 * @param unapplied the part of {@code amount} applied to no item, zero or more
 * @param score from 0 to 100
 * @param status whether the proposal may be applied without a person
 * @param explanation the reasons, in the order {@link BankLineMatcher} gives them
 */
public record CompactProposal(
        int line,
        int item,
        String invoiceNumber,
        int counterparty,
        MonetaryAmount amount,
        MonetaryAmount outstanding,
        MonetaryAmount applied,
        MonetaryAmount difference,
        MonetaryAmount unapplied,
        int score,
        ProposalStatus status,
        List<MatchReason> explanation) {

    /**
     * Checks every part and copies the explanation, unless it comes from {@link
     * CompactMatchResult#explanation}, which is unmodifiable already.
     *
     * @throws InvalidInputException if a part is {@code null}, {@code line}, {@code item} or {@code
     *     counterparty} is negative, the score is outside 0 to 100, {@code applied} is not greater
     *     than zero or exceeds {@code outstanding}, {@code unapplied} is negative or not {@code
     *     amount - applied}, or {@code difference} is not {@code amount - outstanding}
     * @throws CurrencyMismatchException if an amount is in another currency than {@code amount}
     */
    public CompactProposal {
        if (line < 0) {
            throw new InvalidInputException("line", line, "a line number, 0 or more");
        }
        if (item < 0) {
            throw new InvalidInputException("item", item, "a slot, 0 or more");
        }
        InputChecks.present(invoiceNumber, "invoiceNumber", "the invoice number");
        if (counterparty < 0) {
            throw new InvalidInputException(
                    "counterparty", counterparty, "a counterparty number, 0 or more");
        }
        InputChecks.present(amount, "amount", "what the payer sent");
        InputChecks.present(outstanding, "outstanding", "the open amount");
        InputChecks.present(applied, "applied", "the amount to apply");
        InputChecks.present(difference, "difference", "the difference");
        InputChecks.present(unapplied, "unapplied", "the unapplied amount");
        // Moneta compares amounts of two currencies with its own MonetaryException, and the
        // library's exception names both currencies.
        CurrencyUnit currency = amount.getCurrency();
        for (MonetaryAmount part : List.of(outstanding, applied, difference, unapplied)) {
            if (!part.getCurrency().equals(currency)) {
                throw new CurrencyMismatchException(
                        "compare",
                        currency.getCurrencyCode(),
                        part.getCurrency().getCurrencyCode());
            }
        }
        if (!applied.isPositive() || applied.isGreaterThan(outstanding)) {
            throw new InvalidInputException(
                    "applied",
                    applied,
                    "more than zero and at most the open amount " + outstanding);
        }
        if (unapplied.isNegative()) {
            throw new InvalidInputException("unapplied", unapplied, "zero or more");
        }
        if (!unapplied.isEqualTo(amount.subtract(applied))) {
            throw new InvalidInputException(
                    "unapplied",
                    unapplied,
                    "the amount minus the applied amount, " + amount.subtract(applied));
        }
        if (!difference.isEqualTo(amount.subtract(outstanding))) {
            throw new InvalidInputException(
                    "difference",
                    difference,
                    "the amount minus the outstanding amount, " + amount.subtract(outstanding));
        }
        if (score < 0 || score > 100) {
            throw new InvalidInputException("score", score, "a score from 0 to 100");
        }
        InputChecks.present(status, "status", "AUTO or SUGGESTION");
        explanation =
                CompactExplanation.copyOf(
                        InputChecks.present(explanation, "explanation", "a list"));
    }

    /** Returns whether the proposal may be applied without a person. */
    public boolean isAuto() {
        return status == ProposalStatus.AUTO;
    }
}
