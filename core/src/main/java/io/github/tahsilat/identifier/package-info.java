/**
 * Legal identifiers of companies and counterparties: the Turkish tax numbers VKN and T.C. Kimlik
 * No, foreign tax identifiers, MERSIS numbers and IBANs.
 *
 * <p>Each identifier is an immutable record that validates its text in the canonical constructor,
 * which accepts only the canonical form (digits only, or for an IBAN the electronic form in upper
 * case). A static {@code parse} method first removes the spaces and, for IBANs, the lower case that
 * people type. Every rejection is an {@link io.github.tahsilat.error.InvalidInputException} naming
 * the value and what is wrong. A valid check digit proves only that the number is well formed, not
 * that it was ever issued.
 */
package io.github.tahsilat.identifier;
