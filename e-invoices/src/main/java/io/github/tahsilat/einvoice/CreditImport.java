package io.github.tahsilat.einvoice;

import io.github.tahsilat.invoice.CreditDocument;
import io.github.tahsilat.invoice.Direction;
import java.util.List;
import java.util.Objects;

/**
 * A CreditNote or a UBL-TR return invoice imported as a {@link CreditDocument}, with its printed
 * totals. Apply it to the invoice it refers to with {@link
 * io.github.tahsilat.invoice.Invoice#applyCredit}.
 *
 * @param document the document as read
 * @param credit the credit document, with nothing applied
 * @param counterparty the document's other party
 * @param findings the findings to review
 * @param paymentsToRecord the prepaid amounts the document reports, such as a refund already made
 */
public record CreditImport(
        EInvoice document,
        CreditDocument credit,
        Party counterparty,
        List<ImportFinding> findings,
        List<PaymentToRecord> paymentsToRecord)
        implements ImportResult {

    /**
     * Checks the components and copies the lists.
     *
     * @throws NullPointerException if a component is {@code null}
     */
    public CreditImport {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(credit, "credit");
        Objects.requireNonNull(counterparty, "counterparty");
        findings = List.copyOf(findings);
        paymentsToRecord = List.copyOf(paymentsToRecord);
    }

    @Override
    public Direction direction() {
        return credit.direction();
    }
}
