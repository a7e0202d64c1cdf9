package io.github.tahsilat.service;

import io.github.tahsilat.error.TahsilatException;
import java.io.Serial;
import java.util.Objects;

/**
 * Thrown when an invoice or credit document would take a number that the company already uses in
 * the same direction (and, for a credit document, of the same kind). Document numbers are legal
 * identifiers, so the library never renumbers one itself.
 */
public class DuplicateNumberException extends TahsilatException {
    @Serial private static final long serialVersionUID = 1L;

    private final String number;

    /**
     * Creates the exception.
     *
     * @param document what was written, such as {@code "receivable invoice"}
     * @param number the number already in use
     * @param companyId the company, as text
     * @param cause the store's failure, or {@code null}
     */
    public DuplicateNumberException(
            String document, String number, String companyId, Throwable cause) {
        super(
                "duplicate number of "
                        + document
                        + ": "
                        + number
                        + " is already used in company "
                        + companyId
                        + "; give the document its own number, or read the stored one with"
                        + " findByNumber",
                cause);
        this.number = Objects.requireNonNull(number, "number");
    }

    /** Returns the number already in use. */
    public String number() {
        return number;
    }
}
