package io.github.tahsilat.reconciliation;

import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.internal.money.MinorAmount;
import java.util.List;

/**
 * Finds items whose open amount equals what the payer sent, exactly or within the tolerance: among
 * the referenced items if there are any, else among the identified counterparties' items, else
 * among all items, where more than {@link MatchRules#MAX_AMOUNT_ONLY_CANDIDATES} give none.
 */
final class AmountRule implements MatchRule {

    static final String EXACT_NAME = "exact-amount";
    static final String TOLERANCE_NAME = "amount-within-tolerance";
    static final int EXACT_POINTS = 30;
    static final int TOLERANCE_POINTS = 25;

    private final boolean withinTolerance;

    AmountRule(boolean withinTolerance) {
        this.withinTolerance = withinTolerance;
    }

    @Override
    public String name() {
        return withinTolerance ? TOLERANCE_NAME : EXACT_NAME;
    }

    @Override
    public void apply(LineContext line, Findings findings) {
        MinorAmount gross = line.grossUnits();
        MinorAmount tolerance = withinTolerance ? line.toleranceUnits() : gross.minus(gross);
        if (withinTolerance && tolerance.isZero()) {
            return;
        }
        MinorAmount low = gross.minus(tolerance).max(new MinorAmount(1, gross.currency()));
        MinorAmount high = gross.plus(tolerance);

        List<OpenItemCandidate> referenced = findings.referencedItems();
        if (!referenced.isEmpty()) {
            for (OpenItemCandidate item : referenced) {
                addIfFits(line, item, low, high, findings);
            }
            return;
        }

        int limit = MatchRules.MAX_AMOUNT_ONLY_CANDIDATES + 1;
        List<CounterpartyId> counterparties = findings.counterparties();
        if (!counterparties.isEmpty()) {
            for (CounterpartyId counterparty : counterparties) {
                List<OpenItemCandidate> found =
                        line.index()
                                .findByCounterpartyAndOutstandingUnits(
                                        counterparty, low, high, limit);
                addUnlessTooMany(line, found, low, high, findings);
            }
            return;
        }

        List<OpenItemCandidate> found = line.index().findByOutstandingUnits(low, high, limit);
        addUnlessTooMany(line, found, low, high, findings);
    }

    private void addUnlessTooMany(
            LineContext line,
            List<OpenItemCandidate> found,
            MinorAmount low,
            MinorAmount high,
            Findings findings) {
        if (found.size() > MatchRules.MAX_AMOUNT_ONLY_CANDIDATES) {
            findings.addNote(
                    new MatchReason(
                            name(),
                            "more than "
                                    + MatchRules.MAX_AMOUNT_ONLY_CANDIDATES
                                    + " open items have this amount; none suggested",
                            0,
                            MatchReason.Kind.NOTE));
            return;
        }
        for (OpenItemCandidate item : found) {
            addIfFits(line, item, low, high, findings);
        }
    }

    private void addIfFits(
            LineContext line,
            OpenItemCandidate item,
            MinorAmount low,
            MinorAmount high,
            Findings findings) {
        MinorAmount gross = line.grossUnits();
        if (!item.outstanding().getCurrency().equals(gross.currency())) {
            return;
        }
        MinorAmount outstanding = Amounts.toMinor(item.outstanding(), "outstanding");
        boolean inRange = outstanding.compareTo(low) >= 0 && outstanding.compareTo(high) <= 0;
        boolean exact = outstanding.equals(gross);
        if (!inRange || (withinTolerance && exact)) {
            return;
        }
        if (exact) {
            findings.addItem(item, exactReason(gross, item.invoiceNumber()));
            return;
        }
        // Only the tolerance rule reaches here: without a tolerance, an amount in range is exact.
        String detail =
                "amount "
                        + gross
                        + " differs from the open amount "
                        + outstanding
                        + " of invoice "
                        + item.invoiceNumber()
                        + " by "
                        + gross.minus(outstanding)
                        + ", within the tolerance of "
                        + line.toleranceUnits();
        findings.addItem(
                item, new MatchReason(name(), detail, TOLERANCE_POINTS, MatchReason.Kind.AMOUNT));
    }

    /** Returns the reason for an item numbered {@code invoiceNumber} that owes {@code gross}. */
    static MatchReason exactReason(MinorAmount gross, String invoiceNumber) {
        // Concatenating the plain number and the code here skips the string of
        // MinorAmount.toString.
        return new MatchReason(
                EXACT_NAME,
                "amount "
                        + gross.toPlainString()
                        + " "
                        + gross.currencyCode()
                        + " equals the open amount of invoice "
                        + invoiceNumber,
                EXACT_POINTS,
                MatchReason.Kind.AMOUNT);
    }
}
