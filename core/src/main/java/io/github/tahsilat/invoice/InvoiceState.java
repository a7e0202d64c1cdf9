package io.github.tahsilat.invoice;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.terms.DueSchedule;
import io.github.tahsilat.terms.PaymentTerms;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Every part of an invoice that a store keeps, from which {@link Invoice#restore} rebuilds the
 * invoice without computing anything again. {@link Invoice#state()} returns it.
 *
 * <p>This record only checks that each part is present; {@link Invoice#restore} checks that the
 * parts agree. Immutable and thread-safe.
 *
 * @param id the invoice's id
 * @param companyId the company
 * @param counterpartyId the counterparty
 * @param number the invoice number, not blank
 * @param direction receivable or payable
 * @param issueDate the issue date
 * @param currency the currency of every amount
 * @param priceBasis whether unit prices include VAT
 * @param terms the payment terms
 * @param lines the lines, at least one
 * @param computedTotals the totals the library computed from the lines when the invoice was built
 * @param printedTotals the totals printed on the legal document, or empty
 * @param dueSchedule the due schedule as computed when the invoice was built
 * @param status the status
 * @param settled the sum of the settlements applied, net of reversals
 * @param credited the sum of the credits applied
 * @param writtenOff the amount written off
 * @param dispute the latest dispute, or empty
 */
public record InvoiceState(
        InvoiceId id,
        CompanyId companyId,
        CounterpartyId counterpartyId,
        String number,
        Direction direction,
        LocalDate issueDate,
        CurrencyUnit currency,
        PriceBasis priceBasis,
        PaymentTerms terms,
        List<InvoiceLine> lines,
        InvoiceTotals computedTotals,
        Optional<InvoiceTotals> printedTotals,
        DueSchedule dueSchedule,
        InvoiceStatus status,
        MonetaryAmount settled,
        MonetaryAmount credited,
        MonetaryAmount writtenOff,
        Optional<Dispute> dispute) {

    /**
     * Checks that every part is present and copies the lines.
     *
     * @throws InvalidInputException if a part or a line is {@code null}, or the number is blank
     */
    public InvoiceState {
        require("id", id);
        require("companyId", companyId);
        require("counterpartyId", counterpartyId);
        DocumentContent.requireNumber(number);
        require("direction", direction);
        require("issueDate", issueDate);
        require("currency", currency);
        require("priceBasis", priceBasis);
        require("terms", terms);
        require("lines", lines);
        for (int i = 0; i < lines.size(); i++) {
            require("lines[" + i + "]", lines.get(i));
        }
        lines = List.copyOf(lines);
        require("computedTotals", computedTotals);
        require("printedTotals", printedTotals);
        require("dueSchedule", dueSchedule);
        require("status", status);
        require("settled", settled);
        require("credited", credited);
        require("writtenOff", writtenOff);
        require("dispute", dispute);
    }

    private static void require(String field, Object value) {
        if (value == null) {
            throw new InvalidInputException(field, null, "a value; use Optional.empty() for none");
        }
    }
}
