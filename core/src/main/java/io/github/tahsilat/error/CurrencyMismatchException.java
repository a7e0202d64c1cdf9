package io.github.tahsilat.error;

import java.io.Serial;

/**
 * Thrown when one operation combines amounts of two currencies without an explicit conversion.
 *
 * <p>The library never converts implicitly: convert one amount first, with a rate the host chooses,
 * then retry.
 */
public class CurrencyMismatchException extends TahsilatException {
    @Serial private static final long serialVersionUID = 1L;

    private final String expectedCurrency;
    private final String actualCurrency;

    /**
     * Creates an exception naming both currencies.
     *
     * @param operation what was being done, for example {@code "add"}
     * @param expectedCurrency the ISO 4217 code the operation works in
     * @param actualCurrency the ISO 4217 code of the other amount
     */
    public CurrencyMismatchException(
            String operation, String expectedCurrency, String actualCurrency) {
        super(
                "cannot "
                        + operation
                        + " an amount in "
                        + actualCurrency
                        + " to one in "
                        + expectedCurrency
                        + "; convert it to "
                        + expectedCurrency
                        + " explicitly first");
        this.expectedCurrency = expectedCurrency;
        this.actualCurrency = actualCurrency;
    }

    /** Returns the ISO 4217 code of the currency the operation works in. */
    public String expectedCurrency() {
        return expectedCurrency;
    }

    /** Returns the ISO 4217 code of the amount that did not match. */
    public String actualCurrency() {
        return actualCurrency;
    }
}
