package io.github.tahsilat.persistence.spi;

import java.io.Serial;
import java.util.Objects;
import java.util.UUID;

/**
 * Thrown when a write names a record that the company does not have: an update of a record never
 * inserted, or of another company's record.
 */
public class RecordNotFoundException extends StoreException {
    @Serial private static final long serialVersionUID = 1L;

    private final String recordType;
    private final UUID companyId;
    private final UUID id;

    /**
     * Creates the exception.
     *
     * @param recordType the simple name of the record type
     * @param companyId the company that was searched
     * @param id the id that was not found
     */
    public RecordNotFoundException(String recordType, UUID companyId, UUID id) {
        super(
                recordType
                        + " "
                        + id
                        + " not found in company "
                        + companyId
                        + "; insert it first or check the company id");
        this.recordType = Objects.requireNonNull(recordType, "recordType");
        this.companyId = Objects.requireNonNull(companyId, "companyId");
        this.id = Objects.requireNonNull(id, "id");
    }

    /** Returns the simple name of the record type. */
    public String recordType() {
        return recordType;
    }

    /** Returns the company that was searched. */
    public UUID companyId() {
        return companyId;
    }

    /** Returns the id that was not found. */
    public UUID id() {
        return id;
    }
}
