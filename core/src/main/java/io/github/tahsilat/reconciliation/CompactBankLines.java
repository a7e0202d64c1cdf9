package io.github.tahsilat.reconciliation;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import java.util.Arrays;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * The bank lines of one statement in columns, for {@link CompactBankLineMatcher}: per line the
 * amount the payer sent in minor units, its currency, the remittance text and the payer's name as
 * the bank reports it, if any.
 *
 * <p>The host appends lines with {@link #add}; line numbers count from 0 in the order added. Lines
 * are never changed or removed, so a {@link CompactMatchResult} can read them later. A line with a
 * negative amount, a return or reversal, is passed to the compact matcher like any other, and the
 * matcher leaves it to {@link BankLineMatcher}.
 *
 * <p>Not thread-safe while lines are added; safe to share between threads that only read it
 * afterwards.
 */
public final class CompactBankLines {

    private long[] amounts;
    private CurrencyUnit[] currencies;
    private String[] texts;
    private String[] names;

    /** The compact structured reference of each line, or null. */
    private String[] references;

    private int size;

    /**
     * Creates an empty statement with room for {@code expectedLines} lines before the columns grow.
     *
     * @throws InvalidInputException if {@code expectedLines} is negative
     */
    public CompactBankLines(int expectedLines) {
        if (expectedLines < 0) {
            throw new InvalidInputException("expectedLines", expectedLines, "zero or more");
        }
        amounts = new long[expectedLines];
        currencies = new CurrencyUnit[expectedLines];
        texts = new String[expectedLines];
        names = new String[expectedLines];
        references = new String[expectedLines];
    }

    /**
     * Appends a line without a structured reference and returns its number. The same as {@link
     * #add(long, CurrencyUnit, String, String, String)} with a {@code null} reference.
     *
     * @throws InvalidInputException under the conditions of that method
     */
    public int add(
            long amountUnits,
            CurrencyUnit currency,
            String remittanceText,
            String counterpartyName) {
        return add(amountUnits, currency, remittanceText, counterpartyName, null);
    }

    /**
     * Appends a line and returns its number.
     *
     * @param amountUnits what the payer sent in minor units of {@code currency}: the booked amount
     *     plus any charges the company's bank deducted, negative for a return or reversal, never
     *     zero, because a line that books only charges ({@link BankLine#isChargesOnly()}) goes to
     *     {@link BankLineMatcher}
     * @param currency the line's currency
     * @param remittanceText the remittance text, possibly empty
     * @param counterpartyName the payer's name as the bank reports it, or {@code null} when the
     *     line has none
     * @param structuredReference the structured reference the payer quoted, as printed, or {@code
     *     null}, as {@link BankLine#structuredReference()} carries it
     * @throws InvalidInputException if {@code amountUnits} is zero or {@code Long.MIN_VALUE},
     *     {@code currency} or {@code remittanceText} is {@code null}, the text is longer than
     *     {@value BankLine#MAX_REMITTANCE_LENGTH} characters, {@code counterpartyName} is blank or
     *     longer than 1,000 characters, or {@code structuredReference} has no letter or digit or
     *     more than 35. No {@link BankLine} has the amount {@code Long.MIN_VALUE}, because every
     *     amount of the library can be negated.
     */
    public int add(
            long amountUnits,
            CurrencyUnit currency,
            String remittanceText,
            String counterpartyName,
            String structuredReference) {
        if (amountUnits == 0) {
            throw new InvalidInputException(
                    "amountUnits",
                    0,
                    "an amount other than zero; pass a line that books only charges, whose amount"
                            + " plus charges is zero, to BankLineMatcher");
        }
        if (amountUnits == Long.MIN_VALUE) {
            // Every amount of the library can be negated, so a bank line never has this one.
            throw new InvalidInputException(
                    "amountUnits",
                    amountUnits,
                    "minor units from "
                            + -Long.MAX_VALUE
                            + " to "
                            + Long.MAX_VALUE
                            + ", as a bank line's amount");
        }
        InputChecks.present(currency, "currency", "the line's currency");
        InputChecks.present(remittanceText, "remittanceText", "text, possibly empty");
        if (remittanceText.length() > BankLine.MAX_REMITTANCE_LENGTH) {
            throw new InvalidInputException(
                    "remittanceText",
                    InputChecks.redacted(remittanceText),
                    "at most " + BankLine.MAX_REMITTANCE_LENGTH + " characters");
        }
        if (counterpartyName != null) {
            InputChecks.personalText(counterpartyName, "counterpartyName", 1000);
        }
        String reference =
                structuredReference == null
                        ? null
                        : StructuredReference.compactForm(
                                structuredReference, "structuredReference");
        if (size == amounts.length) {
            grow();
        }
        amounts[size] = amountUnits;
        currencies[size] = currency;
        texts[size] = remittanceText;
        names[size] = counterpartyName;
        references[size] = reference;
        return size++;
    }

    /** Returns the number of lines. */
    public int size() {
        return size;
    }

    /**
     * Returns the amount of line {@code line} in minor units.
     *
     * @throws InvalidInputException if {@code line} is not from 0 to {@code size() - 1}
     */
    public long amountUnits(int line) {
        checkLine(line);
        return amounts[line];
    }

    /**
     * Returns the currency of line {@code line}.
     *
     * @throws InvalidInputException if {@code line} is not from 0 to {@code size() - 1}
     */
    public CurrencyUnit currency(int line) {
        checkLine(line);
        return currencies[line];
    }

    /**
     * Returns the remittance text of line {@code line}.
     *
     * @throws InvalidInputException if {@code line} is not from 0 to {@code size() - 1}
     */
    public String remittanceText(int line) {
        checkLine(line);
        return texts[line];
    }

    /**
     * Returns the payer's name of line {@code line}, or empty when the line has none.
     *
     * @throws InvalidInputException if {@code line} is not from 0 to {@code size() - 1}
     */
    public Optional<String> counterpartyName(int line) {
        checkLine(line);
        return Optional.ofNullable(names[line]);
    }

    // The matcher reads the columns below without range checks.

    long amountAt(int line) {
        return amounts[line];
    }

    CurrencyUnit currencyAt(int line) {
        return currencies[line];
    }

    String textAt(int line) {
        return texts[line];
    }

    /** Returns the payer's name of a line, or {@code null}. */
    String nameAt(int line) {
        return names[line];
    }

    /** Returns the compact structured reference of a line, or {@code null}. */
    String referenceAt(int line) {
        return references[line];
    }

    /**
     * Returns the structured reference of line {@code line} in compact form, or empty when the line
     * has none.
     *
     * @throws InvalidInputException if {@code line} is not from 0 to {@code size() - 1}
     */
    public Optional<String> structuredReference(int line) {
        checkLine(line);
        return Optional.ofNullable(references[line]);
    }

    void checkLine(int line) {
        if (line < 0 || line >= size) {
            throw new InvalidInputException(
                    "line", line, "a line number from 0 to " + (size - 1) + ", the lines added");
        }
    }

    private void grow() {
        int capacity = Math.max(16, amounts.length * 2);
        amounts = Arrays.copyOf(amounts, capacity);
        currencies = Arrays.copyOf(currencies, capacity);
        texts = Arrays.copyOf(texts, capacity);
        names = Arrays.copyOf(names, capacity);
        references = Arrays.copyOf(references, capacity);
    }
}
