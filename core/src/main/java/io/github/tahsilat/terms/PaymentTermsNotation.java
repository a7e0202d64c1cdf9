package io.github.tahsilat.terms;

/**
 * The compact text form of payment terms, for configuration files: for example {@code NET 30},
 * {@code 2/10 NET 30}, {@code EOM+45} or {@code 45+EOM}.
 */
public final class PaymentTermsNotation {

    private PaymentTermsNotation() {}

    /**
     * Parses the text form of payment terms.
     *
     * @throws io.github.tahsilat.error.InvalidInputException if the text is not valid, naming the
     *     position and what was expected there
     */
    public static PaymentTerms parse(String text) {
        // TODO: the grammar lands with the term kinds.
        throw new UnsupportedOperationException("not yet implemented: " + text);
    }
}
