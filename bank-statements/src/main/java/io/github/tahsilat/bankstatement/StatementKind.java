package io.github.tahsilat.bankstatement;

/** The kind of message a statement was read from. */
public enum StatementKind {
    /** An end-of-day account statement, ISO 20022 camt.053 (BankToCustomerStatement). */
    STATEMENT,
    /** An intraday account report, ISO 20022 camt.052 (BankToCustomerAccountReport). */
    INTRADAY_REPORT,
    /**
     * A debit or credit notification, ISO 20022 camt.054 (BankToCustomerDebitCreditNotification).
     * Notifications carry no balances.
     */
    NOTIFICATION,
    /** A SWIFT MT940 customer statement message. */
    MT940
}
