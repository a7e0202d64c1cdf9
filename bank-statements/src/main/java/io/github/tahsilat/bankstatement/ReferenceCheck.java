package io.github.tahsilat.bankstatement;

/** The outcome of verifying a creditor reference's check digits. */
public enum ReferenceCheck {
    /** The reference has the scheme's form and its check digits are correct. */
    VALID,
    /** The reference claims a scheme but its form or check digits are wrong. */
    INVALID,
    /** The library knows no check for the reference's scheme. */
    NOT_CHECKED
}
