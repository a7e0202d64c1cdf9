package io.github.tahsilat.bankstatement;

/** The scheme of a structured creditor reference. */
public enum ReferenceType {
    /**
     * An ISO 11649 creditor reference: {@code RF}, two check digits and up to 21 letters or digits,
     * checked with ISO 7064 MOD 97-10.
     */
    ISO_11649,
    /**
     * A Swiss QR reference or its predecessor, the ISR (ESR) reference: 27 digits, the last being a
     * modulo 10 recursive check digit.
     */
    SWISS_QR,
    /**
     * Any other reference, such as a national creditor reference (the Dutch "betalingskenmerk" with
     * issuer CUR, or the Finnish reference number). Its check digits are not verified.
     */
    OTHER
}
