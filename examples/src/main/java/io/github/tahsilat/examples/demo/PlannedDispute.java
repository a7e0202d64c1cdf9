package io.github.tahsilat.examples.demo;

import io.github.tahsilat.dunning.DunningBlock;
import io.github.tahsilat.invoice.InvoiceId;

/**
 * A customer's dispute, recorded as a dunning block on the invoice from the block's first day.
 *
 * @param invoiceId the disputed invoice
 * @param block the days dunning is paused
 */
record PlannedDispute(InvoiceId invoiceId, DunningBlock block) {}
