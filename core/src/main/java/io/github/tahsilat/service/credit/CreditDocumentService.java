package io.github.tahsilat.service.credit;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.invoice.CreditApplication;
import io.github.tahsilat.invoice.CreditDocument;
import io.github.tahsilat.invoice.CreditDocumentId;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.service.AlreadyExistsException;
import io.github.tahsilat.service.DuplicateNumberException;
import io.github.tahsilat.service.IdempotencyKeyReusedException;
import io.github.tahsilat.service.NotFoundException;
import io.github.tahsilat.service.StoredCreditDocument;
import java.util.List;
import java.util.Optional;

/**
 * Records credit notes and return invoices and applies their credit to invoices. Get it from {@link
 * io.github.tahsilat.engine.Tahsilat#creditDocuments()}.
 *
 * <p>Every write runs in one transaction with its event, records the engine's actor and clock
 * instant, and is repeated up to three times after a stale read when the service opened the
 * transaction. Implementations are thread-safe.
 */
public interface CreditDocumentService {

    /**
     * Records a credit document with its whole amount as remaining credit and appends {@code
     * CreditDocumentRecorded} and {@code CreditCreated}.
     *
     * @param document the document, with nothing applied yet
     * @param idempotencyKey a key unique per company for this request, or empty. Repeating a
     *     request with the same key and content returns the first result and writes nothing
     * @throws InvalidInputException if an argument is {@code null}, the document has credit
     *     applied, or its amount is zero
     * @throws NotFoundException if the company or the counterparty is not stored
     * @throws DuplicateNumberException if the number is taken in its direction and kind
     * @throws IdempotencyKeyReusedException if the key was used with other content
     * @throws AlreadyExistsException if the document id is taken
     */
    StoredCreditDocument record(CreditDocument document, Optional<String> idempotencyKey);

    /**
     * Applies as much of a document's remaining credit to an invoice as the invoice has outstanding
     * ({@link io.github.tahsilat.invoice.Invoice#applyCredit}), writes both in one transaction and
     * appends {@code CreditApplied}, with {@code InvoicePaid} when the invoice is closed. The rest
     * of the credit stays on the document. When nothing can be applied, nothing is written.
     *
     * @throws NotFoundException if the company, the document or the invoice is not stored
     * @throws InvalidInputException if they belong to another counterparty or direction
     * @throws CurrencyMismatchException if they are in different currencies
     */
    CreditApplication apply(CompanyId companyId, CreditDocumentId documentId, InvoiceId invoiceId);

    /** Returns the document, or empty if the company has none with this id. */
    Optional<StoredCreditDocument> find(CompanyId companyId, CreditDocumentId id);

    /** Returns a counterparty's documents that have credit remaining. */
    List<StoredCreditDocument> withRemainingCredit(
            CompanyId companyId, CounterpartyId counterpartyId);
}
