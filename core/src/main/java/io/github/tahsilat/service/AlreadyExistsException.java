package io.github.tahsilat.service;

import io.github.tahsilat.error.TahsilatException;
import java.io.Serial;
import java.util.Objects;

/**
 * Thrown when a registration or insert names an id or external reference that the company already
 * uses for another record.
 */
public class AlreadyExistsException extends TahsilatException {
    @Serial private static final long serialVersionUID = 1L;

    private final String kind;
    private final String key;

    /**
     * Creates the exception.
     *
     * @param kind what was written, such as {@code "counterparty"}
     * @param keyName the unique key, such as {@code "id"}
     * @param key the value already in use
     * @param cause the store's failure, or {@code null}
     */
    public AlreadyExistsException(String kind, String keyName, String key, Throwable cause) {
        super(
                kind
                        + " with "
                        + keyName
                        + " "
                        + key
                        + " already exists; use a new "
                        + keyName
                        + " or update the stored "
                        + kind,
                cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.key = Objects.requireNonNull(key, "key");
    }

    /** Returns what was written, such as {@code "counterparty"}. */
    public String kind() {
        return kind;
    }

    /** Returns the value already in use. */
    public String key() {
        return key;
    }
}
