package io.github.tahsilat.persistence.spi;

import java.io.Serial;
import java.util.Objects;

/**
 * Thrown when a write would store a second record under a key that the contract makes unique, such
 * as an id, an invoice number per company and direction, or an idempotency key per company.
 */
public class DuplicateKeyException extends StoreException {
    @Serial private static final long serialVersionUID = 1L;

    private final String recordType;
    private final String keyName;
    private final String keyValue;

    /**
     * Creates the exception.
     *
     * @param recordType the simple name of the record type, for example {@code "InvoiceRecord"}
     * @param keyName the name of the unique key, for example {@code "number"}
     * @param keyValue the duplicate value as text, for example {@code "RECEIVABLE/INV-1"}
     */
    public DuplicateKeyException(String recordType, String keyName, String keyValue) {
        super(
                "duplicate "
                        + keyName
                        + " of "
                        + recordType
                        + ": "
                        + keyValue
                        + " is already stored in this company; use a different "
                        + keyName
                        + " or update the stored record");
        this.recordType = Objects.requireNonNull(recordType, "recordType");
        this.keyName = Objects.requireNonNull(keyName, "keyName");
        this.keyValue = Objects.requireNonNull(keyValue, "keyValue");
    }

    /** Returns the simple name of the record type. */
    public String recordType() {
        return recordType;
    }

    /** Returns the name of the unique key. */
    public String keyName() {
        return keyName;
    }

    /** Returns the duplicate value as text. */
    public String keyValue() {
        return keyValue;
    }
}
