package io.github.tahsilat.service.invoice;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.invoice.Invoice;
import java.util.Optional;

/**
 * A request to store an invoice, with the keys a host may attach to it. Immutable and thread-safe.
 *
 * @param invoice the invoice, never {@code null}
 * @param idempotencyKey a key unique per company for this request, or empty. Repeating a request
 *     with the same key and content returns the first result and writes nothing
 * @param externalReference the host's own key for the invoice, unique per company, or empty
 */
public record InvoiceRequest(
        Invoice invoice, Optional<String> idempotencyKey, Optional<String> externalReference) {

    /** The maximum length of a key. */
    public static final int MAX_KEY_LENGTH = 200;

    /**
     * Checks the parts.
     *
     * @throws InvalidInputException if a part is {@code null}, or a key is blank or longer than 200
     *     characters
     */
    public InvoiceRequest {
        if (invoice == null) {
            throw new InvalidInputException("invoice", null, "an invoice");
        }
        checkKey("idempotencyKey", idempotencyKey);
        checkKey("externalReference", externalReference);
    }

    /** Returns a request for {@code invoice} without keys. */
    public static InvoiceRequest of(Invoice invoice) {
        return new InvoiceRequest(invoice, Optional.empty(), Optional.empty());
    }

    /**
     * Returns a copy with an idempotency key.
     *
     * @throws InvalidInputException if {@code key} is {@code null}, blank or too long
     */
    public InvoiceRequest withIdempotencyKey(String key) {
        return new InvoiceRequest(invoice, optional(key), externalReference);
    }

    /**
     * Returns a copy with the host's external reference.
     *
     * @throws InvalidInputException if {@code reference} is {@code null}, blank or too long
     */
    public InvoiceRequest withExternalReference(String reference) {
        return new InvoiceRequest(invoice, idempotencyKey, optional(reference));
    }

    private static Optional<String> optional(String key) {
        return key == null ? null : Optional.of(key);
    }

    private static void checkKey(String field, Optional<String> key) {
        if (key == null) {
            throw new InvalidInputException(field, null, "a key, or Optional.empty() for none");
        }
        if (key.isPresent() && (key.get().isBlank() || key.get().length() > MAX_KEY_LENGTH)) {
            throw new InvalidInputException(
                    field, key.get(), "1 to " + MAX_KEY_LENGTH + " characters, not blank");
        }
    }
}
