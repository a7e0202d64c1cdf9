package io.github.tahsilat.service.instrument;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.instrument.InstrumentId;
import io.github.tahsilat.instrument.InstrumentKind;
import io.github.tahsilat.instrument.InstrumentStatus;
import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * A cheque or promissory note as stored, with its current status. Its steps are in the ledger and
 * the event log. Immutable and thread-safe.
 *
 * @param id the instrument's id
 * @param companyId the company that received it
 * @param counterpartyId the counterparty who gave it
 * @param kind cheque or promissory note
 * @param serialNumber the number printed on it
 * @param drawer the drawer and drawee bank as printed
 * @param receivedOn the day it was received
 * @param maturity the day it falls due
 * @param amount the face amount
 * @param paidOnBounce the part paid when it bounced, otherwise zero
 * @param unapplied the credit it left after it cleared that refunds and set-offs may still use,
 *     zero until it clears
 * @param status the current status
 * @param holder the bank or the endorsee's counterparty id holding it, empty while the company does
 * @param version the stored version, from 1
 */
public record StoredInstrument(
        InstrumentId id,
        CompanyId companyId,
        CounterpartyId counterpartyId,
        InstrumentKind kind,
        String serialNumber,
        String drawer,
        LocalDate receivedOn,
        LocalDate maturity,
        MonetaryAmount amount,
        MonetaryAmount paidOnBounce,
        MonetaryAmount unapplied,
        InstrumentStatus status,
        String holder,
        long version) {

    /**
     * Checks that every part is present.
     *
     * @throws NullPointerException if a part is {@code null}
     */
    public StoredInstrument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(drawer, "drawer");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(maturity, "maturity");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(paidOnBounce, "paidOnBounce");
        Objects.requireNonNull(unapplied, "unapplied");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(holder, "holder");
    }
}
