/**
 * Payments received from customers and paid to suppliers, with their idempotency keys and the bank
 * charges deducted on the way.
 *
 * <p>A {@link io.github.tahsilat.payment.Payment} is a value: recording it, allocating it and
 * reversing it are operations of the counterparty's ledger in {@code io.github.tahsilat.ledger}.
 */
package io.github.tahsilat.payment;
