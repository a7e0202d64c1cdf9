package io.github.tahsilat.service.reconciliation;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.persistence.spi.Page;
import io.github.tahsilat.persistence.spi.PageRequest;
import io.github.tahsilat.reconciliation.ProposalStatus;
import io.github.tahsilat.service.Actor;
import io.github.tahsilat.service.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * Reconciles a company's bank statements with its open receivables and books what is sure. Get it
 * from {@link io.github.tahsilat.engine.Tahsilat#reconciliation()}.
 *
 * <p>An import matches the statement's lines against the company's open receivables with the
 * service's match settings, then books, each line in its own transaction:
 *
 * <ul>
 *   <li>every {@link ProposalStatus#AUTO} proposal whose items belong to one counterparty, as a
 *       payment received on the line's value date, designated to the proposal's invoices in order,
 *       under the service's allocation policy, with the bank's charges as the payment's charges and
 *       the line's key as its idempotency key;
 *   <li>every {@link ProposalStatus#AUTO} proposal whose items belong to several counterparties and
 *       that leaves nothing unapplied, as one payment per counterparty of what its invoices
 *       receive, with the charges split in proportion, all in the line's one transaction;
 *   <li>every returned or reversed line whose original booking is found once, by reversing every
 *       payment that booking recorded, in one transaction: both payments of a line split over two
 *       counterparties, or neither.
 * </ul>
 *
 * <p>A line that books a batch as one total, whose transactions another statement or notification
 * of the same account and day booked one by one, books nothing and is returned as already booked,
 * with the statement and the payments that settled it.
 *
 * <p>The same transaction stores the bank entry under its keys, so that importing the same
 * statement again, an overlapping one, or the statement after its notification books nothing twice,
 * even when two imports run in parallel. Everything else is returned for a person. Every read and
 * write stays within the statement's company. Implementations are thread-safe.
 *
 * <p><b>Reconciliation queue.</b> After booking, the import queues every line it did not book, the
 * unmatched ones with their best suggestions and the proposed ones with their proposal, in one
 * transaction. A line is queued once under its key, so importing the same statement again queues
 * nothing new. When a line is later booked, by a later import, by a {@link StatementApplier} or by
 * {@link #matchQueued}, the transaction that books it also resolves its queued line. {@link
 * #openQueue} lists the open lines for a person, who matches each by hand ({@link #matchQueued}) or
 * dismisses it ({@link #dismissQueued}). Returned or reversed lines left for review are not queued.
 */
public interface ReconciliationService {

    /**
     * Imports one statement: matches its lines, books the sure ones and returns what happened to
     * each line. A line whose booking fails on bad stored data or input, such as an invoice in
     * another currency, is returned as a suggestion with the error, and the other lines still book.
     *
     * @throws InvalidInputException if {@code statement} is {@code null}
     * @throws NotFoundException if the company is not stored
     */
    ReconciliationResult importStatement(StatementImport statement);

    /**
     * Returns the applier for a person's decisions on lines of one statement, which stores the
     * statement id with each entry it books.
     *
     * @throws InvalidInputException if an argument is {@code null} or the statement id is blank or
     *     longer than 140 characters
     */
    StatementApplier applier(CompanyId companyId, String statementId);

    /**
     * Splits a statement into {@code count} work units by a stable hash of each line's key, so that
     * several application instances can import one statement in parallel, each unit once.
     *
     * @throws InvalidInputException if {@code statement} is {@code null} or {@code count} is not
     *     from 1 to {@value ReconciliationUnit#MAX_COUNT}
     */
    List<ReconciliationUnit> units(StatementImport statement, int count);

    /**
     * Imports the lines of {@code statement} that belong to {@code unit}, as {@link
     * #importStatement} imports a whole statement. Keys, and so the occurrence numbers of identical
     * lines, are computed over the whole statement, so every unit gives a line the key that a whole
     * import would. A unit run twice, or by two instances at once, books each entry once: the
     * second run reports the unit's lines as already booked, through the bank entry store's unique
     * key. Lines of the other units are left out of the result.
     *
     * <p>Items are assigned to lines within a unit, so when lines of two units compete for one open
     * item, the unit that books first takes it, and the other line finds only what is left open.
     *
     * @throws InvalidInputException if an argument is {@code null}, or the unit names another
     *     company or statement id than {@code statement}
     * @throws NotFoundException if the company is not stored
     */
    ReconciliationResult runUnit(ReconciliationUnit unit, StatementImport statement);

    /**
     * Returns one page of the company's open queued lines, oldest booking date first, then by entry
     * key. Pass {@link PageRequest#following} of a page to read the next.
     *
     * @throws InvalidInputException if an argument is {@code null}
     * @throws IllegalArgumentException if the request's cursor was not returned by this method
     * @throws NotFoundException if the company is not stored
     */
    Page<QueuedLine> openQueue(CompanyId companyId, PageRequest request);

    /**
     * Matches an open queued line by hand: books the line as a payment of the given invoices
     * through the allocation, as a {@link StatementApplier}'s manual match does, stores the bank
     * entry, and resolves the queued line as {@link QueuedLine.ResolutionKind#MANUAL_MATCH} with
     * {@code actor}, the instant of the engine's clock and {@code note}, all in one transaction.
     * The payment is of what the payer sent, the line's amount plus the bank's charges, received on
     * the line's value date.
     *
     * <p>A retry of a match that succeeded, by the same actor with the same note, books nothing and
     * returns the resolved line. The retry's invoices and amounts are not compared with the first
     * match's, so a retry with other amounts also returns the line and books nothing.
     *
     * @param entryKey the {@link QueuedLine#entryKey()} of a line {@link #openQueue} returned
     * @param amounts the amount each invoice receives, in the line's currency. Each is greater than
     *     zero and at most the invoice's outstanding amount. Together they add up to at most the
     *     line's amount plus charges, and exactly to it when the invoices belong to several
     *     counterparties.
     * @param actor the person who matched the line
     * @param note the person's remark, at most 500 characters, or empty
     * @return the resolved line
     * @throws InvalidInputException if an argument is {@code null}, {@code amounts} is empty or
     *     breaks a rule above, the note is blank, too long or contains U+0000, the entry key
     *     contains U+0000, an invoice is in another currency or is not open or partially paid, or
     *     the line is a return or books only the bank's charges; nothing is stored then
     * @throws CurrencyMismatchException if the amounts are in another currency than the line
     * @throws NotFoundException if the company, the queued line or an invoice is not stored
     * @throws QueuedLineResolvedException if the line already left the queue otherwise, or its bank
     *     entry was booked elsewhere; nothing is stored then
     */
    QueuedLine matchQueued(
            CompanyId companyId,
            String entryKey,
            Map<InvoiceId, MonetaryAmount> amounts,
            Actor actor,
            Optional<String> note);

    /**
     * Dismisses an open queued line, such as a refund from a supplier that no receivable explains,
     * resolving it as {@link QueuedLine.ResolutionKind#DISMISSED} with {@code actor}, the instant
     * of the engine's clock and {@code reason}. It books nothing and stores no bank entry, so a
     * later import may still book the line; it is not queued again.
     *
     * <p>A retry of a dismissal that succeeded, by the same actor with the same reason, returns the
     * resolved line unchanged.
     *
     * @param entryKey the {@link QueuedLine#entryKey()} of a line {@link #openQueue} returned
     * @param actor the person who dismissed the line
     * @param reason why, 1 to 500 characters, not blank
     * @return the resolved line
     * @throws InvalidInputException if an argument is {@code null}, the reason is blank or too
     *     long, or the reason or entry key contains U+0000
     * @throws NotFoundException if the company or the queued line is not stored
     * @throws QueuedLineResolvedException if the line already left the queue otherwise; nothing is
     *     stored then
     */
    QueuedLine dismissQueued(CompanyId companyId, String entryKey, Actor actor, String reason);
}
