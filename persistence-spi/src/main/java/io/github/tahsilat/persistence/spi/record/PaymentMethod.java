package io.github.tahsilat.persistence.spi.record;

/** The means by which a payment was made. */
public enum PaymentMethod {
    /** A bank transfer. */
    BANK_TRANSFER,
    /** Cash. */
    CASH,
    /** A debit or credit card. */
    CARD,
    /** A cheque. */
    CHEQUE,
    /** A promissory note. */
    PROMISSORY_NOTE,
    /** Any other method. */
    OTHER
}
