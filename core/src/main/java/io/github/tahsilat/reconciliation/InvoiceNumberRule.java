package io.github.tahsilat.reconciliation;

import io.github.tahsilat.internal.reconciliation.TextFolding;
import java.util.ArrayList;
import java.util.List;

/** Finds invoice numbers in the remittance text and structured reference. */
final class InvoiceNumberRule implements MatchRule {

    static final String NAME = "invoice-number";
    static final int POINTS = 60;

    /** Shorter keys, such as {@code 12}, occur in too many texts by chance. */
    static final int MIN_KEY_LENGTH = 3;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(LineContext line, Findings findings) {
        List<String> windows = line.textWindows();
        if (line.line().structuredReference().isPresent()) {
            windows = new ArrayList<>(windows);
            windows.add(line.line().structuredReference().get().value());
        }
        for (String window : windows) {
            String key = TextFolding.invoiceNumberKey(window);
            if (key.length() < MIN_KEY_LENGTH) {
                continue;
            }
            for (OpenItemCandidate item : line.index().findByInvoiceNumber(key)) {
                findings.addItem(
                        item,
                        new MatchReason(
                                NAME,
                                "text names invoice " + item.invoiceNumber() + " as " + window,
                                POINTS,
                                MatchReason.Kind.REFERENCE));
            }
        }
    }
}
