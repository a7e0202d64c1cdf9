package io.github.tahsilat.persistence.spi.record;

import java.util.Optional;

/**
 * How to reach a counterparty. Personal data when the counterparty is a natural person.
 *
 * @param email the e-mail address, or empty
 * @param phone the phone number as given, or empty
 * @param address the postal address as one text, or empty
 */
public record ContactDetails(
        Optional<String> email, Optional<String> phone, Optional<String> address) {

    /** Contact details with every field empty. */
    public static final ContactDetails NONE =
            new ContactDetails(Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if a present text is blank
     */
    public ContactDetails {
        Checks.optionalText(email, "email");
        Checks.optionalText(phone, "phone");
        Checks.optionalText(address, "address");
    }
}
