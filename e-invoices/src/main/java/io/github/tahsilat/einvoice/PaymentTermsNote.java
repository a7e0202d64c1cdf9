package io.github.tahsilat.einvoice;

import java.time.LocalDate;
import javax.money.MonetaryAmount;

/**
 * One {@code cac:PaymentTerms}, as printed.
 *
 * @param note the terms as text, or {@code null}
 * @param paymentDueDate the {@code cbc:PaymentDueDate}, or {@code null}
 * @param amount the amount these terms cover, or {@code null}
 */
public record PaymentTermsNote(String note, LocalDate paymentDueDate, MonetaryAmount amount) {}
