package io.github.tahsilat.service.charge;

import io.github.tahsilat.allocation.ItemComponent;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.service.NotFoundException;
import java.time.LocalDate;
import javax.money.MonetaryAmount;

/**
 * Books fees and late interest on receivables and waives them. Get it from {@link
 * io.github.tahsilat.engine.Tahsilat#charges()}.
 *
 * <p>A charge belongs to an invoice and is a receivable of its own in the counterparty ledger:
 * booking raises the counterparty's balance, payments settle it in the component order of their
 * allocation policy, and only an explicit waiver, recorded as a write-off with its actor and
 * reason, removes it otherwise. Dunning runs book their fees and interest the same way. Every write
 * runs in one transaction with its ledger entry and event. Implementations are thread-safe.
 */
public interface ChargeService {

    /**
     * Returns the fee and interest still open on the invoice; both are zero when none was booked.
     *
     * @throws InvalidInputException if an argument is missing
     * @throws NotFoundException if the invoice is not stored
     */
    OpenCharges openCharges(CompanyId companyId, InvoiceId invoiceId);

    /**
     * Books a fee or late interest on a receivable, such as a fee the host charges for a returned
     * cheque, and appends {@code ChargeBooked}.
     *
     * @param component {@link ItemComponent#FEE} or {@link ItemComponent#INTEREST}
     * @param reason the description shown in the ledger, not blank, at most 500 characters
     * @return the invoice's open charges afterwards
     * @throws InvalidInputException if an argument is missing, {@code component} is {@code
     *     PRINCIPAL}, the amount is not greater than zero or not rounded to the minor unit, the
     *     reason is blank or too long, or the invoice is a payable
     * @throws CurrencyMismatchException if the amount is not in the invoice's currency
     * @throws NotFoundException if the invoice is not stored
     */
    OpenCharges book(
            CompanyId companyId,
            InvoiceId invoiceId,
            ItemComponent component,
            MonetaryAmount amount,
            LocalDate valueDate,
            String reason);

    /**
     * Waives part or all of an open charge with a write-off entry, and appends {@code
     * ChargeWaived}. The waived amount no longer counts in the counterparty's balance, and later
     * payments no longer settle it.
     *
     * @param component {@link ItemComponent#FEE} or {@link ItemComponent#INTEREST}
     * @param reason why the charge is waived, not blank, at most 500 characters
     * @return the invoice's open charges afterwards
     * @throws InvalidInputException if an argument is missing, {@code component} is {@code
     *     PRINCIPAL}, the amount is not greater than zero, not rounded to the minor unit or more
     *     than the open amount of the component, or the reason is blank or too long
     * @throws CurrencyMismatchException if the amount is not in the invoice's currency
     * @throws NotFoundException if the invoice is not stored
     */
    OpenCharges waive(
            CompanyId companyId,
            InvoiceId invoiceId,
            ItemComponent component,
            MonetaryAmount amount,
            LocalDate valueDate,
            String reason);

    /**
     * Waives every open fee and interest of the invoice, as {@link #waive} does per component, and
     * returns zero charges. Does nothing when nothing is open.
     *
     * @throws InvalidInputException if an argument is missing or the reason is blank or too long
     * @throws NotFoundException if the invoice is not stored
     */
    OpenCharges waiveAll(
            CompanyId companyId, InvoiceId invoiceId, LocalDate valueDate, String reason);
}
