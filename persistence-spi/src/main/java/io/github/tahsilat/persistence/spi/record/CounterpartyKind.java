package io.github.tahsilat.persistence.spi.record;

/** The role a counterparty plays for the company. */
public enum CounterpartyKind {
    /** Owes the company: receivables. */
    CUSTOMER,
    /** Is owed by the company: payables. */
    SUPPLIER,
    /** Both a customer and a supplier. */
    BOTH
}
