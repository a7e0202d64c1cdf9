package io.github.tahsilat.reconciliation;

import io.github.tahsilat.service.Actor;

/**
 * Books what the matcher proposed as payments, the booking side of reconciliation, which the
 * payments feature implements.
 *
 * <p>An implementation must, in one transaction per line: check that the line's {@link
 * BankEntryKey} is not {@link BankEntryKey#isBookedIn booked} against its stored keys, and if it
 * is, do nothing; create the payment with the line's {@code amount} and value date; allocate the
 * applied amounts; settle a difference within tolerance by the company's policy (write off a
 * shortfall, keep or write off an excess); book the {@link ReportedCharge}s as bank expense, never
 * against the customer; and store every key of {@link BankEntryKey#keysToRecord()}. After the
 * commit it updates the {@link OpenItemIndex} with the items' new open amounts, so that the next
 * batch finds them.
 *
 * <p>Implementations must be thread-safe or documented as not.
 */
public interface ProposalApplier {

    /**
     * Books a proposal, typically an {@link ProposalStatus#AUTO} one or a suggestion a person
     * confirmed.
     *
     * @param proposal the proposal to book
     * @param actor who books it: a system job for automatic proposals, the person otherwise
     * @return whether it was booked; {@code false} when the line was already booked
     */
    boolean apply(Proposal proposal, Actor actor);

    /**
     * Books a person's match of a line.
     *
     * @param line the bank line the match is for; its key must equal {@code match.key()}
     * @param match the person's allocation, which names the actor
     * @return whether it was booked; {@code false} when the line was already booked
     * @throws io.github.tahsilat.error.InvalidInputException if {@code line} books only the bank's
     *     charges ({@link BankLine#isChargesOnly()}), or an invoice of the match is not open or
     *     partially paid, or its amount is over the invoice's outstanding amount
     */
    boolean apply(BankLine line, ManualMatch match);

    /**
     * Reverses the payment that a returned or reversed entry undoes.
     *
     * @param reversal the reversal proposal
     * @param actor who books it
     * @return whether it was booked; {@code false} when the line was already booked
     */
    boolean applyReversal(ReversalProposal reversal, Actor actor);
}
