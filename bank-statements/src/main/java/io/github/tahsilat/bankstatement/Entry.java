package io.github.tahsilat.bankstatement;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * One booking line of a statement (ISO 20022 {@code Ntry}, MT940 {@code :61:} with its {@code
 * :86:}).
 *
 * <p>{@code amount} carries the sign of the booking: positive for a credit, negative for a debit. A
 * reversal keeps that rule, because the file already states the direction of the reversing booking:
 * an MT940 mark {@code RC} (reversal of credit) is a debit and {@code RD} a credit, and a camt
 * entry with {@code RvslInd} true carries the reversing direction in {@code CdtDbtInd}.
 *
 * @param entryReference the entry reference ({@code NtryRef}; for MT940 the reference for the
 *     account owner), or {@code null}
 * @param accountServicerReference the bank's reference ({@code AcctSvcrRef}; for MT940 the
 *     reference after {@code //}), or {@code null}
 * @param bookingDate the booking date, or {@code null} when the file gives none
 * @param valueDate the value date, or {@code null} when the file gives none
 * @param amount the amount with the sign of the booking, never {@code null}
 * @param status the booking status, never {@code null}
 * @param reversal whether the entry reverses an earlier one
 * @param bankTransactionCode the bank transaction code, or {@link BankTransactionCode#NONE}
 * @param charges the entry's charge records, never {@code null}
 * @param batchTransactionCount the number of transactions a batch booking says it contains ({@code
 *     Btch/NbOfTxs}), or {@code null}; details may be fewer when the bank leaves them out
 * @param details the transactions in the entry, never {@code null}, empty when the bank gives none
 * @param additionalInformation the bank's free text for the entry ({@code AddtlNtryInf}; for MT940
 *     the whole {@code :86:} text), or {@code null}
 */
public record Entry(
        String entryReference,
        String accountServicerReference,
        LocalDate bookingDate,
        LocalDate valueDate,
        MonetaryAmount amount,
        EntryStatus status,
        boolean reversal,
        BankTransactionCode bankTransactionCode,
        List<Charge> charges,
        Integer batchTransactionCount,
        List<TransactionDetails> details,
        String additionalInformation) {

    /**
     * Creates an entry and copies the lists.
     *
     * @throws NullPointerException when {@code amount}, {@code status}, {@code bankTransactionCode}
     *     or a list is null
     */
    public Entry {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(bankTransactionCode, "bankTransactionCode");
        charges = List.copyOf(charges);
        details = List.copyOf(details);
    }

    /** Returns {@code DEBIT} for a negative amount and {@code CREDIT} otherwise. */
    public CreditDebit creditDebit() {
        return amount.isNegative() ? CreditDebit.DEBIT : CreditDebit.CREDIT;
    }

    /** Returns whether the entry is booked, so that it moves the booked balance. */
    public boolean isBooked() {
        return status == EntryStatus.BOOKED;
    }
}
