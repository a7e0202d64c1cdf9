package io.github.tahsilat.persistence.spi.record;

import java.util.Objects;
import java.util.UUID;

/**
 * A company and its settings.
 *
 * @param companyId the company's id, which is also the id of this record
 * @param version 0 for a record to insert, else the stored version this record was read at
 * @param settings the settings, never {@code null}
 * @param lastWrite who wrote this version and when, never {@code null}
 */
public record CompanyRecord(
        UUID companyId, long version, CompanySettings settings, WriteStamp lastWrite) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if {@code version} is negative
     */
    public CompanyRecord {
        Objects.requireNonNull(companyId, "companyId");
        Checks.version(version);
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(lastWrite, "lastWrite");
    }

    /** Returns a copy with another version; stores use it when they write. */
    public CompanyRecord withVersion(long newVersion) {
        return new CompanyRecord(companyId, newVersion, settings, lastWrite);
    }
}
