package io.github.tahsilat.service.account;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.service.AlreadyExistsException;
import io.github.tahsilat.service.NotFoundException;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Pays unapplied credit back to customers and sets receivables off against payables. Get it from
 * {@link io.github.tahsilat.engine.Tahsilat#accounts()}. Every write runs in one transaction with
 * its ledger entry and event. Implementations are thread-safe.
 */
public interface AccountService {

    /**
     * Pays part or all of a customer's unapplied credit back. The credit of their received payments
     * (by value date), of their receivable credit notes and return invoices (by issue date) and of
     * their cleared cheques and promissory notes (by the day received) is used oldest first. On the
     * same date a payment comes first, then a credit document, then an instrument. A {@code REFUND}
     * ledger entry with the engine's actor raises their balance by the amount, and {@code
     * CreditRefunded} is appended with the parts taken from payments, from credit documents and
     * from instruments. The receipt names each source used. A repeated request returns the first
     * result and writes nothing.
     *
     * @throws InvalidInputException if the request is missing, or the amount is more than the
     *     customer's unapplied credit in its currency
     * @throws NotFoundException if the company or the counterparty is not stored
     * @throws AlreadyExistsException if the id was used for a refund with other content
     */
    RefundReceipt refund(RefundRequest request);

    /**
     * Sets a receivable off (mahsup) against a payable of the same counterparty: both invoices are
     * settled by the amount, the receivable in the default component order, two {@code SET_OFF}
     * ledger entries that cancel out record it, and {@code SetOffRecorded} is appended. The
     * counterparty's balance does not change. A repeated request returns the first result and
     * writes nothing.
     *
     * @throws InvalidInputException if the request is missing, an invoice is of another
     *     counterparty, direction or currency, or the amount is more than what either invoice has
     *     open
     * @throws NotFoundException if the company or an invoice is not stored
     */
    SetOffReceipt setOff(SetOffRequest request);

    /**
     * Sets a receivable off (mahsup) against the customer's unapplied credit. The credit is taken
     * from the same sources, in the same order, as {@link #refund} takes it. The receivable is
     * settled by the amount in the default component order, an {@code ALLOCATION} entry per
     * component and a {@code SET_OFF} entry record it with the engine's actor, and {@code
     * SetOffRecorded} is appended. The counterparty's balance does not change, because the credit
     * was already in it. The receipt names each source used, and the event carries the parts taken
     * from each kind of source. A repeated request returns the first result and writes nothing.
     *
     * @throws InvalidInputException if the request is missing, the invoice is of another
     *     counterparty, direction or currency, or the amount is more than the customer's unapplied
     *     credit or than what the invoice has open
     * @throws NotFoundException if the company, the counterparty or the invoice is not stored
     */
    SetOffReceipt setOff(CreditSetOffRequest request);

    /**
     * Returns the customer's unapplied credit: that of received payments that are not reversed plus
     * the remaining credit of receivable credit notes and return invoices and of cleared cheques
     * and promissory notes. An instrument's credit counts only once it clears.
     *
     * @throws InvalidInputException if an argument is missing
     */
    MonetaryAmount unappliedCredit(
            CompanyId companyId, CounterpartyId counterpartyId, CurrencyUnit currency);
}
