package io.github.tahsilat.service;

/**
 * The types of the events the services append to a company's event log, which a host can read as a
 * transactional outbox. Payloads carry ids, numbers, codes, dates and amounts, never personal data.
 */
public final class EventTypes {

    /** A company was registered. */
    public static final String COMPANY_REGISTERED = "CompanyRegistered";

    /** A counterparty was registered. */
    public static final String COUNTERPARTY_REGISTERED = "CounterpartyRegistered";

    /** A counterparty's data was replaced by an update. */
    public static final String COUNTERPARTY_UPDATED = "CounterpartyUpdated";

    /** A counterparty was put on hold, or its hold reason replaced. */
    public static final String COUNTERPARTY_HELD = "CounterpartyHeld";

    /** A counterparty's hold was released. */
    public static final String COUNTERPARTY_RELEASED = "CounterpartyReleased";

    /** A natural person asked for their data to be erased. */
    public static final String ERASURE_REQUESTED = "CounterpartyErasureRequested";

    /** A natural person's data was erased. */
    public static final String ERASURE_DONE = "CounterpartyErased";

    /** An invoice was issued. */
    public static final String INVOICE_ISSUED = "InvoiceIssued";

    /** An invoice was imported with its history from another system. */
    public static final String INVOICE_IMPORTED = "InvoiceImported";

    /** An invoice was cancelled. */
    public static final String INVOICE_CANCELLED = "InvoiceCancelled";

    /** A dispute was opened on an invoice. */
    public static final String DISPUTE_OPENED = "InvoiceDisputeOpened";

    /** An invoice's dispute was resolved. */
    public static final String DISPUTE_RESOLVED = "InvoiceDisputeResolved";

    /** A credit note or return invoice was recorded. */
    public static final String CREDIT_DOCUMENT_RECORDED = "CreditDocumentRecorded";

    /** Credit from a credit document was applied to an invoice. */
    public static final String CREDIT_APPLIED = "CreditApplied";

    /** A payment was recorded and allocated. */
    public static final String PAYMENT_RECORDED = "PaymentRecorded";

    /** Part of a payment was allocated to an invoice. */
    public static final String PAYMENT_ALLOCATED = "PaymentAllocated";

    /** A payment was reversed as a whole, such as for a bank return. */
    public static final String PAYMENT_REVERSED = "PaymentReversed";

    /**
     * An invoice's outstanding amount reached zero through a payment, a cleared cheque or note, an
     * applied credit document or a set-off.
     */
    public static final String INVOICE_PAID = "InvoicePaid";

    /**
     * Unapplied credit of the counterparty arose: the part of a payment or of a received cheque or
     * note that no item took, or the whole amount of a new credit document. The payload's {@code
     * source} is {@code PAYMENT}, {@code INSTRUMENT} or {@code CREDIT_DOCUMENT}, and {@code
     * sourceId} is that document's id.
     */
    public static final String CREDIT_CREATED = "CreditCreated";

    /** A fee or late interest was booked on a receivable. */
    public static final String CHARGE_BOOKED = "ChargeBooked";

    /** Part or all of a fee or late interest was waived with a recorded write-off. */
    public static final String CHARGE_WAIVED = "ChargeWaived";

    /** A cheque or promissory note was received into the portfolio and credited. */
    public static final String INSTRUMENT_RECEIVED = "InstrumentReceived";

    /** A cheque or promissory note was paid, and the items it covered were settled. */
    public static final String INSTRUMENT_CLEARED = "InstrumentCleared";

    /** A cheque or promissory note bounced, and its unpaid amount moved back onto the items. */
    public static final String INSTRUMENT_BOUNCED = "InstrumentBounced";

    /** A cheque or promissory note was endorsed to a supplier as a payment. */
    public static final String INSTRUMENT_ENDORSED = "InstrumentEndorsed";

    /** A cheque or promissory note was given to a bank for collection or as collateral. */
    public static final String INSTRUMENT_HANDED_TO_BANK = "InstrumentHandedToBank";

    /** A cheque or promissory note came back from a bank into the portfolio. */
    public static final String INSTRUMENT_RETURNED = "InstrumentReturnedToPortfolio";

    /** Unapplied credit of a customer was paid back. */
    public static final String CREDIT_REFUNDED = "CreditRefunded";

    /** A receivable was set off against a payable of the same counterparty. */
    public static final String SET_OFF_RECORDED = "SetOffRecorded";

    /**
     * An exchange difference was booked on a foreign-currency item: realized by a payment or
     * unrealized by a revaluation. The payload's {@code amount} is signed, in the functional
     * currency, and positive for a gain on a receivable or a loss on a payable.
     */
    public static final String EXCHANGE_DIFFERENCE_BOOKED = "ExchangeDifferenceBooked";

    /**
     * A revaluation's exchange difference on one item was taken back. The payload's {@code amount}
     * is the signed difference the reversal booked, the negation of the revaluation's, and {@code
     * carrying} the item's restored carrying amount.
     */
    public static final String EXCHANGE_DIFFERENCE_REVERSED = "ExchangeDifferenceReversed";

    /** A revaluation was reversed on every item it changed. */
    public static final String REVALUATION_REVERSED = "RevaluationReversed";

    /**
     * A realized exchange difference on a receivable should be invoiced (kur farkı): the payload
     * carries the direction, the net amount, the VAT rate and amount, the gross amount and the
     * invoice it refers to. The library books nothing for it.
     */
    public static final String EXCHANGE_DIFFERENCE_INVOICE_PROPOSED =
            "ExchangeDifferenceInvoiceProposed";

    private EventTypes() {}
}
