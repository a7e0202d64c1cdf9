package io.github.tahsilat.persistence.memory;

import io.github.tahsilat.persistence.spi.StaleVersionException;
import java.util.UUID;

/** Argument checks shared by the in-memory stores' writes. */
final class WriteChecks {

    private WriteChecks() {}

    static void sameCompany(UUID companyId, UUID recordCompanyId) {
        if (!companyId.equals(recordCompanyId)) {
            throw new IllegalArgumentException(
                    "invalid companyId: the record belongs to company "
                            + recordCompanyId
                            + " but the call names "
                            + companyId
                            + "; expected the same company");
        }
    }

    static void newRecord(String recordType, long version) {
        if (version != 0) {
            throw new IllegalArgumentException(
                    "invalid version of a new "
                            + recordType
                            + ": "
                            + version
                            + "; expected 0, or call update for a stored record");
        }
    }

    static void readRecord(String recordType, long version) {
        if (version < 1) {
            throw new IllegalArgumentException(
                    "invalid version of "
                            + recordType
                            + " to update: "
                            + version
                            + "; expected the version it was read at, from 1");
        }
    }

    static void currentVersion(String recordType, UUID id, long expected, long actual) {
        if (expected != actual) {
            throw new StaleVersionException(recordType, id, expected, actual);
        }
    }
}
