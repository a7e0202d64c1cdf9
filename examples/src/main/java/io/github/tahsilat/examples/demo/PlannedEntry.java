package io.github.tahsilat.examples.demo;

import java.time.LocalDate;
import javax.money.MonetaryAmount;

/**
 * An entry on the company's bank statement: money a customer sends, an instrument the bank collects
 * at maturity, or a transfer the payer's bank takes back.
 *
 * @param valueDate the day the money moves, a business day
 * @param customer the customer whose money it is
 * @param amount the amount, greater than zero; a {@link EntryKind#RETURN} takes it off the account
 * @param remittance the remittance text, never blank; a collected instrument's ends with its serial
 *     number
 * @param kind what the entry is
 * @param endToEndId the transfer's end-to-end id, which its return repeats, or {@code null} for a
 *     collected instrument
 */
record PlannedEntry(
        LocalDate valueDate,
        DemoCustomer customer,
        MonetaryAmount amount,
        String remittance,
        EntryKind kind,
        String endToEndId) {

    /** The kind of a statement entry. */
    enum EntryKind {
        /** A credit transfer from the customer. */
        TRANSFER,
        /** A post-dated cheque that the bank collected at maturity. */
        CHEQUE_COLLECTION,
        /** A promissory note that the bank collected at maturity. */
        NOTE_COLLECTION,
        /** A credit transfer returned by the payer's bank, a debit with the transfer's id. */
        RETURN
    }

    /** Returns the change to the account's balance: the amount, negated for a return. */
    MonetaryAmount signedAmount() {
        return kind == EntryKind.RETURN ? amount.negate() : amount;
    }
}
