package io.github.tahsilat.service.instrument;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.allocation.Designation;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.instrument.InstrumentId;
import io.github.tahsilat.instrument.InstrumentStateException;
import io.github.tahsilat.instrument.InstrumentStatus;
import io.github.tahsilat.service.AlreadyExistsException;
import io.github.tahsilat.service.NotFoundException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * Receives post-dated cheques and promissory notes from customers and records what happens to them.
 * Get it from {@link io.github.tahsilat.engine.Tahsilat#instruments()}.
 *
 * <p>Receiving credits the customer's account at once, as Turkish bookkeeping does, and allocates
 * the amount to open items provisionally: later payments skip what it covers, but the invoices keep
 * their outstanding amounts, so dunning and aging count them as uncollected until the instrument
 * clears. Clearing settles the items; a bounce releases them, debits the account again and books
 * the host's fee. Every step runs in one transaction with its ledger entries and events. A step
 * repeated on an instrument that is already in the requested state changes nothing and returns it;
 * a step that its status does not allow throws {@link InstrumentStateException} and changes
 * nothing. Implementations are thread-safe.
 */
public interface InstrumentService {

    /**
     * Receives an instrument into the portfolio, credits the customer's account, allocates it
     * provisionally under {@code policy}, and appends {@code InstrumentReceived}, with {@code
     * CreditCreated} when items take less than the face amount. Tolerances of the policy are
     * ignored, because nothing is written off before the money arrives.
     *
     * @throws InvalidInputException if an argument is missing, or a designation names an invoice of
     *     another counterparty, direction or currency
     * @throws NotFoundException if the company, the counterparty or a designated invoice is not
     *     stored
     * @throws AlreadyExistsException if the id was used for an instrument with other content
     */
    InstrumentReceipt receive(
            InstrumentRequest request, List<Designation> designations, AllocationPolicy policy);

    /**
     * Records that the instrument was paid: the items it covered are settled, and {@code
     * InstrumentCleared} is appended, with {@code InvoicePaid} for each invoice it closes. What its
     * provisional allocations left of the face amount becomes its unapplied credit, which {@link
     * io.github.tahsilat.service.account.AccountService} refunds and sets off like a payment's.
     *
     * @throws InvalidInputException if an argument is missing or {@code date} is before the receipt
     * @throws NotFoundException if the instrument is not stored
     * @throws InstrumentStateException if it bounced
     */
    StoredInstrument clear(CompanyId companyId, InstrumentId instrumentId, LocalDate date);

    /**
     * Records that the instrument bounced (karşılıksız) after {@code paid} of it was paid: the
     * unpaid amount is debited back to the customer's account and moves back onto the items, the
     * paid part is recorded as a payment over the same invoices, {@code fee} is booked as a
     * receivable on the first invoice it covered, an endorsement is undone by reversing the
     * supplier payment, and {@code InstrumentBounced} is appended.
     *
     * @param paid the part paid, zero or more and below the face amount
     * @param fee the fee the host charges for the bounce, zero for none
     * @throws InvalidInputException if an argument is missing, {@code date} is before the receipt,
     *     {@code paid} is out of range, {@code fee} is negative, or a fee is given for an
     *     instrument that covered no invoice
     * @throws CurrencyMismatchException if {@code paid} or {@code fee} is in another currency
     * @throws NotFoundException if the instrument is not stored
     * @throws InstrumentStateException if it cleared, or bounced before with another paid part
     */
    StoredInstrument bounce(
            CompanyId companyId,
            InstrumentId instrumentId,
            LocalDate date,
            MonetaryAmount paid,
            MonetaryAmount fee);

    /**
     * Endorses (ciro) the instrument to a supplier as a payment of ours: records a payment of its
     * face amount to the supplier, allocated to our payables oldest first, and appends {@code
     * InstrumentEndorsed}. The customer's items stay provisionally covered until it clears.
     *
     * @throws InvalidInputException if an argument is missing or {@code date} is before the receipt
     * @throws NotFoundException if the instrument or the supplier is not stored
     * @throws InstrumentStateException if it is not in the portfolio, or was endorsed to another
     *     supplier
     */
    StoredInstrument endorse(
            CompanyId companyId,
            InstrumentId instrumentId,
            CounterpartyId supplier,
            LocalDate date);

    /**
     * Gives the instrument to a bank for collection or as collateral, and appends {@code
     * InstrumentHandedToBank}.
     *
     * @param purpose {@link InstrumentStatus#AT_BANK_FOR_COLLECTION} or {@link
     *     InstrumentStatus#AT_BANK_AS_COLLATERAL}
     * @param bank the bank's name, not blank, at most 200 characters
     * @throws InvalidInputException if an argument is missing, the purpose is another status, the
     *     bank is blank or too long, or {@code date} is before the receipt
     * @throws NotFoundException if the instrument is not stored
     * @throws InstrumentStateException if it is not in the portfolio, or is at another bank or for
     *     another purpose
     */
    StoredInstrument handToBank(
            CompanyId companyId,
            InstrumentId instrumentId,
            InstrumentStatus purpose,
            String bank,
            LocalDate date);

    /**
     * Takes the instrument back from the bank into the portfolio, and appends {@code
     * InstrumentReturnedToPortfolio}.
     *
     * @throws InvalidInputException if an argument is missing or {@code date} is before the receipt
     * @throws NotFoundException if the instrument is not stored
     * @throws InstrumentStateException if it is not at a bank
     */
    StoredInstrument returnToPortfolio(
            CompanyId companyId, InstrumentId instrumentId, LocalDate date);

    /** Returns the instrument, or empty if the company has none with this id. */
    Optional<StoredInstrument> find(CompanyId companyId, InstrumentId instrumentId);
}
