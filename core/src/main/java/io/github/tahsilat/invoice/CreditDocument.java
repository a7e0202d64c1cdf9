package io.github.tahsilat.invoice;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.money.AmountChecks;
import io.github.tahsilat.internal.money.MinorAmount;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A document that reduces what is owed on invoices: a credit note issued by the invoice's issuer,
 * or a return invoice issued by the other party. It has lines and totals like an invoice; its
 * amount is the receivable of its totals ({@code gross − withheld}).
 *
 * <p>The credit is applied to invoices through {@link Invoice#applyCredit(CreditDocument)}, never
 * beyond an invoice's outstanding amount. Invariant: {@code 0 ≤ applied ≤ amount} and {@code
 * applied + unapplied = amount}. The {@link #direction()} is that of the invoices it reduces, so a
 * credit note we issue and a return invoice our customer issues are both {@link
 * Direction#RECEIVABLE}.
 *
 * <p>Instances are immutable and thread-safe; an application returns a new credit document.
 */
public final class CreditDocument {

    private static final Logger LOG = LoggerFactory.getLogger(CreditDocument.class);

    @NotNull private final CreditDocumentId id;
    @NotNull private final CreditDocumentKind kind;
    @NotBlank private final String number;
    @NotNull private final CompanyId companyId;
    @NotNull private final CounterpartyId counterpartyId;
    @NotNull private final Direction direction;
    @NotNull private final LocalDate issueDate;
    @NotNull @Valid private final InvoiceReference reference;
    @NotEmpty private final List<@NotNull @Valid InvoiceLine> lines;
    @Valid private final InvoiceTotals printedTotals;

    private final DocumentContent content;
    private final MinorAmount applied;

    private CreditDocument(Builder builder, DocumentContent content) {
        this.id = builder.id == null ? CreditDocumentId.random() : builder.id;
        this.kind = builder.kind;
        this.number = builder.number;
        this.companyId = builder.companyId;
        this.counterpartyId = builder.counterpartyId;
        this.direction = builder.direction;
        this.issueDate = builder.issueDate;
        this.reference = builder.reference;
        this.lines = content.lines();
        this.printedTotals = content.printedTotals();
        this.content = content;
        this.applied = MinorAmount.zero(content.currency());
    }

    private CreditDocument(CreditDocument base, MinorAmount applied) {
        this.id = base.id;
        this.kind = base.kind;
        this.number = base.number;
        this.companyId = base.companyId;
        this.counterpartyId = base.counterpartyId;
        this.direction = base.direction;
        this.issueDate = base.issueDate;
        this.reference = base.reference;
        this.lines = base.lines;
        this.printedTotals = base.printedTotals;
        this.content = base.content;
        this.applied = applied;
    }

    private CreditDocument(
            CreditDocumentState state, DocumentContent content, MinorAmount applied) {
        this.id = state.id();
        this.kind = state.kind();
        this.number = state.number();
        this.companyId = state.companyId();
        this.counterpartyId = state.counterpartyId();
        this.direction = state.direction();
        this.issueDate = state.issueDate();
        this.reference = state.reference();
        this.lines = content.lines();
        this.printedTotals = content.printedTotals();
        this.content = content;
        this.applied = applied;
    }

    /** Returns a builder for a new credit document. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Rebuilds a credit document from its stored state, as {@link #state()} returned it, without
     * computing its totals again.
     *
     * @param state the stored state, never {@code null}
     * @return a document equal to the one whose {@link #state()} gave {@code state}
     * @throws InvalidInputException if {@code state} is {@code null} or its parts disagree: the
     *     currency is unknown, there are no lines, a total or the applied amount is in another
     *     currency or not rounded to the minor unit, or the applied amount exceeds the amount
     */
    public static CreditDocument restore(CreditDocumentState state) {
        if (state == null) {
            throw new InvalidInputException("state", null, "the stored state of a credit document");
        }
        CurrencyUnit currency = Amounts.knownCurrency("currency", state.currency());
        DocumentContent content =
                DocumentContent.restore(
                        currency,
                        state.priceBasis(),
                        state.lines(),
                        state.computedTotals(),
                        state.printedTotals().orElse(null));
        MinorAmount applied = Amounts.documentAmount("applied", state.applied(), currency);
        if (applied.compareTo(content.receivable()) > 0) {
            throw new InvalidInputException(
                    "applied", applied, "at most the amount " + content.receivable());
        }
        return new CreditDocument(state, content, applied);
    }

    /** Returns every part of this document that a store keeps, for {@link #restore}. */
    public CreditDocumentState state() {
        return new CreditDocumentState(
                id,
                kind,
                number,
                companyId,
                counterpartyId,
                direction,
                issueDate,
                reference,
                currency(),
                priceBasis(),
                lines,
                computedTotals(),
                printedTotals(),
                applied());
    }

    /** Returns the id. */
    public CreditDocumentId id() {
        return id;
    }

    /** Returns whether this is a credit note or a return invoice. */
    public CreditDocumentKind kind() {
        return kind;
    }

    /** Returns the document number as printed. */
    public String number() {
        return number;
    }

    /** Returns the company whose books the document is in. */
    public CompanyId companyId() {
        return companyId;
    }

    /** Returns the counterparty whose invoices the document reduces. */
    public CounterpartyId counterpartyId() {
        return counterpartyId;
    }

    /** Returns the direction of the invoices the document reduces. */
    public Direction direction() {
        return direction;
    }

    /** Returns the issue date. */
    public LocalDate issueDate() {
        return issueDate;
    }

    /** Returns the invoice the document corrects or returns. */
    public InvoiceReference reference() {
        return reference;
    }

    /** Returns the currency of every amount. */
    public CurrencyUnit currency() {
        return content.currency();
    }

    /** Returns whether the unit prices include VAT. */
    public PriceBasis priceBasis() {
        return content.priceBasis();
    }

    /** Returns the lines, never empty and unmodifiable. */
    public List<InvoiceLine> lines() {
        return lines;
    }

    /** Returns the totals: the printed ones if the document was built with them, else computed. */
    public InvoiceTotals totals() {
        return content.totals();
    }

    /** Returns the totals the library computed from the lines. */
    public InvoiceTotals computedTotals() {
        return content.computedTotals();
    }

    /** Returns the totals printed on the document, if it was built with them. */
    public Optional<InvoiceTotals> printedTotals() {
        return content.printed();
    }

    /** Returns the credit amount, the receivable of {@link #totals()}. */
    public MonetaryAmount amount() {
        return totals().receivable();
    }

    /**
     * Returns the part of the amount used so far: applied to invoices, set off by {@link #setOff}
     * or paid back to the counterparty by {@link #refund}. The ledger keeps them apart.
     */
    public MonetaryAmount applied() {
        return applied.toMonetaryAmount();
    }

    /** Returns the part of the amount not yet applied, {@code amount − applied}. */
    public MonetaryAmount unapplied() {
        return unappliedUnits().toMonetaryAmount();
    }

    /** Returns {@code true} if {@code invoice} is the invoice this document refers to. */
    public boolean refersTo(Invoice invoice) {
        Objects.requireNonNull(invoice, "invoice");
        return reference.matches(invoice);
    }

    /**
     * Returns a copy with {@code amount} of the unapplied credit paid back to the counterparty, so
     * that {@link #unapplied()} is lower by {@code amount}.
     *
     * @throws InvalidInputException if {@code amount} is missing, not greater than zero, not
     *     rounded to the minor unit, or more than {@link #unapplied()}
     * @throws CurrencyMismatchException if {@code amount} is in another currency
     */
    public CreditDocument refund(MonetaryAmount amount) {
        return use(amount, "refunded");
    }

    /**
     * Returns a copy with {@code amount} of the unapplied credit set off (mahsup) against an
     * invoice that the caller settles by the same amount, so that {@link #unapplied()} is lower by
     * {@code amount}.
     *
     * @throws InvalidInputException if {@code amount} is missing, not greater than zero, not
     *     rounded to the minor unit, or more than {@link #unapplied()}
     * @throws CurrencyMismatchException if {@code amount} is in another currency
     */
    public CreditDocument setOff(MonetaryAmount amount) {
        return use(amount, "set off");
    }

    private CreditDocument use(MonetaryAmount amount, String usage) {
        MinorAmount units = AmountChecks.positive("amount", amount);
        AmountChecks.inCurrency("use credit", units, currency());
        if (units.compareTo(unappliedUnits()) > 0) {
            throw new InvalidInputException(
                    "amount",
                    units,
                    "at most the unapplied credit "
                            + unappliedUnits()
                            + " of credit document "
                            + number);
        }
        LOG.debug("Credit document {} {} {}", id, usage, units);
        return new CreditDocument(this, applied.plus(units));
    }

    MinorAmount unappliedUnits() {
        return content.receivable().minus(applied);
    }

    CreditDocument withApplied(MinorAmount amount) {
        if (amount.isZero()) {
            return this;
        }
        if (amount.compareTo(unappliedUnits()) > 0) {
            throw new IllegalStateException(
                    "cannot apply "
                            + amount
                            + " of credit document "
                            + number
                            + ", only "
                            + unappliedUnits()
                            + " is unapplied");
        }
        LOG.debug("Credit document {} applied {}", id, amount);
        return new CreditDocument(this, applied.plus(amount));
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof CreditDocument that)) {
            return false;
        }
        return id.equals(that.id)
                && kind == that.kind
                && number.equals(that.number)
                && companyId.equals(that.companyId)
                && counterpartyId.equals(that.counterpartyId)
                && direction == that.direction
                && issueDate.equals(that.issueDate)
                && reference.equals(that.reference)
                && content.equals(that.content)
                && applied.equals(that.applied);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, number, applied);
    }

    /** Returns the id, kind, number, amount and unapplied amount, for logs. */
    @Override
    public String toString() {
        return "CreditDocument[id="
                + id
                + ", kind="
                + kind
                + ", number="
                + number
                + ", amount="
                + content.receivable()
                + ", unapplied="
                + unappliedUnits()
                + "]";
    }

    /**
     * Collects the fields of a new credit document. Not thread-safe; use one builder per document.
     */
    public static final class Builder extends DocumentBuilder<Builder> {
        private CreditDocumentId id;
        private CreditDocumentKind kind;
        private InvoiceReference reference;

        private Builder() {}

        @Override
        Builder self() {
            return this;
        }

        /** Sets the id; without it, {@link #build} uses {@link CreditDocumentId#random()}. */
        public Builder id(CreditDocumentId id) {
            this.id = id;
            return this;
        }

        /** Sets the kind, required. */
        public Builder kind(CreditDocumentKind kind) {
            this.kind = kind;
            return this;
        }

        /** Sets the reference to the corrected or returned invoice, required. */
        public Builder reference(InvoiceReference reference) {
            this.reference = reference;
            return this;
        }

        /**
         * Checks every field, computes the totals and returns the document with nothing applied.
         *
         * @throws InvalidInputException if a required field is missing, the number is blank, the
         *     currency is unknown, there are no lines, a line's discount is in another currency or
         *     exceeds its line amount, or the printed totals are in another currency
         */
        public CreditDocument build(InvoiceContext context) {
            require("kind", kind, "CREDIT_NOTE or RETURN_INVOICE");
            requireShared();
            require("reference", reference, "the id or number of the invoice it refers to");
            DocumentContent content = content(context);
            CreditDocument credit = new CreditDocument(this, content);
            LOG.debug("Credit document {} built, amount {}", credit.id, content.receivable());
            return credit;
        }
    }
}
