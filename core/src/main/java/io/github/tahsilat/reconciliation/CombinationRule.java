package io.github.tahsilat.reconciliation;

import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.internal.reconciliation.SubsetSum;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Finds two or more open items whose amounts add up exactly to what the payer sent: first among the
 * referenced items, else among each identified counterparty's oldest items. Runs only when no
 * single item fits the amount.
 *
 * <p>The search is bounded so that one line costs at most a fixed amount of work: it takes at most
 * {@value #MAX_ITEMS} items, the oldest by due date whose open amount does not exceed the line's,
 * chosen from at most {@value #MAX_SCANNED} of the counterparty's oldest items, and examines at
 * most {@value #MAX_STEPS} branches. When the limit stops it, or when two combinations fit, the
 * result is weaker or absent, never a guess presented as certain.
 */
final class CombinationRule implements MatchRule {

    static final String NAME = "combination";
    static final int POINTS = 30;
    static final int AMBIGUOUS_POINTS = 15;

    /** The maximum number of items in one search. */
    static final int MAX_ITEMS = 20;

    /** The maximum number of a counterparty's items looked at to choose them. */
    static final int MAX_SCANNED = MatchRules.MAX_COUNTERPARTY_ITEMS_SCANNED;

    /** The maximum number of branches examined, 2^16. */
    static final int MAX_STEPS = 1 << 16;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(LineContext line, Findings findings) {
        if (findings.hasAmountFit()) {
            return;
        }
        List<OpenItemCandidate> referenced = eligible(line, findings.referencedItems());
        if (referenced.size() >= 2 && search(line, referenced, "referenced items", findings)) {
            return;
        }
        for (CounterpartyId counterparty : findings.counterparties()) {
            List<OpenItemCandidate> items =
                    eligible(line, line.index().openItemsOf(counterparty, MAX_SCANNED));
            if (items.size() >= 2) {
                search(line, items, "the counterparty's oldest open items", findings);
            }
        }
    }

    private static List<OpenItemCandidate> eligible(
            LineContext line, List<OpenItemCandidate> items) {
        MinorAmount gross = line.grossUnits();
        List<OpenItemCandidate> eligible = new ArrayList<>();
        for (OpenItemCandidate item : items) {
            if (eligible.size() == MAX_ITEMS) {
                break;
            }
            if (item.outstanding().getCurrency().equals(gross.currency())
                    && Amounts.toMinor(item.outstanding(), "outstanding").compareTo(gross) <= 0) {
                eligible.add(item);
            }
        }
        return eligible;
    }

    private static boolean search(
            LineContext line, List<OpenItemCandidate> items, String source, Findings findings) {
        long[] values = new long[items.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = Amounts.toMinor(items.get(i).outstanding(), "outstanding").units();
        }
        SubsetSum.Outcome outcome = SubsetSum.find(values, line.grossUnits().units(), MAX_STEPS);
        if (outcome.subsets().isEmpty()) {
            return false;
        }
        List<OpenItemCandidate> chosen = new ArrayList<>();
        for (int index : outcome.subsets().get(0)) {
            chosen.add(items.get(index));
        }
        boolean unique = outcome.subsets().size() == 1 && outcome.exhausted();
        String numbers =
                chosen.stream()
                        .map(OpenItemCandidate::invoiceNumber)
                        .collect(Collectors.joining(", "));
        String detail =
                (unique ? "the open amounts of " : "one of several combinations: ")
                        + numbers
                        + " from "
                        + source
                        + " add up to "
                        + line.grossUnits();
        MatchReason reason =
                new MatchReason(
                        NAME, detail, unique ? POINTS : AMBIGUOUS_POINTS, MatchReason.Kind.AMOUNT);
        findings.addCombination(new Findings.Combination(chosen, reason));
        return true;
    }
}
