package io.github.tahsilat.bankstatement;

import java.util.Locale;
import java.util.Objects;

/**
 * A structured reference that the creditor gave the debtor to quote, such as an ISO 11649 RF
 * reference or a Swiss QR reference. Reconciliation matches it against open invoices.
 *
 * @param type the scheme, never {@code null}
 * @param value the reference as written in the file, never blank
 * @param issuer the reference type code or issuer as the file gives it (for example {@code SCOR},
 *     {@code QRR}, {@code ISR Reference} or {@code CUR}), or {@code null}
 * @param check the outcome of verifying the check digits, never {@code null}
 */
public record CreditorReference(
        ReferenceType type, String value, String issuer, ReferenceCheck check) {
    /**
     * Creates a reference.
     *
     * @throws NullPointerException when {@code type}, {@code value} or {@code check} is null
     * @throws IllegalArgumentException when {@code value} is blank
     */
    public CreditorReference {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(check, "check");
        if (value.isBlank()) {
            throw new IllegalArgumentException("creditor reference must not be blank");
        }
    }

    /**
     * Classifies a reference and verifies its check digits.
     *
     * <p>A value starting with {@code RF} is taken as ISO 11649. A value whose issuer or type code
     * is {@code QRR} or names the ISR (ESR), or that is 27 digits with no other issuer, is taken as
     * a Swiss QR reference. Everything else is {@link ReferenceType#OTHER} and is not checked.
     *
     * @param value the reference as written in the file
     * @param issuer the type code or issuer, or {@code null}
     * @return the classified reference
     * @throws NullPointerException when {@code value} is null
     * @throws IllegalArgumentException when {@code value} is blank
     */
    public static CreditorReference of(String value, String issuer) {
        String compact = value.replace(" ", "").toUpperCase(Locale.ROOT);
        if (compact.startsWith("RF")) {
            return new CreditorReference(
                    ReferenceType.ISO_11649,
                    value,
                    issuer,
                    check(CheckDigits.isValidIso11649(value)));
        }
        if (isSwissIssuer(issuer) || (issuer == null && compact.matches("\\d{27}"))) {
            return new CreditorReference(
                    ReferenceType.SWISS_QR,
                    value,
                    issuer,
                    check(CheckDigits.isValidSwissQr(value)));
        }
        return new CreditorReference(
                ReferenceType.OTHER, value, issuer, ReferenceCheck.NOT_CHECKED);
    }

    /** Returns whether the check digits were verified and are correct. */
    public boolean isValid() {
        return check == ReferenceCheck.VALID;
    }

    private static boolean isSwissIssuer(String issuer) {
        if (issuer == null) {
            return false;
        }
        String upper = issuer.toUpperCase(Locale.ROOT);
        return upper.equals("QRR") || upper.startsWith("ISR") || upper.startsWith("ESR");
    }

    private static ReferenceCheck check(boolean valid) {
        return valid ? ReferenceCheck.VALID : ReferenceCheck.INVALID;
    }
}
