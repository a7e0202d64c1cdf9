package io.github.tahsilat.service;

import io.github.tahsilat.invoice.CreditDocument;
import java.util.Objects;
import java.util.Optional;

/**
 * A credit document as stored: the domain value with the version it was read at. Its {@link
 * CreditDocument#unapplied()} amount is the remaining credit. Immutable and thread-safe.
 *
 * @param document the credit document, never {@code null}
 * @param version the stored version, 1 after the first write
 * @param idempotencyKey the key of the request that recorded it, or empty
 */
public record StoredCreditDocument(
        CreditDocument document, long version, Optional<String> idempotencyKey) {

    /** Checks that every part is present. */
    public StoredCreditDocument {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    }
}
