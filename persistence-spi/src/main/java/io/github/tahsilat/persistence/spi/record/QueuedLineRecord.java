package io.github.tahsilat.persistence.spi.record;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A bank line that an import left unmatched or only proposed, kept for a person with its best
 * suggestions as of that import. The line is identified by its bank-entry key, the key {@link
 * BankEntryRecord} uses, so a re-import of the same statement queues nothing twice.
 *
 * @param companyId the owning company
 * @param entryKey the bank-entry key of the line, 1 to {@value BankEntryRecord#MAX_KEY_LENGTH}
 *     characters, not blank
 * @param statementId the statement or notification whose import queued the line, which booking the
 *     line later stores with its bank entry; 1 to {@value BankEntryRecord#MAX_ID_LENGTH}
 *     characters, not blank
 * @param accountId the company's account, 1 to {@value BankEntryRecord#MAX_ID_LENGTH} characters
 * @param bookingDate the day the bank booked the line; its epoch day fits in an int
 * @param valueDate the value date, or empty
 * @param amountMinor the signed amount in minor units of {@code currency}, not zero
 * @param currency the ISO 4217 code of the amount
 * @param counterpartyName the counterparty's name, or empty; at most {@value #MAX_TEXT} characters
 * @param counterpartyIban the counterparty's IBAN, or empty; at most {@value
 *     BankEntryRecord#MAX_ID_LENGTH} characters
 * @param remittance the remittance text, or empty; at most {@value #MAX_TEXT} characters
 * @param endToEndId the payer's end-to-end id, or empty; at most {@value
 *     BankEntryRecord#MAX_ID_LENGTH} characters
 * @param chargesMinor the fees the company's bank deducted from the line, in minor units of {@code
 *     currency}, zero or more, so that booking the line later records what the payer sent
 * @param contentKey the line's content key when {@code entryKey} is its bank-reference key, so that
 *     booking the line later stores every key an import would; empty when {@code entryKey} is the
 *     content key. At most {@value BankEntryRecord#MAX_KEY_LENGTH} characters.
 * @param suggestions the best suggestions, highest score first, possibly none, each invoice once
 * @param queued who queued the line and when
 * @param resolution how the line left the queue, or empty while it is open
 */
public record QueuedLineRecord(
        UUID companyId,
        String entryKey,
        String statementId,
        String accountId,
        LocalDate bookingDate,
        Optional<LocalDate> valueDate,
        long amountMinor,
        String currency,
        Optional<String> counterpartyName,
        Optional<String> counterpartyIban,
        Optional<String> remittance,
        Optional<String> endToEndId,
        long chargesMinor,
        Optional<String> contentKey,
        List<LineSuggestion> suggestions,
        WriteStamp queued,
        Optional<QueueResolution> resolution) {

    /** The maximum length of the counterparty name and the remittance text. */
    public static final int MAX_TEXT = 1000;

    /**
     * Checks every component.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if a text is blank or too long, a date is out of range, the
     *     amount is zero, the charges are negative, the currency code is malformed, suggestions are
     *     not ordered by score from highest, or an invoice is suggested twice
     */
    public QueuedLineRecord {
        Objects.requireNonNull(companyId, "companyId");
        QueueChecks.text(entryKey, BankEntryRecord.MAX_KEY_LENGTH, "entryKey");
        QueueChecks.text(statementId, BankEntryRecord.MAX_ID_LENGTH, "statementId");
        QueueChecks.text(accountId, BankEntryRecord.MAX_ID_LENGTH, "accountId");
        Checks.epochDayDate(bookingDate, "bookingDate");
        Objects.requireNonNull(valueDate, "valueDate");
        valueDate.ifPresent(date -> Checks.epochDayDate(date, "valueDate"));
        if (amountMinor == 0) {
            throw Checks.invalid("amountMinor", 0, "a signed amount other than 0");
        }
        Checks.currency(currency, "currency");
        QueueChecks.optionalText(counterpartyName, MAX_TEXT, "counterpartyName");
        QueueChecks.optionalText(
                counterpartyIban, BankEntryRecord.MAX_ID_LENGTH, "counterpartyIban");
        QueueChecks.optionalText(remittance, MAX_TEXT, "remittance");
        QueueChecks.optionalText(endToEndId, BankEntryRecord.MAX_ID_LENGTH, "endToEndId");
        if (chargesMinor < 0) {
            throw Checks.invalid("chargesMinor", chargesMinor, "0 or more");
        }
        QueueChecks.optionalText(contentKey, BankEntryRecord.MAX_KEY_LENGTH, "contentKey");
        suggestions = List.copyOf(suggestions);
        checkSuggestions(suggestions);
        Objects.requireNonNull(queued, "queued");
        Objects.requireNonNull(resolution, "resolution");
    }

    /** Returns whether the line is still waiting for a person. */
    public boolean isOpen() {
        return resolution.isEmpty();
    }

    /** Returns a copy resolved as given. */
    public QueuedLineRecord resolved(QueueResolution how) {
        return new QueuedLineRecord(
                companyId,
                entryKey,
                statementId,
                accountId,
                bookingDate,
                valueDate,
                amountMinor,
                currency,
                counterpartyName,
                counterpartyIban,
                remittance,
                endToEndId,
                chargesMinor,
                contentKey,
                suggestions,
                queued,
                Optional.of(how));
    }

    private static void checkSuggestions(List<LineSuggestion> suggestions) {
        HashSet<UUID> invoices = new HashSet<>();
        int previous = Integer.MAX_VALUE;
        for (LineSuggestion suggestion : suggestions) {
            if (!invoices.add(suggestion.invoiceId())) {
                throw Checks.invalid(
                        "suggestions", suggestion.invoiceId(), "each invoice suggested once");
            }
            if (suggestion.score() > previous) {
                throw Checks.invalid(
                        "suggestions", suggestion.score(), "scores from highest to lowest");
            }
            previous = suggestion.score();
        }
    }
}
