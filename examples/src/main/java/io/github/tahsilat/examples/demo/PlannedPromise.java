package io.github.tahsilat.examples.demo;

import io.github.tahsilat.invoice.InvoiceId;
import java.time.LocalDate;
import javax.money.MonetaryAmount;

/**
 * A customer's promise to pay, recorded on {@code promisedOn}.
 *
 * @param promisedOn the day the customer promises
 * @param invoiceId the invoice
 * @param payBy the promised date, on or after {@code promisedOn}
 * @param amount the promised amount
 */
record PlannedPromise(
        LocalDate promisedOn, InvoiceId invoiceId, LocalDate payBy, MonetaryAmount amount) {}
