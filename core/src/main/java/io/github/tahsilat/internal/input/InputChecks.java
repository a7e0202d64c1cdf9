package io.github.tahsilat.internal.input;

import io.github.tahsilat.error.InvalidInputException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Constructor checks that mirror the jakarta.validation annotations of input types, so a host
 * without a validator gets the same rules. Every failure is an {@link InvalidInputException}.
 *
 * <p>Stateless and thread-safe.
 */
public final class InputChecks {

    private InputChecks() {}

    /**
     * Returns {@code value} when it is present.
     *
     * @param expected what the field allows, phrased to follow "expected"
     * @throws InvalidInputException if {@code value} is {@code null}
     */
    public static <T> T present(T value, String field, String expected) {
        if (value == null) {
            throw new InvalidInputException(field, null, expected);
        }
        return value;
    }

    /**
     * Returns {@code value} when it is present, not blank and at most {@code maxLength} chars.
     *
     * @throws InvalidInputException if {@code value} is {@code null}, blank or too long; the
     *     message quotes the value
     */
    public static String text(String value, String field, int maxLength) {
        return checkText(value, field, maxLength, false);
    }

    /**
     * Checks that {@code value} contains no NUL character (U+0000), which PostgreSQL cannot store
     * or compare in a text column.
     *
     * @throws InvalidInputException if {@code value} contains U+0000
     */
    public static String withoutNul(String value, String field) {
        if (value.indexOf('\u0000') >= 0) {
            throw new InvalidInputException(
                    field,
                    '"' + value.replace('\u0000', '?') + '"',
                    "text without the NUL character U+0000");
        }
        return value;
    }

    /**
     * Same as {@link #text} for personal data: the message names the length of a rejected value but
     * never its content, because exception messages end up in logs.
     *
     * @throws InvalidInputException if {@code value} is {@code null}, blank or too long
     */
    public static String personalText(String value, String field, int maxLength) {
        return checkText(value, field, maxLength, true);
    }

    /**
     * Returns an unmodifiable copy of {@code values} in the same order.
     *
     * @throws InvalidInputException if {@code values} is {@code null}, contains {@code null}, or
     *     contains two equal elements
     */
    public static <T> List<T> distinctList(Collection<T> values, String field) {
        present(values, field, "a list, possibly empty");
        // Most lists are empty or have one element, as a counterparty's IBANs and tax ids.
        if (values.isEmpty()) {
            return List.of();
        }
        if (values.size() == 1) {
            return List.of(present(values.iterator().next(), field, "no null element"));
        }
        List<T> copy = values.stream().map(v -> present(v, field, "no null element")).toList();
        if (copy.stream().distinct().count() != copy.size()) {
            throw new InvalidInputException(field, copy, "each element at most once");
        }
        return copy;
    }

    /**
     * Returns a form of {@code value} for error messages that shows only its length, for personal
     * data such as names and e-mail addresses.
     */
    public static String redacted(String value) {
        Objects.requireNonNull(value, "value");
        return "<redacted, " + value.length() + " characters>";
    }

    /**
     * Returns {@code value} with all but its last {@code visible} characters replaced by {@code *},
     * for identifiers that a person may need to recognise in a message, such as a T.C. Kimlik No.
     */
    public static String masked(String value, int visible) {
        Objects.requireNonNull(value, "value");
        int hidden = Math.max(0, value.length() - visible);
        return "*".repeat(hidden) + value.substring(hidden);
    }

    private static String checkText(String value, String field, int maxLength, boolean personal) {
        // The message is built only on failure, because hot paths such as bank-line matching
        // check every text they create.
        if (value == null) {
            throw new InvalidInputException(field, null, expectedText(maxLength));
        }
        if (value.isBlank() || value.length() > maxLength) {
            Object rejectedValue = personal ? redacted(value) : '"' + value + '"';
            throw new InvalidInputException(field, rejectedValue, expectedText(maxLength));
        }
        return value;
    }

    private static String expectedText(int maxLength) {
        return "text that is not blank, at most " + maxLength + " characters";
    }
}
