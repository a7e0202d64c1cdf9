package io.github.tahsilat.service;

import io.github.tahsilat.error.TahsilatException;
import java.io.Serial;
import java.util.Objects;

/**
 * Thrown when a service call names a company, counterparty, invoice or credit document that the
 * company does not have. Records of other companies are never found.
 */
public class NotFoundException extends TahsilatException {
    @Serial private static final long serialVersionUID = 1L;

    private final String kind;
    private final String id;

    /**
     * Creates the exception.
     *
     * @param kind what was looked up, such as {@code "invoice"}
     * @param id the id that was not found, as text
     * @param scope where it was looked up, such as {@code "company 0c1f…"}
     * @param fix what to do, phrased as an instruction
     */
    public NotFoundException(String kind, String id, String scope, String fix) {
        super(kind + " " + id + " not found in " + scope + "; " + fix);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.id = Objects.requireNonNull(id, "id");
    }

    /** Returns what was looked up, such as {@code "invoice"}. */
    public String kind() {
        return kind;
    }

    /** Returns the id that was not found. */
    public String id() {
        return id;
    }
}
