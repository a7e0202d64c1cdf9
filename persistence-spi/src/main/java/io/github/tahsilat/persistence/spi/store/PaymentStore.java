package io.github.tahsilat.persistence.spi.store;

import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.IdempotencyConflictException;
import io.github.tahsilat.persistence.spi.RecordNotFoundException;
import io.github.tahsilat.persistence.spi.StaleVersionException;
import io.github.tahsilat.persistence.spi.record.PaymentRecord;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores a company's payments.
 *
 * <p>Unique per company: the id and the idempotency key. Lists are ordered by value date, then by
 * id as {@link UUID#toString()} text. The write rules of {@link CompanyStore} apply.
 * Implementations are thread-safe and join the active transaction.
 */
public interface PaymentStore {

    /**
     * Inserts a payment, or returns the stored one when its idempotency key repeats with the same
     * request ({@link PaymentRecord#sameContentAs}).
     *
     * @throws IdempotencyConflictException if the idempotency key is stored with other content
     * @throws DuplicateKeyException if the id is already stored in the company
     */
    PaymentRecord insert(UUID companyId, PaymentRecord payment);

    /**
     * Updates a payment, typically its unapplied amount or its reversal date.
     *
     * @throws RecordNotFoundException if the company has no payment with this id
     * @throws StaleVersionException if the stored version differs from {@code payment.version()}
     * @throws DuplicateKeyException if a new idempotency key belongs to another payment
     */
    PaymentRecord update(UUID companyId, PaymentRecord payment);

    /** Returns the payment, or empty if the company has none with this id. */
    Optional<PaymentRecord> find(UUID companyId, UUID id);

    /** Returns the payment recorded with the idempotency key, or empty. */
    Optional<PaymentRecord> findByIdempotencyKey(UUID companyId, String idempotencyKey);

    /** Returns a counterparty's payments that are not reversed and have an unapplied amount. */
    List<PaymentRecord> withUnappliedCredit(UUID companyId, UUID counterpartyId);
}
