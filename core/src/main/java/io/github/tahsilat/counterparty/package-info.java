/**
 * Counterparties of a company: customers, suppliers or both, with their tax identifier, bank
 * accounts, notice language, policy segment, hold state and contact details.
 *
 * <p>A counterparty that is a natural person carries personal data under KVKK and GDPR: its name,
 * T.C. Kimlik No, IBANs and contact details. {@link
 * io.github.tahsilat.counterparty.Counterparty#pseudonymize} replaces or removes them, and {@code
 * toString()} of every type here leaves them out.
 */
package io.github.tahsilat.counterparty;
