package io.github.tahsilat.reconciliation;

import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.internal.input.InputChecks;
import java.util.List;

/**
 * A bank line that the matcher could not give a proposal, queued for a person with what it found.
 * Immutable and thread-safe.
 *
 * @param key the line's idempotency key
 * @param line the bank line
 * @param suggestions the best proposals that other lines of the batch took first, best first, each
 *     a {@link ProposalStatus#SUGGESTION} computed against the index's open amounts; possibly empty
 * @param counterparties the counterparties the line identified, ordered by id, for a
 *     counterparty-level suggestion when no item fits; possibly empty
 * @param notes remarks such as an invalid RF reference or too many items with the amount
 */
public record UnmatchedLine(
        BankEntryKey key,
        BankLine line,
        List<Proposal> suggestions,
        List<CounterpartyId> counterparties,
        List<MatchReason> notes) {

    /** Checks that every part is present and copies the lists. */
    public UnmatchedLine {
        InputChecks.present(key, "key", "the line's key");
        InputChecks.present(line, "line", "the bank line");
        suggestions = List.copyOf(suggestions);
        counterparties = List.copyOf(counterparties);
        notes = List.copyOf(notes);
    }
}
