package io.github.tahsilat.reconciliation;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.identifier.Iban;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.MinorAmount;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * One booked line of a company's bank account, as reconciliation reads it: what a statement entry
 * (camt.053 {@code Ntry}, camt.054 notification, MT940 {@code :61:} with {@code :86:}) records
 * about one incoming or outgoing payment, independent of the file format.
 *
 * <p>{@code amount} carries the sign of the booking: positive for money received, negative for
 * money that left the account, such as a returned direct debit. {@code charges} are the fees the
 * company's bank deducted from this entry and included in its amount. Reconciliation adds them back
 * to find what the payer sent, or for a debit the payment it returns, and reports them apart, so
 * that a fee is never set against the customer. A debit's amount includes its charges, so they are
 * at most the amount without its sign. A debit whose charges equal its amount books only the bank's
 * fees ({@link #isChargesOnly()}). {@link #toString()} leaves out the counterparty's name, IBAN and
 * the remittance text, which may be personal data. Build one with {@link #builder()}. Immutable and
 * thread-safe.
 *
 * @param accountId the company's account the line was booked on, such as its IBAN, 1 to 70
 *     characters, not blank
 * @param bookingDate the day the bank booked the entry
 * @param valueDate the value date, the booking date when the bank gives none
 * @param amount the signed amount, not zero, at most as many decimals as its currency's minor unit
 * @param accountServicerReference the bank's unique reference for the entry ({@code AcctSvcrRef}),
 *     or empty; notifications often lack it while the day's statement carries it
 * @param endToEndId the payer's end-to-end id, or empty ({@code NOTPROVIDED} should be empty)
 * @param counterpartyName the payer's name (the payee's for money out), or empty
 * @param counterpartyIban the payer's account, or empty
 * @param structuredReference the structured reference the payer quoted, or empty
 * @param remittanceText the unstructured remittance text, possibly empty but never {@code null}
 * @param charges the positive fees the company's bank deducted from this entry, possibly empty;
 *     each in the line's currency, in total at most the amount without its sign when the amount is
 *     negative
 * @param reversal whether the bank marks the entry as reversing an earlier one
 * @param batch the statement's description of the batch when the line books a batch of transactions
 *     as one total, or empty for a single transaction or a transaction split out of a batch
 */
public record BankLine(
        @NotBlank @Size(max = BankLine.MAX_ACCOUNT_ID_LENGTH) String accountId,
        @NotNull LocalDate bookingDate,
        @NotNull LocalDate valueDate,
        @NotNull MonetaryAmount amount,
        @NotNull Optional<@Pattern(regexp = BankLine.NOT_BLANK) String> accountServicerReference,
        @NotNull Optional<@Pattern(regexp = BankLine.NOT_BLANK) String> endToEndId,
        @NotNull Optional<@Pattern(regexp = BankLine.NOT_BLANK) String> counterpartyName,
        @NotNull Optional<@Valid Iban> counterpartyIban,
        @NotNull Optional<@Valid StructuredReference> structuredReference,
        @NotNull @Size(max = BankLine.MAX_REMITTANCE_LENGTH) String remittanceText,
        @NotNull List<@NotNull MonetaryAmount> charges,
        boolean reversal,
        @NotNull Optional<@Valid BatchBooking> batch) {

    /** The pattern of an optional text that is present: at least one character not a space. */
    public static final String NOT_BLANK = "(?s).*\\S.*";

    /** The maximum length of {@link #accountId()}. */
    public static final int MAX_ACCOUNT_ID_LENGTH = 70;

    /** The maximum length of {@link #remittanceText()}, ten ISO 20022 lines of 140 characters. */
    public static final int MAX_REMITTANCE_LENGTH = 1400;

    private static final String RANGE = ", the range of a long count of minor units";

    /**
     * Checks every field and copies the charges.
     *
     * @throws InvalidInputException if a field is {@code null}; if {@code accountId} is blank or
     *     longer than 70 characters; if an optional text is present but blank; if {@code
     *     remittanceText} is longer than 1,400 characters; if {@code amount} is zero or has more
     *     decimals than its currency; if a charge is not positive, has more decimals than its
     *     currency or is in another currency than {@code amount}; if the charges in total, or the
     *     amount plus the charges, lie outside the range of a long count of minor units; or if
     *     {@code amount} is negative and the charges in total exceed it without its sign
     */
    public BankLine {
        InputChecks.text(accountId, "accountId", MAX_ACCOUNT_ID_LENGTH);
        InputChecks.present(bookingDate, "bookingDate", "the booking date");
        InputChecks.present(valueDate, "valueDate", "the value date");
        InputChecks.present(amount, "amount", "the signed amount of the entry");
        if (amount.isZero()) {
            throw new InvalidInputException("amount", amount, "an amount other than zero");
        }
        long amountUnits = Amounts.toMinor(amount, "amount").units();
        optionalText(accountServicerReference, "accountServicerReference");
        optionalText(endToEndId, "endToEndId");
        optionalText(counterpartyName, "counterpartyName");
        InputChecks.present(counterpartyIban, "counterpartyIban", "an IBAN or Optional.empty()");
        InputChecks.present(
                structuredReference, "structuredReference", "a reference or Optional.empty()");
        InputChecks.present(remittanceText, "remittanceText", "text, possibly empty");
        if (remittanceText.length() > MAX_REMITTANCE_LENGTH) {
            throw new InvalidInputException(
                    "remittanceText",
                    InputChecks.redacted(remittanceText),
                    "at most " + MAX_REMITTANCE_LENGTH + " characters");
        }
        charges = List.copyOf(InputChecks.present(charges, "charges", "a list, possibly empty"));
        long chargeUnits = 0;
        for (MonetaryAmount charge : charges) {
            chargeUnits = addCharge(chargeUnits, charge, amount);
        }
        checkGross(amountUnits, chargeUnits, amount.getCurrency());
        checkDebitCharges(amountUnits, chargeUnits, amount.getCurrency());
        InputChecks.present(batch, "batch", "a batch booking or Optional.empty()");
    }

    /**
     * Creates a line that is not a batch total, as {@link BankLine the canonical constructor} with
     * an empty {@code batch}.
     *
     * @throws InvalidInputException under the conditions of the canonical constructor
     */
    public BankLine(
            String accountId,
            LocalDate bookingDate,
            LocalDate valueDate,
            MonetaryAmount amount,
            Optional<String> accountServicerReference,
            Optional<String> endToEndId,
            Optional<String> counterpartyName,
            Optional<Iban> counterpartyIban,
            Optional<StructuredReference> structuredReference,
            String remittanceText,
            List<MonetaryAmount> charges,
            boolean reversal) {
        this(
                accountId,
                bookingDate,
                valueDate,
                amount,
                accountServicerReference,
                endToEndId,
                counterpartyName,
                counterpartyIban,
                structuredReference,
                remittanceText,
                charges,
                reversal,
                Optional.empty());
    }

    /** Returns an empty builder; account id, booking date and amount are required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns whether the line returns or reverses a payment: money left the account or the bank
     * marks the entry as a reversal, and the line books more than charges. A line for which {@link
     * #isChargesOnly()} returns true reverses nothing, so this method returns false for it.
     */
    public boolean isReturnOrReversal() {
        return (reversal || amount.isNegative()) && !isChargesOnly();
    }

    /**
     * Returns whether the line books only the bank's fees: a debit whose charges equal its amount
     * without its sign, such as -5.00 with a charge of 5.00. Its {@link #grossAmount()} is zero,
     * because no payment was received or returned.
     */
    public boolean isChargesOnly() {
        return amount.isNegative() && !charges.isEmpty() && grossAmount().isZero();
    }

    /**
     * Returns what the payer sent: the amount plus the charges the company's bank deducted. Its
     * minor units, like the amount's, lie within {@code -Long.MAX_VALUE} to {@code Long.MAX_VALUE}.
     */
    public MonetaryAmount grossAmount() {
        MonetaryAmount gross = amount;
        for (MonetaryAmount charge : charges) {
            gross = gross.add(charge);
        }
        return gross;
    }

    /** Returns the account, dates, amount and flags, without personal data, for logs. */
    @Override
    public String toString() {
        return "BankLine[accountId="
                + accountId
                + ", bookingDate="
                + bookingDate
                + ", valueDate="
                + valueDate
                + ", amount="
                + amount
                + ", accountServicerReference="
                + accountServicerReference.orElse("")
                + ", reversal="
                + reversal
                + ", batch="
                + batch.isPresent()
                + "]";
    }

    private static void optionalText(Optional<String> value, String field) {
        InputChecks.present(value, field, "text or Optional.empty()");
        if (value.isPresent() && value.get().isBlank()) {
            throw new InvalidInputException(field, "\"\"", "text that is not blank, or empty");
        }
    }

    /**
     * Checks {@code charge} and returns its minor units plus {@code total}, the units of the
     * charges before it. A sum past {@code Long.MAX_VALUE} is rejected, because the charges' total
     * is converted to minor units when the line is booked or queued.
     */
    private static long addCharge(long total, MonetaryAmount charge, MonetaryAmount amount) {
        long units = checkCharge(charge, amount);
        if (units > Long.MAX_VALUE - total) {
            throw new InvalidInputException(
                    "charges",
                    charge + ", bringing the charges to " + sum(total, units, amount.getCurrency()),
                    "fees adding up to at most " + maxAmount(amount.getCurrency()) + RANGE);
        }
        return total + units;
    }

    /**
     * Rejects charges that take {@link #grossAmount()} past {@code Long.MAX_VALUE} minor units,
     * because matching converts it to minor units and negates it for a return.
     */
    private static void checkGross(long amountUnits, long chargeUnits, CurrencyUnit currency) {
        // The charges are positive, so the gross amount of a negative line stays at
        // -Long.MAX_VALUE or above, and only a positive amount can pass Long.MAX_VALUE.
        if (amountUnits > Long.MAX_VALUE - chargeUnits) {
            throw new InvalidInputException(
                    "charges",
                    sum(chargeUnits, 0, currency) + " in total",
                    "fees that keep the amount plus charges, "
                            + sum(amountUnits, chargeUnits, currency)
                            + ", at most "
                            + maxAmount(currency)
                            + RANGE);
        }
    }

    /**
     * Rejects charges greater than a debit's amount without its sign. A debit's amount includes the
     * charges the bank deducted, so -105.00 with a charge of 5.00 returns a payment of 100.00. With
     * -1.00 and 5.00 the gross amount would be +4.00, money received on a line that paid money out.
     */
    private static void checkDebitCharges(
            long amountUnits, long chargeUnits, CurrencyUnit currency) {
        if (amountUnits < 0 && chargeUnits > -amountUnits) {
            throw new InvalidInputException(
                    "charges",
                    sum(chargeUnits, 0, currency)
                            + " in total on the amount "
                            + sum(amountUnits, 0, currency),
                    "fees of at most "
                            + sum(-amountUnits, 0, currency)
                            + ", because a debit's amount includes its charges; pass only the"
                            + " charges that the entry's amount includes");
        }
    }

    /** Returns {@code a + b} minor units as major units and the currency's code. */
    private static String sum(long a, long b, CurrencyUnit currency) {
        BigInteger units = BigInteger.valueOf(a).add(BigInteger.valueOf(b));
        BigDecimal major = new BigDecimal(units, MinorAmount.fractionDigits(currency));
        return major.toPlainString() + " " + currency.getCurrencyCode();
    }

    /** Returns {@code Long.MAX_VALUE} minor units as major units and the currency's code. */
    private static String maxAmount(CurrencyUnit currency) {
        return sum(Long.MAX_VALUE, 0, currency);
    }

    private static long checkCharge(MonetaryAmount charge, MonetaryAmount amount) {
        InputChecks.present(charge, "charges", "no null element");
        if (!charge.isPositive()) {
            throw new InvalidInputException("charges", charge, "a fee greater than zero");
        }
        if (!charge.getCurrency().equals(amount.getCurrency())) {
            throw new InvalidInputException(
                    "charges",
                    charge,
                    "a fee in the line's currency " + amount.getCurrency().getCurrencyCode());
        }
        return Amounts.toMinor(charge, "charges").units();
    }

    /**
     * Builds a {@link BankLine}. The value date defaults to the booking date, the optional parts to
     * empty and the remittance text to {@code ""}. Not thread-safe.
     */
    public static final class Builder {
        private String accountId;
        private LocalDate bookingDate;
        private LocalDate valueDate;
        private MonetaryAmount amount;
        private String accountServicerReference;
        private String endToEndId;
        private String counterpartyName;
        private Iban counterpartyIban;
        private StructuredReference structuredReference;
        private String remittanceText = "";
        private final List<MonetaryAmount> charges = new ArrayList<>();
        private boolean reversal;
        private BatchBooking batch;

        private Builder() {}

        /** Sets the company's account, such as its IBAN; required. */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** Sets the booking date; required. */
        public Builder bookingDate(LocalDate bookingDate) {
            this.bookingDate = bookingDate;
            return this;
        }

        /** Sets the value date; the booking date when not set. */
        public Builder valueDate(LocalDate valueDate) {
            this.valueDate = valueDate;
            return this;
        }

        /** Sets the signed amount; required. */
        public Builder amount(MonetaryAmount amount) {
            this.amount = amount;
            return this;
        }

        /** Sets the bank's entry reference ({@code AcctSvcrRef}), or {@code null} for none. */
        public Builder accountServicerReference(String reference) {
            this.accountServicerReference = reference;
            return this;
        }

        /** Sets the end-to-end id, or {@code null} for none. */
        public Builder endToEndId(String endToEndId) {
            this.endToEndId = endToEndId;
            return this;
        }

        /** Sets the counterparty's name, or {@code null} for none. */
        public Builder counterpartyName(String name) {
            this.counterpartyName = name;
            return this;
        }

        /** Sets the counterparty's IBAN, or {@code null} for none. */
        public Builder counterpartyIban(Iban iban) {
            this.counterpartyIban = iban;
            return this;
        }

        /** Sets the structured reference, or {@code null} for none. */
        public Builder structuredReference(StructuredReference reference) {
            this.structuredReference = reference;
            return this;
        }

        /** Sets the remittance text; {@code ""} when not set. */
        public Builder remittanceText(String text) {
            this.remittanceText = text;
            return this;
        }

        /** Adds a fee the company's bank deducted from the entry. */
        public Builder charge(MonetaryAmount charge) {
            charges.add(charge);
            return this;
        }

        /** Sets whether the bank marks the entry as a reversal. */
        public Builder reversal(boolean reversal) {
            this.reversal = reversal;
            return this;
        }

        /** Marks the line as the total of a batch, or {@code null} for a single transaction. */
        public Builder batch(BatchBooking batch) {
            this.batch = batch;
            return this;
        }

        /**
         * Builds the line.
         *
         * @throws InvalidInputException if a required field is missing or a field breaks a rule of
         *     {@link BankLine#BankLine the constructor}
         */
        public BankLine build() {
            return new BankLine(
                    accountId,
                    bookingDate,
                    valueDate != null ? valueDate : bookingDate,
                    amount,
                    Optional.ofNullable(accountServicerReference),
                    Optional.ofNullable(endToEndId),
                    Optional.ofNullable(counterpartyName),
                    Optional.ofNullable(counterpartyIban),
                    Optional.ofNullable(structuredReference),
                    remittanceText,
                    charges,
                    reversal,
                    Optional.ofNullable(batch));
        }
    }
}
