package io.github.tahsilat.reconciliation;

import io.github.tahsilat.internal.money.MinorAmount;

/** Marks referenced items whose open amount exceeds the line's by more than the tolerance. */
final class PartialPaymentRule implements MatchRule {

    static final String NAME = "partial-payment";
    static final int POINTS = 10;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(LineContext line, Findings findings) {
        MinorAmount gross = line.grossUnits();
        for (OpenItemCandidate item : findings.referencedItems()) {
            if (!item.outstanding().getCurrency().equals(gross.currency())) {
                continue;
            }
            MinorAmount outstanding = Amounts.toMinor(item.outstanding(), "outstanding");
            if (outstanding.minus(gross).compareTo(line.toleranceUnits()) > 0) {
                findings.addItem(item, reason(gross, outstanding, item.invoiceNumber()));
            }
        }
    }

    /**
     * Returns the reason for an item numbered {@code invoiceNumber} that owes {@code outstanding},
     * of which the line pays {@code gross}.
     */
    static MatchReason reason(MinorAmount gross, MinorAmount outstanding, String invoiceNumber) {
        return new MatchReason(
                NAME,
                "amount "
                        + gross
                        + " pays part of the open amount "
                        + outstanding
                        + " of invoice "
                        + invoiceNumber,
                POINTS,
                MatchReason.Kind.PARTIAL_AMOUNT);
    }
}
