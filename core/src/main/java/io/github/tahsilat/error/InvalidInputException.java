package io.github.tahsilat.error;

import java.io.Serial;
import java.util.Objects;

/**
 * Thrown when an argument or a field of an input value breaks a documented rule.
 *
 * <p>The message names the field, the rejected value and what is allowed, for example {@code
 * "invalid quantity: -1; expected a number greater than 0"}. The exception is thrown before any
 * state changes, so a caller can correct the input and retry.
 */
public class InvalidInputException extends TahsilatException {
    @Serial private static final long serialVersionUID = 1L;

    private final String field;
    private final String rejectedValue;

    /**
     * Creates an exception for one rejected field.
     *
     * @param field the name of the field or parameter, as the caller knows it
     * @param rejectedValue the rejected value, or {@code null} when it was missing
     * @param expected what the field allows, phrased to follow "expected"
     */
    public InvalidInputException(String field, Object rejectedValue, String expected) {
        super(message(field, rejectedValue, expected));
        this.field = Objects.requireNonNull(field, "field");
        this.rejectedValue = rejectedValue == null ? null : String.valueOf(rejectedValue);
    }

    private static String message(String field, Object rejectedValue, String expected) {
        if (rejectedValue == null) {
            return "missing " + field + "; expected " + expected;
        }
        return "invalid " + field + ": " + rejectedValue + "; expected " + expected;
    }

    /** Returns the name of the rejected field or parameter. */
    public String field() {
        return field;
    }

    /** Returns the rejected value as text, or {@code null} when the value was missing. */
    public String rejectedValue() {
        return rejectedValue;
    }
}
