package io.github.tahsilat.persistence.spi.store;

import io.github.tahsilat.persistence.spi.TransactionRunner;
import java.util.Objects;

/**
 * Every store of one storage backend, with the transaction runner that they join.
 *
 * @param companies the company store
 * @param counterparties the counterparty store
 * @param invoices the invoice store
 * @param creditDocuments the credit document store
 * @param events the event log
 * @param payments the payment store
 * @param allocations the allocation store
 * @param ledger the counterparty ledger
 * @param instruments the cheque and promissory note store
 * @param dunning the dunning claims, run history and blocks
 * @param bankEntries the bank entries that reconciliation booked
 * @param reconciliationQueue the bank lines that imports left for a person
 * @param paymentPlans the payment plans
 * @param transactions the transaction runner that every store above joins
 */
public record Stores(
        CompanyStore companies,
        CounterpartyStore counterparties,
        InvoiceStore invoices,
        CreditDocumentStore creditDocuments,
        EventLog events,
        PaymentStore payments,
        AllocationStore allocations,
        LedgerStore ledger,
        InstrumentStore instruments,
        DunningStore dunning,
        BankEntryStore bankEntries,
        ReconciliationQueueStore reconciliationQueue,
        PaymentPlanStore paymentPlans,
        TransactionRunner transactions) {

    /** Checks that every component is present. */
    public Stores {
        Objects.requireNonNull(companies, "companies");
        Objects.requireNonNull(counterparties, "counterparties");
        Objects.requireNonNull(invoices, "invoices");
        Objects.requireNonNull(creditDocuments, "creditDocuments");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(payments, "payments");
        Objects.requireNonNull(allocations, "allocations");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(instruments, "instruments");
        Objects.requireNonNull(dunning, "dunning");
        Objects.requireNonNull(bankEntries, "bankEntries");
        Objects.requireNonNull(reconciliationQueue, "reconciliationQueue");
        Objects.requireNonNull(paymentPlans, "paymentPlans");
        Objects.requireNonNull(transactions, "transactions");
    }

    /**
     * Returns these stores with {@code invoices} in place of {@link #invoices()}, for a host that
     * wraps one store, to count or trace its calls, and keeps the others.
     */
    public Stores withInvoices(InvoiceStore invoices) {
        return new Stores(
                companies,
                counterparties,
                invoices,
                creditDocuments,
                events,
                payments,
                allocations,
                ledger,
                instruments,
                dunning,
                bankEntries,
                reconciliationQueue,
                paymentPlans,
                transactions);
    }

    /**
     * Returns these stores with {@code dunning} in place of {@link #dunning()}, for a host that
     * wraps one store, to count or trace its calls, and keeps the others.
     */
    public Stores withDunning(DunningStore dunning) {
        return new Stores(
                companies,
                counterparties,
                invoices,
                creditDocuments,
                events,
                payments,
                allocations,
                ledger,
                instruments,
                dunning,
                bankEntries,
                reconciliationQueue,
                paymentPlans,
                transactions);
    }

    /**
     * Returns these stores with {@code transactions} in place of {@link #transactions()}, for a
     * host that wraps one store, to count or trace its calls, and keeps the others.
     */
    public Stores withTransactions(TransactionRunner transactions) {
        return new Stores(
                companies,
                counterparties,
                invoices,
                creditDocuments,
                events,
                payments,
                allocations,
                ledger,
                instruments,
                dunning,
                bankEntries,
                reconciliationQueue,
                paymentPlans,
                transactions);
    }
}
