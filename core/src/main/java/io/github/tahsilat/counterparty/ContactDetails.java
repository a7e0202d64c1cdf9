package io.github.tahsilat.counterparty;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * How to reach a counterparty: e-mail address, phone number and postal address, each optional.
 *
 * <p>Kept apart from the rest of the counterparty because all of it is personal data, which an
 * erasure request replaces as a whole. {@link #toString()} shows which details are present but not
 * their values. Immutable and thread-safe.
 *
 * @param email an address of the form {@code local@domain}, at most 254 characters, without
 *     whitespace
 * @param phone a number in E.164 form, such as {@code +902121234567}
 * @param postalAddress the address as notices print it, not blank, at most 500 characters
 */
public record ContactDetails(
        @NotNull
                Optional<
                                @Size(max = ContactDetails.MAX_EMAIL_LENGTH)
                                @Pattern(regexp = ContactDetails.EMAIL_PATTERN) String>
                        email,
        @NotNull Optional<@Pattern(regexp = ContactDetails.PHONE_PATTERN) String> phone,
        @NotNull
                Optional<
                                @Size(max = ContactDetails.MAX_ADDRESS_LENGTH)
                                @Pattern(regexp = ContactDetails.NOT_BLANK_PATTERN) String>
                        postalAddress) {

    /** The maximum length of an e-mail address, from RFC 5321's limit on a forward path. */
    public static final int MAX_EMAIL_LENGTH = 254;

    /** The maximum length of a postal address. */
    public static final int MAX_ADDRESS_LENGTH = 500;

    /**
     * The form of an e-mail address: one {@code @} with text before and after it, and no
     * whitespace. Deliverability is not checked.
     */
    public static final String EMAIL_PATTERN = "[^@\\s]+@[^@\\s]+";

    /**
     * The E.164 form of a phone number: {@code +}, a country code not starting with 0, 7–15 digits.
     */
    public static final String PHONE_PATTERN = "\\+[1-9][0-9]{6,14}";

    /**
     * Text with at least one character other than whitespace. It replaces {@code @NotBlank}, which
     * would reject an empty {@code Optional}.
     */
    public static final String NOT_BLANK_PATTERN = "(?s).*\\S.*";

    private static final ContactDetails NONE =
            new ContactDetails(Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * Checks each present detail. A rejected value is not quoted in the message, because it is
     * personal data.
     *
     * @throws InvalidInputException if an argument is {@code null}; if the e-mail address is longer
     *     than 254 characters or does not match {@link #EMAIL_PATTERN}; if the phone number does
     *     not match {@link #PHONE_PATTERN}; or if the postal address is blank or longer than 500
     *     characters
     */
    public ContactDetails {
        InputChecks.present(email, "email", "an e-mail address or Optional.empty()");
        InputChecks.present(phone, "phone", "a phone number or Optional.empty()");
        InputChecks.present(postalAddress, "postalAddress", "an address or Optional.empty()");
        email.ifPresent(ContactDetails::checkEmail);
        phone.ifPresent(ContactDetails::checkPhone);
        postalAddress.ifPresent(
                value -> InputChecks.personalText(value, "postalAddress", MAX_ADDRESS_LENGTH));
    }

    /** Returns contact details with nothing set. */
    public static ContactDetails none() {
        return NONE;
    }

    /**
     * Creates contact details from values that may be {@code null} when unknown.
     *
     * @throws InvalidInputException if a present value is invalid, as the constructor describes
     */
    public static ContactDetails of(String email, String phone, String postalAddress) {
        return new ContactDetails(
                Optional.ofNullable(email),
                Optional.ofNullable(phone),
                Optional.ofNullable(postalAddress));
    }

    /** Returns whether no detail is set. */
    public boolean isEmpty() {
        return email.isEmpty() && phone.isEmpty() && postalAddress.isEmpty();
    }

    /** Returns which details are present, without their values. */
    @Override
    public String toString() {
        return "ContactDetails[email="
                + presence(email)
                + ", phone="
                + presence(phone)
                + ", postalAddress="
                + presence(postalAddress)
                + "]";
    }

    private static String presence(Optional<String> detail) {
        return detail.isPresent() ? "present" : "absent";
    }

    private static void checkEmail(String value) {
        if (value.length() > MAX_EMAIL_LENGTH || !value.matches(EMAIL_PATTERN)) {
            throw new InvalidInputException(
                    "email",
                    InputChecks.redacted(value),
                    "an e-mail address of the form local@domain without whitespace, at most "
                            + MAX_EMAIL_LENGTH
                            + " characters");
        }
    }

    private static void checkPhone(String value) {
        if (!value.matches(PHONE_PATTERN)) {
            throw new InvalidInputException(
                    "phone",
                    InputChecks.redacted(value),
                    "a phone number in E.164 form: +, the country code and 7 to 15 digits in all,"
                            + " such as +902121234567");
        }
    }
}
