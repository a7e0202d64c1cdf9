package io.github.tahsilat.invoice;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Every part of a credit document that a store keeps, from which {@link CreditDocument#restore}
 * rebuilds the document without computing its totals again. {@link CreditDocument#state()} returns
 * it.
 *
 * <p>This record only checks that each part is present; {@link CreditDocument#restore} checks that
 * the parts agree. Immutable and thread-safe.
 *
 * @param id the document's id
 * @param kind credit note or return invoice
 * @param number the document number, not blank
 * @param companyId the company
 * @param counterpartyId the counterparty
 * @param direction the direction of the invoices it reduces
 * @param issueDate the issue date
 * @param reference the invoice it corrects or returns
 * @param currency the currency of every amount
 * @param priceBasis whether unit prices include VAT
 * @param lines the lines, at least one
 * @param computedTotals the totals the library computed from the lines
 * @param printedTotals the totals printed on the document, or empty
 * @param applied the part of the amount applied to invoices so far
 */
public record CreditDocumentState(
        CreditDocumentId id,
        CreditDocumentKind kind,
        String number,
        CompanyId companyId,
        CounterpartyId counterpartyId,
        Direction direction,
        LocalDate issueDate,
        InvoiceReference reference,
        CurrencyUnit currency,
        PriceBasis priceBasis,
        List<InvoiceLine> lines,
        InvoiceTotals computedTotals,
        Optional<InvoiceTotals> printedTotals,
        MonetaryAmount applied) {

    /**
     * Checks that every part is present and copies the lines.
     *
     * @throws InvalidInputException if a part or a line is {@code null}, or the number is blank
     */
    public CreditDocumentState {
        require("id", id);
        require("kind", kind);
        DocumentContent.requireNumber(number);
        require("companyId", companyId);
        require("counterpartyId", counterpartyId);
        require("direction", direction);
        require("issueDate", issueDate);
        require("reference", reference);
        require("currency", currency);
        require("priceBasis", priceBasis);
        require("lines", lines);
        for (int i = 0; i < lines.size(); i++) {
            require("lines[" + i + "]", lines.get(i));
        }
        lines = List.copyOf(lines);
        require("computedTotals", computedTotals);
        require("printedTotals", printedTotals);
        require("applied", applied);
    }

    private static void require(String field, Object value) {
        if (value == null) {
            throw new InvalidInputException(field, null, "a value; use Optional.empty() for none");
        }
    }
}
