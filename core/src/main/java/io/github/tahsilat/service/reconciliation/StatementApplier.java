package io.github.tahsilat.service.reconciliation;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.reconciliation.BankEntryKey;
import io.github.tahsilat.reconciliation.BankLine;
import io.github.tahsilat.reconciliation.ProposalApplier;
import io.github.tahsilat.service.Actor;

/**
 * Books a person's decisions on the lines of one statement of one company: a confirmed suggestion,
 * a manual match, a reversal, or that a line books nothing. Each call runs in one transaction that
 * records the bank entry together with its payment, so that the entry books once. A batch total
 * whose transactions another statement or notification booked one by one counts as already booked,
 * so booking it returns {@code false}. Get one from {@link ReconciliationService#applier}.
 *
 * <p>It keeps no {@link io.github.tahsilat.reconciliation.OpenItemIndex} to update after a booking,
 * because every import loads the open items from the store. Thread-safe.
 */
public interface StatementApplier extends ProposalApplier {

    /**
     * Records that the line books nothing, such as a transfer between the company's own accounts,
     * so that later imports leave it alone.
     *
     * @param key the line's key as the import returned it
     * @param line the bank line
     * @param actor the person who decided
     * @return whether it was recorded; {@code false} when the line was already booked
     * @throws InvalidInputException if an argument is {@code null} or {@code key} is not the key of
     *     {@code line}
     */
    boolean ignore(BankEntryKey key, BankLine line, Actor actor);
}
