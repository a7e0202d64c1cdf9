/**
 * Payment terms and the due schedules they produce: net days, month ends, fixed dates,
 * early-payment discounts, installment plans, a cutoff for late invoices and a business-day roll.
 *
 * <p>{@link io.github.tahsilat.terms.PaymentTerms} is sealed, and each kind of term is its own
 * record. {@link io.github.tahsilat.terms.PaymentTermsNotation} parses the one-line text form used
 * in configuration files, and every term prints it back with {@code toNotation()}.
 */
package io.github.tahsilat.terms;
