package io.github.tahsilat.reconciliation;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.reconciliation.Iso11649;
import io.github.tahsilat.internal.reconciliation.TextFolding;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A structured payment reference that a payer quoted: an ISO 11649 creditor reference such as
 * {@code RF18539007547034}, or a reference the host issued for an invoice in its own scheme.
 *
 * <p>The value is kept in compact form: letters and digits only, folded to upper-case ASCII. {@link
 * #isIso11649()} and {@link #hasValidCheckDigits()} return whether it claims to be an RF reference
 * and whether its check digits prove it was not mistyped. Immutable and thread-safe.
 *
 * @param value the compact reference, 1 to 35 upper-case ASCII letters or digits
 */
public record StructuredReference(@NotNull @Pattern(regexp = "[A-Z0-9]{1,35}") String value) {

    /** The maximum length of a reference, that of ISO 20022 {@code CdtrRefInf/Ref}. */
    public static final int MAX_LENGTH = 35;

    /**
     * Checks the compact form.
     *
     * @throws InvalidInputException if {@code value} is {@code null}, empty, longer than 35
     *     characters or has a character other than an upper-case ASCII letter or digit
     */
    public StructuredReference {
        if (value == null
                || value.isEmpty()
                || value.length() > MAX_LENGTH
                || !value.equals(TextFolding.compactReference(value))) {
            throw new InvalidInputException(
                    "structuredReference",
                    value,
                    "1 to 35 upper-case letters or digits; use StructuredReference.parse for"
                            + " printed forms");
        }
    }

    /**
     * Parses a reference as printed or typed: removes spaces and punctuation and folds letters to
     * upper-case ASCII, so {@code "rf18 5390 0754 7034"} becomes {@code RF18539007547034}.
     *
     * @throws InvalidInputException if {@code text} is {@code null} or has no letter or digit, or
     *     more than 35 of them
     */
    public static StructuredReference parse(String text) {
        return new StructuredReference(compactForm(text, "structuredReference"));
    }

    /**
     * Returns the compact form of a reference as printed, as {@link #parse} makes it, for callers
     * that keep the value without the record.
     *
     * @param field the caller's parameter name, for the message
     * @throws InvalidInputException if {@code text} is {@code null} or has no letter or digit, or
     *     more than 35 of them; the message quotes {@code text} as printed
     */
    static String compactForm(String text, String field) {
        if (text == null) {
            throw new InvalidInputException(field, null, "a payment reference");
        }
        String compact = TextFolding.compactReference(text);
        if (compact.isEmpty() || compact.length() > MAX_LENGTH) {
            throw new InvalidInputException(
                    field,
                    '"' + text + '"',
                    "1 to "
                            + MAX_LENGTH
                            + " letters or digits once spaces and punctuation are removed; only"
                            + " letters that fold to A to Z count");
        }
        return compact;
    }

    /** Returns whether the reference claims to be an ISO 11649 RF reference. */
    public boolean isIso11649() {
        return Iso11649.looksLikeRf(value);
    }

    /**
     * Returns whether the reference is an ISO 11649 RF reference of valid form with correct mod-97
     * check digits. Returns {@code false} for every reference in another scheme.
     */
    public boolean hasValidCheckDigits() {
        return Iso11649.isValid(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
