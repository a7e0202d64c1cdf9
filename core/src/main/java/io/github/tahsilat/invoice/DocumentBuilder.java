package io.github.tahsilat.invoice;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.money.CurrencyUnit;

/**
 * The fields an invoice and a credit document share: parties, number, direction, issue date,
 * currency, price basis, lines and printed totals. {@link Invoice.Builder} and {@link
 * CreditDocument.Builder} add their own fields and build the document.
 *
 * <p>Setters store what they are given; {@code build} checks it. Not thread-safe; use one builder
 * per document.
 *
 * @param <B> the concrete builder, returned by every setter so calls chain
 */
public abstract sealed class DocumentBuilder<B extends DocumentBuilder<B>>
        permits Invoice.Builder, CreditDocument.Builder {

    CompanyId companyId;
    CounterpartyId counterpartyId;
    String number;
    Direction direction;
    LocalDate issueDate;
    private CurrencyUnit currency;
    private String currencyCode;
    private PriceBasis priceBasis = PriceBasis.VAT_EXCLUSIVE;
    private final List<InvoiceLine> lines = new ArrayList<>();
    private InvoiceTotals printedTotals;

    DocumentBuilder() {}

    /** Returns this builder as its concrete type. */
    abstract B self();

    /** Sets the company, required. */
    public B companyId(CompanyId companyId) {
        this.companyId = companyId;
        return self();
    }

    /** Sets the counterparty, required. */
    public B counterpartyId(CounterpartyId counterpartyId) {
        this.counterpartyId = counterpartyId;
        return self();
    }

    /** Sets the document number, required and not blank. */
    public B number(String number) {
        this.number = number;
        return self();
    }

    /**
     * Sets the direction, required: for an invoice its own, for a credit document that of the
     * invoices it reduces.
     */
    public B direction(Direction direction) {
        this.direction = direction;
        return self();
    }

    /** Sets the issue date, required. */
    public B issueDate(LocalDate issueDate) {
        this.issueDate = issueDate;
        return self();
    }

    /** Sets the currency, required; a known ISO 4217 currency with a minor unit. */
    public B currency(CurrencyUnit currency) {
        this.currency = currency;
        this.currencyCode = null;
        return self();
    }

    /** Sets the currency by its ISO 4217 code, such as {@code "TRY"}. */
    public B currency(String currencyCode) {
        this.currency = null;
        this.currencyCode = currencyCode;
        return self();
    }

    /** Sets whether unit prices include VAT; {@link PriceBasis#VAT_EXCLUSIVE} by default. */
    public B priceBasis(PriceBasis priceBasis) {
        this.priceBasis = priceBasis;
        return self();
    }

    /** Adds a line; at least one is required. */
    public B line(InvoiceLine line) {
        this.lines.add(line);
        return self();
    }

    /**
     * Adds every line of {@code lines}, in order.
     *
     * @throws InvalidInputException if {@code lines} is {@code null}
     */
    public B lines(List<InvoiceLine> lines) {
        if (lines == null) {
            throw new InvalidInputException("lines", null, "a list of lines");
        }
        this.lines.addAll(lines);
        return self();
    }

    /**
     * Sets the totals printed on the legal document. The document then keeps them as its totals,
     * and its receivable is the printed one.
     */
    public B printedTotals(InvoiceTotals printedTotals) {
        this.printedTotals = printedTotals;
        return self();
    }

    /**
     * Checks that the shared fields without which no document exists are present.
     *
     * @throws InvalidInputException if the company, counterparty, direction or issue date is
     *     missing, or the number is missing or blank
     */
    final void requireShared() {
        require("companyId", companyId, "the company's id");
        require("counterpartyId", counterpartyId, "the counterparty's id");
        DocumentContent.requireNumber(number);
        require("direction", direction, "RECEIVABLE or PAYABLE");
        require("issueDate", issueDate, "the issue date");
    }

    /**
     * Computes the lines' content and totals; call after {@link #requireShared()}.
     *
     * @throws InvalidInputException if the currency is missing or unknown, there are no lines, a
     *     line's discount is in another currency or exceeds its line amount, or the printed totals
     *     are in another currency
     */
    final DocumentContent content(InvoiceContext context) {
        CurrencyUnit unit =
                currencyCode != null ? Amounts.knownCurrency("currency", currencyCode) : currency;
        return DocumentContent.of(unit, priceBasis, lines, printedTotals, context);
    }

    static void require(String field, Object value, String expected) {
        if (value == null) {
            throw new InvalidInputException(field, null, expected);
        }
    }
}
