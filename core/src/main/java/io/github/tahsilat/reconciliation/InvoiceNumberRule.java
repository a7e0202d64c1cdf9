package io.github.tahsilat.reconciliation;

import io.github.tahsilat.internal.reconciliation.TextFolding;
import java.util.List;

/** Finds invoice numbers in the remittance text and structured reference. */
final class InvoiceNumberRule implements MatchRule {

    static final String NAME = "invoice-number";
    static final int POINTS = 60;

    private static final String DETAIL_START = "text names invoice ";
    private static final String DETAIL_BEFORE_WINDOW = " as ";

    /** Shorter keys, such as {@code 12}, occur in too many texts by chance. */
    static final int MIN_KEY_LENGTH = 3;

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Looks up the key of every {@link LineContext#textWindows() text window}, then of the
     * structured reference. A window's key is hashed from its tokens, and only a window whose hash
     * the index has is built as text, so most windows cost no allocation. The windows are visited
     * in the order {@code textWindows()} lists them; a repeated window is visited again and records
     * nothing new, because its reason equals the first one.
     */
    @Override
    public void apply(LineContext line, Findings findings) {
        List<String> tokens = line.tokens();
        TextKeyHash window = new TextKeyHash();
        for (int start = 0; start < tokens.size(); start++) {
            window.reset();
            int end = Math.min(tokens.size(), start + LineContext.MAX_WINDOW_TOKENS);
            for (int i = start; i < end; i++) {
                window.append(tokens.get(i));
                if (window.numberKeyLength() >= MIN_KEY_LENGTH
                        && line.index().mayHaveInvoiceNumberKey(window.numberKeyHash())) {
                    match(line, String.join("", tokens.subList(start, i + 1)), findings);
                }
            }
        }
        line.line()
                .structuredReference()
                .ifPresent(reference -> match(line, reference.value(), findings));
    }

    private static void match(LineContext line, String window, Findings findings) {
        String key = TextFolding.invoiceNumberKey(window);
        if (key.length() < MIN_KEY_LENGTH) {
            return;
        }
        for (OpenItemCandidate item : line.index().findByInvoiceNumber(key)) {
            findings.addItem(item, reason(item.invoiceNumber(), window));
        }
    }

    /** Returns the reason for an item numbered {@code invoiceNumber} that {@code window} names. */
    static MatchReason reason(String invoiceNumber, String window) {
        return new MatchReason(
                NAME,
                DETAIL_START + invoiceNumber + DETAIL_BEFORE_WINDOW + window,
                POINTS,
                MatchReason.Kind.REFERENCE);
    }

    /**
     * Returns the length of the detail of {@link #reason} for {@code invoiceNumber} and a window of
     * {@code windowLength} characters.
     */
    static long detailLength(String invoiceNumber, long windowLength) {
        return DETAIL_START.length()
                + invoiceNumber.length()
                + DETAIL_BEFORE_WINDOW.length()
                + windowLength;
    }
}
