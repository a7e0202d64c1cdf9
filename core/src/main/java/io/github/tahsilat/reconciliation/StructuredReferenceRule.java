package io.github.tahsilat.reconciliation;

import io.github.tahsilat.internal.reconciliation.Iso11649;

/** Matches the host's payment references, from the structured reference or the text. */
final class StructuredReferenceRule implements MatchRule {

    static final String NAME = "structured-reference";
    static final int POINTS = 70;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(LineContext line, Findings findings) {
        String structured =
                line.line().structuredReference().map(StructuredReference::value).orElse(null);
        if (structured != null) {
            match(line, structured, findings);
        }
        if (line.index().hasPaymentReferences()) {
            for (String window : line.textWindows()) {
                match(line, window, findings);
            }
        } else if (structured != null
                && isInvalidRf(structured)
                && line.textWindows().contains(structured)) {
            // With no reference in the index, a window finds no item. The only window that records
            // anything is one equal to an invalid structured RF reference, which notes it again.
            noteInvalidRf(line, structured, findings);
        }
    }

    private static void match(LineContext line, String reference, Findings findings) {
        if (isInvalidRf(reference)) {
            noteInvalidRf(line, reference, findings);
            return;
        }
        for (OpenItemCandidate item : line.index().findByPaymentReference(reference)) {
            findings.addItem(item, reason(reference, item.invoiceNumber()));
        }
    }

    /**
     * Returns the reason for an item numbered {@code invoiceNumber} that {@code reference} names.
     */
    static MatchReason reason(String reference, String invoiceNumber) {
        return new MatchReason(
                NAME,
                "payment reference " + reference + " was issued for invoice " + invoiceNumber,
                POINTS,
                MatchReason.Kind.REFERENCE);
    }

    /**
     * Returns whether {@code reference} claims to be an RF reference but has wrong check digits.
     */
    static boolean isInvalidRf(String reference) {
        return Iso11649.looksLikeRf(reference) && !Iso11649.isValid(reference);
    }

    private static void noteInvalidRf(LineContext line, String reference, Findings findings) {
        boolean structured =
                line.line()
                        .structuredReference()
                        .map(value -> value.value().equals(reference))
                        .orElse(false);
        if (structured) {
            findings.addNote(
                    new MatchReason(
                            NAME,
                            "RF reference " + reference + " has invalid check digits; ignored",
                            0,
                            MatchReason.Kind.NOTE));
        }
    }
}
