package io.github.tahsilat.persistence.spi.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A bank entry that reconciliation has booked, stored under one of its idempotency keys so that the
 * entry books once however often its statement is imported. An entry with a bank reference is
 * stored twice, under its reference key and under its marked content key, with equal other
 * components. The marked content key has the entry's occurrence number, or the lowest free one when
 * an entry of equal content already has that key. Records are never updated.
 *
 * @param companyId the owning company
 * @param entryKey the idempotency key, such as {@code ref:<account>:<reference>} or {@code
 *     sha256:<hex>#1}, 1 to {@value #MAX_KEY_LENGTH} characters, not blank
 * @param statementId the id of the statement or notification that carried the entry, 1 to {@value
 *     #MAX_ID_LENGTH} characters, not blank
 * @param accountId the company's account, such as its IBAN, 1 to {@value #MAX_ID_LENGTH}
 *     characters, not blank
 * @param bookingDate the day the bank booked the entry; its epoch day fits in an int
 * @param amountMinor the signed amount in minor units of {@code currency}, not zero: positive for
 *     money received
 * @param currency the ISO 4217 code of the amount
 * @param endToEndId the payer's end-to-end id, or empty; when present, 1 to {@value #MAX_ID_LENGTH}
 *     characters, not blank
 * @param decision what booking decided
 * @param paymentId the payment the entry produced ({@code BOOKED}) or reversed ({@code REVERSED});
 *     empty exactly when the decision is {@code IGNORED}. For an entry booked as several payments,
 *     such as one per counterparty, the first of them.
 * @param additionalPaymentIds the other payments the entry produced or reversed, after {@code
 *     paymentId}, in booking order, possibly none; none for {@code IGNORED}, never {@code
 *     paymentId} itself, each at most once
 * @param lastWrite who booked it and when
 */
public record BankEntryRecord(
        UUID companyId,
        String entryKey,
        String statementId,
        String accountId,
        LocalDate bookingDate,
        long amountMinor,
        String currency,
        Optional<String> endToEndId,
        BankEntryDecision decision,
        Optional<UUID> paymentId,
        List<UUID> additionalPaymentIds,
        WriteStamp lastWrite) {

    /** The maximum length of {@link #entryKey()}. */
    public static final int MAX_KEY_LENGTH = 200;

    /** The maximum length of {@link #statementId()}, {@link #accountId()} and the end-to-end id. */
    public static final int MAX_ID_LENGTH = 140;

    /**
     * Checks every component.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if a text is blank or too long, the date is out of range,
     *     the amount is zero, the currency code is malformed, the payment id is present for {@code
     *     IGNORED} or missing for another decision, or an additional payment id is given for {@code
     *     IGNORED}, repeats or equals the payment id
     */
    public BankEntryRecord {
        Objects.requireNonNull(companyId, "companyId");
        Checks.text(entryKey, "entryKey");
        maxLength(entryKey, MAX_KEY_LENGTH, "entryKey");
        Checks.text(statementId, "statementId");
        maxLength(statementId, MAX_ID_LENGTH, "statementId");
        Checks.text(accountId, "accountId");
        maxLength(accountId, MAX_ID_LENGTH, "accountId");
        Checks.epochDayDate(bookingDate, "bookingDate");
        if (amountMinor == 0) {
            throw Checks.invalid("amountMinor", 0, "a signed amount other than 0");
        }
        Checks.currency(currency, "currency");
        Checks.optionalText(endToEndId, "endToEndId");
        endToEndId.ifPresent(id -> maxLength(id, MAX_ID_LENGTH, "endToEndId"));
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(paymentId, "paymentId");
        if (paymentId.isPresent() == (decision == BankEntryDecision.IGNORED)) {
            throw Checks.invalid(
                    "paymentId",
                    paymentId.map(UUID::toString).orElse("empty"),
                    "a payment id for BOOKED and REVERSED, and none for IGNORED");
        }
        additionalPaymentIds = List.copyOf(additionalPaymentIds);
        if (paymentId.isEmpty() && !additionalPaymentIds.isEmpty()) {
            throw Checks.invalid(
                    "additionalPaymentIds",
                    additionalPaymentIds,
                    "no payment ids for IGNORED, which books nothing");
        }
        Set<UUID> distinct = new HashSet<>(additionalPaymentIds);
        paymentId.ifPresent(distinct::add);
        if (distinct.size() != additionalPaymentIds.size() + (paymentId.isPresent() ? 1 : 0)) {
            throw Checks.invalid(
                    "additionalPaymentIds",
                    additionalPaymentIds,
                    "each payment once, other than paymentId");
        }
        Objects.requireNonNull(lastWrite, "lastWrite");
    }

    /**
     * Creates a record of an entry that produced or reversed at most one payment, with no
     * additional payment ids.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException under the conditions of the canonical constructor
     */
    public BankEntryRecord(
            UUID companyId,
            String entryKey,
            String statementId,
            String accountId,
            LocalDate bookingDate,
            long amountMinor,
            String currency,
            Optional<String> endToEndId,
            BankEntryDecision decision,
            Optional<UUID> paymentId,
            WriteStamp lastWrite) {
        this(
                companyId,
                entryKey,
                statementId,
                accountId,
                bookingDate,
                amountMinor,
                currency,
                endToEndId,
                decision,
                paymentId,
                List.of(),
                lastWrite);
    }

    /** Returns every payment the entry produced or reversed: {@code paymentId}, then the others. */
    public List<UUID> paymentIds() {
        List<UUID> all = new ArrayList<>(additionalPaymentIds.size() + 1);
        paymentId.ifPresent(all::add);
        all.addAll(additionalPaymentIds);
        return List.copyOf(all);
    }

    /** Returns a copy stored under another key, for the second key of an entry. */
    public BankEntryRecord withEntryKey(String otherKey) {
        return new BankEntryRecord(
                companyId,
                otherKey,
                statementId,
                accountId,
                bookingDate,
                amountMinor,
                currency,
                endToEndId,
                decision,
                paymentId,
                additionalPaymentIds,
                lastWrite);
    }

    private static void maxLength(String value, int max, String field) {
        if (value.length() > max) {
            throw Checks.invalid(field, value, "at most " + max + " characters");
        }
    }
}
