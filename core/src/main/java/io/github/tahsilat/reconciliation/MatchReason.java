package io.github.tahsilat.reconciliation;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;

/**
 * One line of a proposal's explanation: which rule fired, what it found and how many points it
 * gave. Immutable and thread-safe.
 *
 * @param rule the rule's name, such as {@code invoice-number}, not blank
 * @param detail what the rule found, for a person to check, not blank. It may name invoice numbers
 *     but shows at most the last four characters of an IBAN or tax id.
 * @param points the points added to the score, from 0 to 100
 * @param kind what the finding is evidence of
 */
public record MatchReason(String rule, String detail, int points, Kind kind) {

    /** The maximum length of {@link #detail()}. */
    static final int MAX_DETAIL_LENGTH = 1000;

    /** The kind of evidence a finding gives. */
    public enum Kind {
        /** A reference or an invoice number in the line names the item. */
        REFERENCE,
        /** The line's IBAN, a tax id in its text or its name identifies the counterparty. */
        COUNTERPARTY,
        /** The amount equals the open amount, exactly, within tolerance or as a combination. */
        AMOUNT,
        /** The amount is less than the open amount by more than the tolerance. */
        PARTIAL_AMOUNT,
        /** A remark on the line that points to no item, such as an invalid RF reference. */
        NOTE
    }

    /**
     * Checks every part.
     *
     * @throws InvalidInputException if {@code rule} or {@code detail} is {@code null} or blank,
     *     {@code points} is outside 0 to 100, or {@code kind} is {@code null}
     */
    public MatchReason {
        InputChecks.text(rule, "rule", 100);
        InputChecks.text(detail, "detail", MAX_DETAIL_LENGTH);
        if (points < 0 || points > 100) {
            throw new InvalidInputException("points", points, "a number from 0 to 100");
        }
        InputChecks.present(
                kind, "kind", "REFERENCE, COUNTERPARTY, AMOUNT, PARTIAL_AMOUNT or NOTE");
    }
}
