package io.github.tahsilat.service.reconciliation;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.service.Actor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * A bank line in the reconciliation queue: a line that an import left unmatched or only proposed,
 * with its best suggestions as of that import, and how it left the queue once it has. Immutable and
 * thread-safe.
 *
 * @param entryKey the line's key in the queue: its bank-reference key, else its content key, as
 *     {@link io.github.tahsilat.reconciliation.BankEntryKey#primary()} gives it
 * @param accountId the company's account the line was booked on
 * @param bookingDate the day the bank booked the line
 * @param valueDate the value date, or empty
 * @param amount the signed amount of the line, net of the bank's charges
 * @param charges the fees the company's bank deducted from the line, zero or more
 * @param counterpartyName the counterparty's name, or empty
 * @param remittance the remittance text, at most its first 1,000 characters, or empty
 * @param suggestions the invoices the import proposed, highest score first, possibly none
 * @param queuedBy who ran the import that queued the line
 * @param queuedAt when, by the engine's clock
 * @param resolution how the line left the queue, or empty while it is open
 */
public record QueuedLine(
        String entryKey,
        String accountId,
        LocalDate bookingDate,
        Optional<LocalDate> valueDate,
        MonetaryAmount amount,
        MonetaryAmount charges,
        Optional<String> counterpartyName,
        Optional<String> remittance,
        List<Suggestion> suggestions,
        Actor queuedBy,
        Instant queuedAt,
        Optional<Resolution> resolution) {

    /**
     * Checks that every part is present and copies the suggestions.
     *
     * @throws InvalidInputException if a part is {@code null}
     */
    public QueuedLine {
        InputChecks.present(entryKey, "entryKey", "the line's key");
        InputChecks.present(accountId, "accountId", "the account");
        InputChecks.present(bookingDate, "bookingDate", "the booking date");
        InputChecks.present(valueDate, "valueDate", "a date or Optional.empty()");
        InputChecks.present(amount, "amount", "the signed amount");
        InputChecks.present(charges, "charges", "the charges, possibly zero");
        InputChecks.present(counterpartyName, "counterpartyName", "a name or Optional.empty()");
        InputChecks.present(remittance, "remittance", "a text or Optional.empty()");
        suggestions = List.copyOf(InputChecks.present(suggestions, "suggestions", "a list"));
        InputChecks.present(queuedBy, "queuedBy", "the actor of the import");
        InputChecks.present(queuedAt, "queuedAt", "the instant of the import");
        InputChecks.present(resolution, "resolution", "a resolution or Optional.empty()");
    }

    /** Returns whether the line is still waiting for a person. */
    public boolean isOpen() {
        return resolution.isEmpty();
    }

    /**
     * One invoice that the import proposed for the line.
     *
     * @param invoiceId the proposed invoice
     * @param score the proposal's score, from 0 to 100
     * @param rule the name of the rule that fired first
     * @param explanation the rules that fired, with what each found and its points
     */
    public record Suggestion(InvoiceId invoiceId, int score, String rule, String explanation) {

        /**
         * Checks every part.
         *
         * @throws InvalidInputException if a part is {@code null} or the score is outside 0 to 100
         */
        public Suggestion {
            InputChecks.present(invoiceId, "invoiceId", "the invoice");
            if (score < 0 || score > 100) {
                throw new InvalidInputException("score", score, "a number from 0 to 100");
            }
            InputChecks.present(rule, "rule", "the rule's name");
            InputChecks.present(explanation, "explanation", "the explanation");
        }
    }

    /** The way a line left the queue. */
    public enum ResolutionKind {
        /** A person matched the line to invoices by hand, which booked a payment. */
        MANUAL_MATCH,
        /** A person dismissed the line, with a reason. */
        DISMISSED,
        /** A later import, of the same statement or an overlapping one, booked the line. */
        BOOKED_BY_IMPORT
    }

    /**
     * The resolution of a line that left the queue.
     *
     * @param kind the way it left
     * @param actor who resolved it
     * @param at when, by the engine's clock
     * @param note the note of a manual match, the reason of a dismissal, or the statement that
     *     booked the line. It is empty only for a manual match without a note.
     */
    public record Resolution(ResolutionKind kind, Actor actor, Instant at, Optional<String> note) {

        /**
         * Checks that every part is present.
         *
         * @throws InvalidInputException if a part is {@code null}
         */
        public Resolution {
            InputChecks.present(kind, "kind", "MANUAL_MATCH, DISMISSED or BOOKED_BY_IMPORT");
            InputChecks.present(actor, "actor", "who resolved the line");
            InputChecks.present(at, "at", "when the line was resolved");
            InputChecks.present(note, "note", "a note or Optional.empty()");
        }
    }
}
