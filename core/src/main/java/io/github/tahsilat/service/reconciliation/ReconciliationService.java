package io.github.tahsilat.service.reconciliation;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.reconciliation.ProposalStatus;
import io.github.tahsilat.service.NotFoundException;
import java.util.List;

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
}
