package io.github.tahsilat.payment;

/** The means by which a payment was made. */
public enum PaymentMethod {
    /** A bank transfer (EFT, SEPA credit transfer, SWIFT). */
    BANK_TRANSFER,
    /** Cash. */
    CASH,
    /** A debit or credit card, usually through a POS terminal. */
    CARD,
    /** A cheque (çek) that has cleared or is cashed on receipt. */
    CHEQUE,
    /** A promissory note (senet) that has been paid. */
    PROMISSORY_NOTE,
    /** Any other method. */
    OTHER
}
