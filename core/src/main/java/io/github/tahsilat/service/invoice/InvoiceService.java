package io.github.tahsilat.service.invoice;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.invoice.InvoiceStateException;
import io.github.tahsilat.persistence.spi.Page;
import io.github.tahsilat.persistence.spi.PageRequest;
import io.github.tahsilat.service.AlreadyExistsException;
import io.github.tahsilat.service.DuplicateNumberException;
import io.github.tahsilat.service.IdempotencyKeyReusedException;
import io.github.tahsilat.service.NotFoundException;
import io.github.tahsilat.service.OpenItem;
import io.github.tahsilat.service.StoredInvoice;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Stores a company's invoices and changes their state. Get it from {@link
 * io.github.tahsilat.engine.Tahsilat#invoices()}.
 *
 * <p>Every write runs in one transaction, records the engine's actor and clock instant, and appends
 * an event in the same transaction. A write whose own read went stale is repeated up to three times
 * when the service opened the transaction. Dates such as the dispute start and the closing day are
 * today in the company's time zone. Implementations are thread-safe.
 */
public interface InvoiceService {

    /**
     * Stores a new invoice with its lines, totals, due schedule, outstanding amount and status, and
     * appends {@code InvoiceIssued}.
     *
     * @throws InvalidInputException if the request is {@code null}, or the invoice has settlements,
     *     credits, a write-off, a cancellation or a dispute (use {@link #importInvoice})
     * @throws NotFoundException if the company or the counterparty is not stored
     * @throws DuplicateNumberException if the company has an invoice with the number in the same
     *     direction
     * @throws IdempotencyKeyReusedException if the request's key was used with other content
     * @throws AlreadyExistsException if the invoice id or external reference is taken
     */
    StoredInvoice issue(InvoiceRequest request);

    /**
     * Stores an invoice brought over from another system with the state it has there, such as
     * partly paid or disputed, and appends {@code InvoiceImported}.
     *
     * @throws InvalidInputException if the request is {@code null}
     * @throws NotFoundException if the company or the counterparty is not stored
     * @throws DuplicateNumberException if the company has an invoice with the number in the same
     *     direction
     * @throws IdempotencyKeyReusedException if the request's key was used with other content
     * @throws AlreadyExistsException if the invoice id or external reference is taken
     */
    StoredInvoice importInvoice(InvoiceRequest request);

    /**
     * Cancels an invoice that has nothing applied and appends {@code InvoiceCancelled}.
     *
     * @throws NotFoundException if the company or the invoice is not stored
     * @throws InvoiceStateException if the invoice cannot be cancelled
     */
    StoredInvoice cancel(CompanyId companyId, InvoiceId id);

    /**
     * Opens a dispute from today and appends {@code InvoiceDisputeOpened}.
     *
     * @param reason why the counterparty disputes it, not blank; stored, but kept out of events
     * @throws InvalidInputException if the reason is blank
     * @throws NotFoundException if the company or the invoice is not stored
     * @throws InvoiceStateException if a dispute is already open
     */
    StoredInvoice openDispute(CompanyId companyId, InvoiceId id, String reason);

    /**
     * Resolves the open dispute today and appends {@code InvoiceDisputeResolved}.
     *
     * @throws NotFoundException if the company or the invoice is not stored
     * @throws InvoiceStateException if no dispute is open
     */
    StoredInvoice resolveDispute(CompanyId companyId, InvoiceId id);

    /** Returns the invoice, or empty if the company has none with this id. */
    Optional<StoredInvoice> find(CompanyId companyId, InvoiceId id);

    /** Returns the invoice with {@code number} in {@code direction}, or empty. */
    Optional<StoredInvoice> findByNumber(CompanyId companyId, Direction direction, String number);

    /**
     * Returns a page of a counterparty's open invoices, by due date and then id.
     *
     * @throws IllegalArgumentException if the request's cursor is malformed
     */
    Page<StoredInvoice> openItemsOf(
            CompanyId companyId, CounterpartyId counterpartyId, PageRequest request);

    /**
     * Returns a page of the company's open items due strictly before {@code date}, by due date and
     * then id.
     *
     * @throws IllegalArgumentException if the request's cursor is malformed
     */
    Page<OpenItem> openItemsDueBefore(CompanyId companyId, LocalDate date, PageRequest request);
}
