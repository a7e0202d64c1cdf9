package io.github.tahsilat.service;

import io.github.tahsilat.error.TahsilatException;
import java.io.Serial;
import java.util.Objects;

/**
 * Thrown when an update names a version that is no longer stored, because another writer changed
 * the record after the caller read it. The service does not retry it: the caller read the old
 * version, so only the caller can decide how to apply its change to the new one.
 */
public class VersionConflictException extends TahsilatException {
    @Serial private static final long serialVersionUID = 1L;

    private final String id;
    private final long expectedVersion;
    private final long storedVersion;

    /**
     * Creates the exception.
     *
     * @param kind what was updated, such as {@code "counterparty"}
     * @param id the record's id, as text
     * @param expectedVersion the version the caller read
     * @param storedVersion the version stored now
     */
    public VersionConflictException(
            String kind, String id, long expectedVersion, long storedVersion) {
        super(
                kind
                        + " "
                        + id
                        + " changed since it was read: the update names version "
                        + expectedVersion
                        + " but version "
                        + storedVersion
                        + " is stored; read it again and repeat the change");
        Objects.requireNonNull(kind, "kind");
        this.id = Objects.requireNonNull(id, "id");
        this.expectedVersion = expectedVersion;
        this.storedVersion = storedVersion;
    }

    /** Returns the id of the record. */
    public String id() {
        return id;
    }

    /** Returns the version the caller read. */
    public long expectedVersion() {
        return expectedVersion;
    }

    /** Returns the version stored when the update was rejected. */
    public long storedVersion() {
        return storedVersion;
    }
}
