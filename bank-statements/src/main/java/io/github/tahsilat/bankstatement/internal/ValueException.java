package io.github.tahsilat.bankstatement.internal;

import java.io.Serial;

/**
 * Thrown by value parsers when a value has the wrong form. Readers catch it and throw a {@link
 * io.github.tahsilat.bankstatement.StatementFormatException} with the position of the value.
 */
public final class ValueException extends RuntimeException {
    @Serial private static final long serialVersionUID = 1L;

    private final String expected;

    /**
     * Creates the exception.
     *
     * @param problem what was found, for example {@code "amount 'x'"}
     * @param expected what is allowed, phrased to follow "expected"
     */
    public ValueException(String problem, String expected) {
        super(problem);
        this.expected = expected;
    }

    /** Returns what is allowed, phrased to follow "expected". */
    public String expected() {
        return expected;
    }
}
