package io.github.tahsilat.error;

import java.io.Serial;
import java.util.Objects;

/**
 * Thrown when a record read from a host's store contains a value the domain cannot accept, such as
 * an unknown currency code or totals that do not add up.
 *
 * <p>The message names the record type, the record's id and the rejected value. The stored data is
 * left as it is: fix the row in the host's database, or the code that wrote it.
 */
public class StoredDataException extends TahsilatException {
    @Serial private static final long serialVersionUID = 1L;

    private final String recordType;
    private final String recordId;

    /**
     * Creates an exception for one rejected stored value.
     *
     * @param recordType the simple name of the record type, for example {@code "InvoiceRecord"}
     * @param recordId the record's id as text
     * @param problem what is wrong, naming the field and value, for example {@code "invalid
     *     currency: XYZ; expected an ISO 4217 code"}
     * @param cause the failure that revealed the problem, or {@code null}
     */
    public StoredDataException(
            String recordType, String recordId, String problem, Throwable cause) {
        super(
                "invalid stored "
                        + recordType
                        + " "
                        + recordId
                        + ": "
                        + problem
                        + "; correct the stored record or the code that wrote it",
                cause);
        this.recordType = Objects.requireNonNull(recordType, "recordType");
        this.recordId = Objects.requireNonNull(recordId, "recordId");
    }

    /** Returns the simple name of the record type. */
    public String recordType() {
        return recordType;
    }

    /** Returns the id of the record as text. */
    public String recordId() {
        return recordId;
    }
}
