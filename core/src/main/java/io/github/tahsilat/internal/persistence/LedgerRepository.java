package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.allocation.ItemComponent;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.persistence.spi.record.LedgerEntryKind;
import io.github.tahsilat.persistence.spi.record.LedgerEntryRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

/**
 * Appends to and reads the counterparty ledger through the host's ledger store. A positive balance
 * effect raises what the counterparty owes the company. Thread-safe.
 */
public final class LedgerRepository implements LedgerAppender {

    private final StoreContext context;

    /** Creates the repository. */
    public LedgerRepository(StoreContext context) {
        this.context = context;
    }

    /**
     * Returns {@code amount} as a balance effect of a document on {@code side} that raises what is
     * owed on that side: itself for a receivable, negated for a payable.
     */
    public static MinorAmount raising(Direction side, MinorAmount amount) {
        return side == Direction.RECEIVABLE ? amount : amount.negate();
    }

    /**
     * Appends a ledger entry recorded at the clock's instant by the context's actor. An entry on an
     * invoice is marked as affecting its principal.
     */
    public void append(
            CompanyId companyId,
            CounterpartyId counterpartyId,
            io.github.tahsilat.ledger.LedgerEntryKind kind,
            LocalDate valueDate,
            MinorAmount amount,
            MinorAmount effect,
            UUID documentId,
            Optional<UUID> invoiceId,
            String note,
            Optional<UUID> reverses) {
        append(
                companyId,
                counterpartyId,
                kind,
                valueDate,
                amount,
                effect,
                documentId,
                invoiceId,
                invoiceId.map(id -> ItemComponent.PRINCIPAL),
                note,
                reverses);
    }

    @Override
    public void append(
            CompanyId companyId,
            CounterpartyId counterpartyId,
            io.github.tahsilat.ledger.LedgerEntryKind kind,
            LocalDate valueDate,
            MinorAmount amount,
            MinorAmount effect,
            UUID documentId,
            Optional<UUID> invoiceId,
            Optional<ItemComponent> component,
            String note,
            Optional<UUID> reverses) {
        LedgerEntryRecord entry =
                newEntry(
                        companyId,
                        counterpartyId,
                        kind,
                        valueDate,
                        amount,
                        effect,
                        documentId,
                        invoiceId,
                        component,
                        note,
                        reverses);
        context.stores().ledger().append(companyId.value(), entry);
    }

    /**
     * Returns an empty batch of the company's entries. The caller must not read the ledger for
     * entries added to it before {@link Batch#appendAll} has stored them.
     */
    public Batch batch(CompanyId companyId) {
        return new Batch(companyId);
    }

    /**
     * A company's ledger entries collected to append with one store call ({@link
     * io.github.tahsilat.persistence.spi.store.LedgerStore#appendAll}), in the order they were
     * added. Not thread-safe.
     */
    public final class Batch implements LedgerAppender {

        private final CompanyId companyId;
        private final List<LedgerEntryRecord> entries = new ArrayList<>();

        private Batch(CompanyId companyId) {
            this.companyId = companyId;
        }

        /**
         * Adds an entry to append later, recorded at the clock's instant of this call.
         *
         * @throws IllegalArgumentException if {@code companyId} is not the batch's company
         */
        @Override
        public void append(
                CompanyId companyId,
                CounterpartyId counterpartyId,
                io.github.tahsilat.ledger.LedgerEntryKind kind,
                LocalDate valueDate,
                MinorAmount amount,
                MinorAmount effect,
                UUID documentId,
                Optional<UUID> invoiceId,
                Optional<ItemComponent> component,
                String note,
                Optional<UUID> reverses) {
            if (!companyId.equals(this.companyId)) {
                throw new IllegalArgumentException(
                        "invalid company "
                                + companyId
                                + " of a ledger entry; expected the batch's company "
                                + this.companyId);
            }
            entries.add(
                    newEntry(
                            companyId,
                            counterpartyId,
                            kind,
                            valueDate,
                            amount,
                            effect,
                            documentId,
                            invoiceId,
                            component,
                            note,
                            reverses));
        }

        /** Appends the collected entries in the order they were added, and empties the batch. */
        public void appendAll() {
            if (!entries.isEmpty()) {
                context.stores().ledger().appendAll(companyId.value(), List.copyOf(entries));
                entries.clear();
            }
        }
    }

    private LedgerEntryRecord newEntry(
            CompanyId companyId,
            CounterpartyId counterpartyId,
            io.github.tahsilat.ledger.LedgerEntryKind kind,
            LocalDate valueDate,
            MinorAmount amount,
            MinorAmount effect,
            UUID documentId,
            Optional<UUID> invoiceId,
            Optional<ItemComponent> component,
            String note,
            Optional<UUID> reverses) {
        return new LedgerEntryRecord(
                companyId.value(),
                UUID.randomUUID(),
                0,
                counterpartyId.value(),
                amount.currencyCode(),
                LedgerEntryKind.valueOf(kind.name()),
                valueDate,
                context.now(),
                amount.toBigDecimal(),
                effect.toBigDecimal(),
                documentId,
                invoiceId,
                component.map(ItemComponent::name),
                note,
                reverses,
                context.stamp().actor());
    }

    /** Returns the id of the document's first entry of {@code kind}, or empty. */
    public Optional<UUID> firstEntryOf(
            CompanyId companyId, UUID documentId, io.github.tahsilat.ledger.LedgerEntryKind kind) {
        return entriesOf(companyId, documentId).stream()
                .filter(entry -> entry.kind().name().equals(kind.name()))
                .map(LedgerEntryRecord::id)
                .findFirst();
    }

    /** Returns the sum of the amounts of the document's entries of {@code kind}. */
    public MinorAmount amountOf(
            CompanyId companyId, UUID documentId, io.github.tahsilat.ledger.LedgerEntryKind kind) {
        BigDecimal sum = BigDecimal.ZERO;
        String currency = null;
        for (LedgerEntryRecord entry : entriesOf(companyId, documentId)) {
            if (entry.kind().name().equals(kind.name())) {
                sum = sum.add(entry.amount());
                currency = entry.currency();
            }
        }
        if (currency == null) {
            throw new IllegalStateException(
                    "document " + documentId + " has no " + kind + " entry");
        }
        return MinorAmount.of(sum, Monetary.getCurrency(currency), RoundingMode.UNNECESSARY);
    }

    /**
     * Returns the excess of a payment written off within a tolerance: its write-off entries on no
     * invoice with a positive amount.
     */
    public MinorAmount excessWrittenOff(
            CompanyId companyId, UUID documentId, CurrencyUnit currency) {
        MinorAmount sum = MinorAmount.zero(currency);
        for (LedgerEntryRecord entry : entriesOf(companyId, documentId)) {
            if (entry.kind() == LedgerEntryKind.WRITE_OFF
                    && entry.invoiceId().isEmpty()
                    && entry.amount().signum() > 0) {
                sum = sum.plus(MinorAmount.of(entry.amount(), currency, RoundingMode.UNNECESSARY));
            }
        }
        return sum;
    }

    /** Returns the entries of the document, in sequence order. */
    public List<LedgerEntryRecord> entriesOf(CompanyId companyId, UUID documentId) {
        return context.stores().ledger().findByDocument(companyId.value(), documentId);
    }

    /** Returns the entries that affect the invoice, in sequence order. */
    public List<LedgerEntryRecord> entriesOfInvoice(CompanyId companyId, InvoiceId invoiceId) {
        return context.stores().ledger().findByInvoice(companyId.value(), invoiceId.value());
    }

    /** Returns the ledger balance of a counterparty in a currency. */
    public MonetaryAmount balance(
            CompanyId companyId,
            CounterpartyId counterpartyId,
            CurrencyUnit currency,
            LocalDate asOf,
            Instant knownAt) {
        BigDecimal sum =
                context.stores()
                        .ledger()
                        .balance(
                                companyId.value(),
                                counterpartyId.value(),
                                currency.getCurrencyCode(),
                                asOf,
                                knownAt);
        return MinorAmount.of(sum, currency, RoundingMode.UNNECESSARY).toMonetaryAmount();
    }
}
