package io.github.tahsilat.persistence.jdbc;

import java.util.Objects;
import java.util.UUID;

/** Argument checks that every store makes before it touches the database. */
final class WriteChecks {

    private WriteChecks() {}

    static void sameCompany(UUID companyId, UUID recordCompanyId) {
        Objects.requireNonNull(companyId, "companyId");
        if (!companyId.equals(recordCompanyId)) {
            throw new IllegalArgumentException(
                    "invalid companyId: the record belongs to company "
                            + recordCompanyId
                            + " but the call names "
                            + companyId
                            + "; pass the record's own company id");
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
}
