package io.github.tahsilat.reconciliation;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.MinorAmount;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * The decisions of {@link CompactBankLineMatcher} for each line of a {@link CompactBankLines}, kept
 * in arrays: per line the status, the item's slot or -1, the score, the rule that found the item,
 * the text window that named its invoice number and the amounts in minor units. Public amounts,
 * proposals and explanations are built only when read.
 *
 * <p>The result keeps the invoice number and counterparty of each matched item as the index had
 * them, so later changes to the index do not change it. It reads the remittance text of a line from
 * the lines, which never change, to rebuild an explanation. Immutable, and safe to share between
 * threads while no thread adds lines to the {@link CompactBankLines} it was matched from.
 */
public final class CompactMatchResult {

    static final int FOUND_BY_NUMBER = 1;
    static final int EXACT_AMOUNT = 1 << 1;
    static final int PARTIAL_AMOUNT = 1 << 2;
    static final int NAMED_COUNTERPARTY = 1 << 3;
    private static final int AUTO = 1 << 4;
    static final int FOUND_BY_REFERENCE = 1 << 5;

    /** The flags of a reason other than the amount, without which a proposal is never automatic. */
    static final int SUPPORTED = FOUND_BY_NUMBER | FOUND_BY_REFERENCE | NAMED_COUNTERPARTY;

    /** The naming window of a line whose structured reference, not its text, names the number. */
    static final int NO_WINDOW = -1;

    /**
     * The number of low bits of a packed window, which hold its token count less one. Windows of up
     * to {@link LineContext#MAX_WINDOW_TOKENS} = 4 tokens need 2.
     */
    private static final int WINDOW_COUNT_BITS =
            Integer.SIZE - Integer.numberOfLeadingZeros(LineContext.MAX_WINDOW_TOKENS - 1);

    private static final byte MATCHED = 1;
    private static final byte UNDECIDED = 2;

    private final CompactBankLines lines;
    private final int size;
    private final byte[] status;
    private final int[] items;
    private final byte[] scores;
    private final byte[] flags;
    private final long[] indexedUnits;
    private final long[] availableUnits;
    private final String[] invoiceNumbers;
    private final String[] paymentReferences;
    private final int[] counterparties;
    private final int[] namingWindows;

    private CompactMatchResult(Builder builder) {
        this.lines = builder.lines;
        this.size = builder.status.length;
        this.status = builder.status;
        this.items = builder.items;
        this.scores = builder.scores;
        this.flags = builder.flags;
        this.indexedUnits = builder.indexedUnits;
        this.availableUnits = builder.availableUnits;
        this.invoiceNumbers = builder.invoiceNumbers;
        this.paymentReferences = builder.paymentReferences;
        this.counterparties = builder.counterparties;
        this.namingWindows = builder.namingWindows;
    }

    /** Returns the number of lines, the size of the lines when they were matched. */
    public int size() {
        return size;
    }

    /**
     * Returns what the matcher decided for line {@code line}.
     *
     * @throws InvalidInputException if {@code line} is not from 0 to {@code size() - 1}
     */
    public CompactMatchStatus status(int line) {
        checkLine(line);
        return switch (status[line]) {
            case MATCHED -> CompactMatchStatus.MATCHED;
            case UNDECIDED -> CompactMatchStatus.UNDECIDED;
            default -> CompactMatchStatus.UNMATCHED;
        };
    }

    /**
     * Returns the number of lines with {@code status} as their status.
     *
     * @throws InvalidInputException if {@code status} is {@code null}
     */
    public int count(CompactMatchStatus status) {
        InputChecks.present(status, "status", "MATCHED, UNMATCHED or UNDECIDED");
        int count = 0;
        for (int line = 0; line < size; line++) {
            if (status(line) == status) {
                count++;
            }
        }
        return count;
    }

    /**
     * Returns the numbers of the {@link CompactMatchStatus#UNDECIDED} lines in ascending order,
     * which the host passes to {@link BankLineMatcher}.
     */
    public int[] undecidedLines() {
        int[] undecided = new int[size];
        int count = 0;
        for (int line = 0; line < size; line++) {
            if (status[line] == UNDECIDED) {
                undecided[count++] = line;
            }
        }
        return Arrays.copyOf(undecided, count);
    }

    /**
     * Returns the slot of the item line {@code line} pays, or -1 when the line is not matched.
     *
     * @throws InvalidInputException if {@code line} is not from 0 to {@code size() - 1}
     */
    public int item(int line) {
        checkLine(line);
        return items[line];
    }

    /**
     * Returns the invoice number of the item line {@code line} pays, as the index had it when the
     * line was matched, or empty when the line is not matched.
     *
     * @throws InvalidInputException if {@code line} is not from 0 to {@code size() - 1}
     */
    public Optional<String> invoiceNumber(int line) {
        checkLine(line);
        return Optional.ofNullable(invoiceNumbers[line]);
    }

    /**
     * Returns the score of the line's proposal from 0 to 100, or 0 when the line is not matched.
     *
     * @throws InvalidInputException if {@code line} is not from 0 to {@code size() - 1}
     */
    public int score(int line) {
        checkLine(line);
        return scores[line];
    }

    /**
     * Returns the name of the rule that found the line's item, {@code structured-reference}, {@code
     * invoice-number} or {@code exact-amount} as {@link MatchReason#rule()} names them, or empty
     * when the line is not matched.
     *
     * @throws InvalidInputException if {@code line} is not from 0 to {@code size() - 1}
     */
    public Optional<String> rule(int line) {
        checkLine(line);
        if (status[line] != MATCHED) {
            return Optional.empty();
        }
        int found = flags[line];
        if ((found & FOUND_BY_REFERENCE) != 0) {
            return Optional.of(StructuredReferenceRule.NAME);
        }
        return Optional.of(
                (found & FOUND_BY_NUMBER) != 0 ? InvoiceNumberRule.NAME : AmountRule.EXACT_NAME);
    }

    /**
     * Returns the number of the counterparty of the item line {@code line} pays, as the index had
     * it when the line was matched, or -1 when the line is not matched.
     *
     * @throws InvalidInputException if {@code line} is not from 0 to {@code size() - 1}
     */
    public int counterparty(int line) {
        checkLine(line);
        return status[line] == MATCHED ? counterparties[line] : -1;
    }

    /**
     * Returns the open amount of the line's item that the line was matched against, in minor units
     * of the line's currency, or 0 when the line is not matched. It is less than the item's amount
     * in the index when an earlier line of the batch took part of it.
     *
     * @throws InvalidInputException if {@code line} is not from 0 to {@code size() - 1}
     */
    public long outstandingUnits(int line) {
        checkLine(line);
        return status[line] == MATCHED ? availableUnits[line] : 0;
    }

    /**
     * Returns the amount applied to the line's item in minor units of the line's currency, or 0
     * when the line is not matched.
     *
     * @throws InvalidInputException if {@code line} is not from 0 to {@code size() - 1}
     */
    public long appliedUnits(int line) {
        checkLine(line);
        return status[line] == MATCHED ? Math.min(availableUnits[line], lines.amountAt(line)) : 0;
    }

    /**
     * Returns the amount applied to the line's item, zero in the line's currency when the line is
     * not matched. Built on each call.
     *
     * @throws InvalidInputException if {@code line} is not from 0 to {@code size() - 1}
     */
    public MonetaryAmount applied(int line) {
        return new MinorAmount(appliedUnits(line), lines.currencyAt(line)).toMonetaryAmount();
    }

    /**
     * Returns whether the line's proposal may be applied without a person, false when the line is
     * not matched.
     *
     * @throws InvalidInputException if {@code line} is not from 0 to {@code size() - 1}
     */
    public boolean isAuto(int line) {
        checkLine(line);
        return (flags[line] & AUTO) != 0;
    }

    /**
     * Returns the line's proposal, or empty when the line is not matched. Built on each call.
     *
     * @throws InvalidInputException if {@code line} is not from 0 to {@code size() - 1}
     */
    public Optional<CompactProposal> proposal(int line) {
        checkLine(line);
        if (status[line] != MATCHED) {
            return Optional.empty();
        }
        MinorAmount gross = gross(line);
        MinorAmount available = new MinorAmount(availableUnits[line], gross.currency());
        MinorAmount applied = available.min(gross);
        return Optional.of(
                new CompactProposal(
                        line,
                        items[line],
                        invoiceNumbers[line],
                        counterparties[line],
                        gross.toMonetaryAmount(),
                        available.toMonetaryAmount(),
                        applied.toMonetaryAmount(),
                        gross.minus(available).toMonetaryAmount(),
                        gross.minus(applied).toMonetaryAmount(),
                        scores[line],
                        isAuto(line) ? ProposalStatus.AUTO : ProposalStatus.SUGGESTION,
                        explanation(line)));
    }

    /**
     * Returns the reasons for the line's proposal with the wording and order of {@link
     * BankLineMatcher}'s, or an empty list when the line is not matched. The list is unmodifiable
     * and thread-safe. It formats its reasons on first access, except for a long text, where it
     * formats them at once. A list that defers them keeps a reference to the line's text.
     *
     * @throws InvalidInputException if {@code line} is not from 0 to {@code size() - 1}
     */
    public List<MatchReason> explanation(int line) {
        checkLine(line);
        if (status[line] != MATCHED) {
            return List.of();
        }
        int found = flags[line];
        String number = invoiceNumbers[line];
        return new CompactExplanation(
                found,
                number,
                paymentReferences[line],
                (found & FOUND_BY_NUMBER) != 0 ? namingText(line, number) : null,
                namingWindows[line],
                lines.amountAt(line),
                indexedUnits[line],
                lines.currencyAt(line));
    }

    private MinorAmount gross(int line) {
        return new MinorAmount(lines.amountAt(line), lines.currencyAt(line));
    }

    /**
     * Packs the text window of {@code tokenCount} tokens from token {@code firstToken} into an int,
     * as the matcher records the window that names a line's invoice number.
     */
    static int textWindow(int firstToken, int tokenCount) {
        return firstToken << WINDOW_COUNT_BITS | (tokenCount - 1);
    }

    /**
     * Returns the text that names the line's invoice number {@code number}: the remittance text
     * when the matcher recorded a window of it, or else the line's structured reference.
     *
     * @throws IllegalStateException if the line has neither
     */
    private String namingText(int line, String number) {
        if (namingWindows[line] != NO_WINDOW) {
            return lines.textAt(line);
        }
        // No window names the number, so the structured reference did.
        String structured = lines.referenceAt(line);
        if (structured == null) {
            throw new IllegalStateException("no window of line " + line + " names " + number);
        }
        return structured;
    }

    /**
     * Returns the first text window of {@code namingText}, in the order of {@link
     * LineContext#textWindows()}, whose invoice-number key is that of the item's number. The
     * matcher recorded it as {@code window}, so an ASCII text has only that window's characters
     * folded again, and another text is tokenized again whole. For {@link #NO_WINDOW}, {@code
     * namingText} is the structured reference, which is returned as it is.
     */
    static String namingWindow(String namingText, int window) {
        if (window == NO_WINDOW) {
            return namingText;
        }
        return CompactText.window(
                namingText,
                window >>> WINDOW_COUNT_BITS,
                (window & ((1 << WINDOW_COUNT_BITS) - 1)) + 1);
    }

    /**
     * Returns the first window of {@code lineText}, in the order of {@link
     * LineContext#textWindows()}, whose invoice-number key is that of {@code number} and has at
     * least {@code InvoiceNumberRule.MIN_KEY_LENGTH} characters, or {@code null}.
     */
    static String firstNamingWindow(String lineText, String number) {
        // One buffer serves the number and then the text, which replaces the number's tokens.
        CompactText text = new CompactText(Math.max(number.length(), lineText.length()));
        text.tokenize(number);
        char[] storedKey = new char[text.length()];
        int storedLength = CompactText.writeNumberKey(text.chars(), 0, text.length(), storedKey);
        text.tokenize(lineText);
        char[] chars = text.chars();
        char[] windowKey = new char[text.length()];
        for (int start = 0; start < text.tokenCount(); start++) {
            if (!mayStartKey(
                    chars, text.tokenStart(start), text.tokenEnd(start), storedKey, storedLength)) {
                continue;
            }
            int end = Math.min(text.tokenCount(), start + LineContext.MAX_WINDOW_TOKENS);
            for (int t = start; t < end; t++) {
                int from = text.tokenStart(start);
                int to = text.tokenEnd(t);
                int length = CompactText.writeNumberKey(chars, from, to, windowKey);
                if (length >= InvoiceNumberRule.MIN_KEY_LENGTH
                        && Arrays.equals(windowKey, 0, length, storedKey, 0, storedLength)) {
                    return new String(chars, from, to - from);
                }
            }
        }
        return null;
    }

    /**
     * Returns whether a window starting with the token {@code chars[from]} to {@code chars[to]} may
     * have {@code storedKey} as its invoice-number key. A key starts with the first character of
     * its window unless that is a digit, because only leading zeros are dropped. So a window that
     * starts with a letter other than the key's first cannot have the key, and no window has an
     * empty key.
     */
    private static boolean mayStartKey(
            char[] chars, int from, int to, char[] storedKey, int storedLength) {
        if (from >= to) {
            return true;
        }
        char first = chars[from];
        if (first >= '0' && first <= '9') {
            return true;
        }
        return storedLength > 0 && first == storedKey[0];
    }

    private void checkLine(int line) {
        if (line < 0 || line >= size) {
            throw new InvalidInputException(
                    "line", line, "a line number from 0 to " + (size - 1) + ", the lines matched");
        }
    }

    /** Collects the matcher's decisions line by line. Not thread-safe. */
    static final class Builder {
        private final CompactOpenItemIndex index;
        private final CompactBankLines lines;
        private final byte[] status;
        private final int[] items;
        private final byte[] scores;
        private final byte[] flags;
        private final long[] indexedUnits;
        private final long[] availableUnits;
        private final String[] invoiceNumbers;
        private final String[] paymentReferences;
        private final int[] counterparties;
        private final int[] namingWindows;

        Builder(CompactOpenItemIndex index, CompactBankLines lines) {
            this.index = index;
            this.lines = lines;
            int size = lines.size();
            status = new byte[size];
            items = new int[size];
            Arrays.fill(items, -1);
            scores = new byte[size];
            flags = new byte[size];
            indexedUnits = new long[size];
            availableUnits = new long[size];
            invoiceNumbers = new String[size];
            paymentReferences = new String[size];
            counterparties = new int[size];
            namingWindows = new int[size];
        }

        boolean hasItem(int line) {
            return items[line] >= 0;
        }

        /**
         * Records that {@code line} pays the item in {@code slot}, whose indexed outstanding amount
         * is {@code indexed} and of which {@code available} was left in the batch. The caller
         * passes the item's invoice number and counterparty as the index has them, and the text
         * window that names the number as {@link #textWindow} packs it, or {@link #NO_WINDOW}.
         */
        void accept(
                int line,
                int slot,
                int score,
                int found,
                boolean auto,
                long indexed,
                long available,
                String invoiceNumber,
                int counterparty,
                int namingWindow) {
            status[line] = MATCHED;
            items[line] = slot;
            scores[line] = (byte) score;
            flags[line] = (byte) (auto ? found | AUTO : found);
            indexedUnits[line] = indexed;
            availableUnits[line] = available;
            invoiceNumbers[line] = invoiceNumber;
            // Only the explanation of an item found by its reference reads the reference.
            if ((found & FOUND_BY_REFERENCE) != 0) {
                paymentReferences[line] = index.paymentReferenceAt(slot);
            }
            counterparties[line] = counterparty;
            namingWindows[line] = namingWindow;
        }

        void undecided(int line) {
            status[line] = UNDECIDED;
        }

        CompactMatchResult build() {
            return new CompactMatchResult(this);
        }
    }
}
