package io.github.tahsilat.counterparty;

/** The roles a counterparty plays towards the company. */
public enum CounterpartyKind {
    /** The counterparty buys from the company and owes it receivables. */
    CUSTOMER,
    /** The company buys from the counterparty and owes it payables. */
    SUPPLIER,
    /** The counterparty is both customer and supplier, so amounts may be netted. */
    BOTH;

    /** Returns whether the counterparty buys from the company, {@code CUSTOMER} or {@code BOTH}. */
    public boolean isCustomer() {
        return this != SUPPLIER;
    }

    /** Returns whether the company buys from the counterparty, {@code SUPPLIER} or {@code BOTH}. */
    public boolean isSupplier() {
        return this != CUSTOMER;
    }
}
