package io.github.tahsilat.identifier;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;

/**
 * A Turkish tax identifier: a {@link Vkn} (10 digits, issued by the tax administration GİB) or a
 * {@link Tckn} (11 digits, the national identity number of a citizen, which since 2006 also serves
 * as the citizen's tax number).
 *
 * <p>Implementations are immutable records and thread-safe.
 */
public sealed interface TaxId extends TaxIdentifier permits Vkn, Tckn {

    /** Returns {@code "TR"}. */
    @Override
    default String countryCode() {
        return "TR";
    }

    /**
     * Returns whether the number identifies a natural person, which is true for a T.C. Kimlik No.
     */
    boolean identifiesNaturalPerson();

    /**
     * Parses a VKN from 10 digits or a T.C. Kimlik No from 11 digits, ignoring whitespace such as
     * {@code "123 456 7890"}.
     *
     * @throws InvalidInputException if {@code text} is {@code null}, has another number of
     *     characters after whitespace is removed, or fails the chosen type's checks. The message
     *     shows only the last four characters of a value of the wrong length, because it may be a
     *     mistyped T.C. Kimlik No
     */
    static TaxId parse(String text) {
        String expected = "10 digits (VKN) or 11 digits (T.C. Kimlik No)";
        String compact = Digits.withoutWhitespace(text, "taxId", expected);
        return switch (compact.length()) {
            case Vkn.LENGTH -> new Vkn(compact);
            case Tckn.LENGTH -> new Tckn(compact);
            default ->
                    throw new InvalidInputException(
                            "taxId", InputChecks.masked(compact, 4), expected);
        };
    }
}
