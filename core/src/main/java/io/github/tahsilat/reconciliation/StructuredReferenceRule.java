package io.github.tahsilat.reconciliation;

import io.github.tahsilat.internal.reconciliation.Iso11649;
import java.util.ArrayList;
import java.util.List;

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
        List<String> references = new ArrayList<>();
        line.line().structuredReference().ifPresent(reference -> references.add(reference.value()));
        references.addAll(line.textWindows());
        for (String reference : references) {
            if (Iso11649.looksLikeRf(reference) && !Iso11649.isValid(reference)) {
                noteInvalidRf(line, reference, findings);
                continue;
            }
            for (OpenItemCandidate item : line.index().findByPaymentReference(reference)) {
                findings.addItem(
                        item,
                        new MatchReason(
                                NAME,
                                "payment reference "
                                        + reference
                                        + " was issued for invoice "
                                        + item.invoiceNumber(),
                                POINTS,
                                MatchReason.Kind.REFERENCE));
            }
        }
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
