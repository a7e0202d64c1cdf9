package io.github.tahsilat.report;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.invoice.InvoiceId;
import javax.money.MonetaryAmount;

/**
 * Facts from the host or the dunning history about one open receivable, for the doubtful receivable
 * test.
 *
 * @param invoiceId the invoice
 * @param open the amount open
 * @param inLitigation whether a lawsuit or enforcement proceeding is open on it
 * @param protested whether a protest was made
 * @param writtenDemands the number of written demands sent, 0 or more
 */
public record ReceivableFacts(
        InvoiceId invoiceId,
        MonetaryAmount open,
        boolean inLitigation,
        boolean protested,
        int writtenDemands) {

    /**
     * Checks the components.
     *
     * @throws InvalidInputException if a component is missing or {@code writtenDemands} is negative
     */
    public ReceivableFacts {
        InputChecks.present(invoiceId, "invoiceId", "the invoice's id");
        InputChecks.present(open, "open", "the amount open");
        if (writtenDemands < 0) {
            throw new InvalidInputException("writtenDemands", writtenDemands, "0 or more");
        }
    }
}
