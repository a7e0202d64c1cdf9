package io.github.tahsilat.persistence.spi.store;

import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.IdempotencyConflictException;
import io.github.tahsilat.persistence.spi.RecordNotFoundException;
import io.github.tahsilat.persistence.spi.StaleVersionException;
import io.github.tahsilat.persistence.spi.record.CreditDocumentKind;
import io.github.tahsilat.persistence.spi.record.CreditDocumentRecord;
import io.github.tahsilat.persistence.spi.record.Direction;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores a company's credit notes and return invoices.
 *
 * <p>Unique per company: the id, the number per direction and kind, and the idempotency key. Lists
 * are ordered by issue date, then by id as {@link UUID#toString()} text. The write rules of {@link
 * CompanyStore} apply. Implementations are thread-safe and join the active transaction.
 */
public interface CreditDocumentStore {

    /**
     * Inserts a credit document, or returns the stored one when its idempotency key repeats with
     * the same content ({@link CreditDocumentRecord#sameContentAs}).
     *
     * @throws IdempotencyConflictException if the idempotency key is stored with other content
     * @throws DuplicateKeyException if the id or the number in its direction and kind is already
     *     stored in the company
     */
    CreditDocumentRecord insert(UUID companyId, CreditDocumentRecord document);

    /**
     * Updates a credit document, typically its remaining credit.
     *
     * @throws RecordNotFoundException if the company has no document with this id
     * @throws StaleVersionException if the stored version differs from {@code document.version()}
     * @throws DuplicateKeyException if a new number or idempotency key belongs to another document
     */
    CreditDocumentRecord update(UUID companyId, CreditDocumentRecord document);

    /** Returns the document, or empty if the company has none with this id. */
    Optional<CreditDocumentRecord> find(UUID companyId, UUID id);

    /** Returns the document with the number in the direction and kind, or empty. */
    Optional<CreditDocumentRecord> findByNumber(
            UUID companyId, Direction direction, CreditDocumentKind kind, String number);

    /** Returns the document created by the request with the idempotency key, or empty. */
    Optional<CreditDocumentRecord> findByIdempotencyKey(UUID companyId, String idempotencyKey);

    /** Returns the documents that reference the invoice. */
    List<CreditDocumentRecord> findByInvoice(UUID companyId, UUID invoiceId);

    /** Returns a counterparty's documents whose remaining credit is greater than 0. */
    List<CreditDocumentRecord> withRemainingCredit(UUID companyId, UUID counterpartyId);
}
