package io.github.tahsilat.reconciliation;

import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.invoice.InvoiceId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The rules' findings for one bank line: reasons per open item, per counterparty and per
 * combination of items, and notes that point to no item.
 *
 * <p>A rule that records the same rule name twice for one item or counterparty keeps only the
 * reason with more points, so that a number quoted twice does not count twice. Created by the
 * matcher for each line. Not thread-safe.
 */
public final class Findings {

    /**
     * Open items that together may be paid by the line, with the reason the combination rule gave.
     *
     * @param items the items, in index order, at least two
     * @param reason the combination's reason, of kind {@link MatchReason.Kind#AMOUNT}
     */
    public record Combination(List<OpenItemCandidate> items, MatchReason reason) {

        /** Copies the items. */
        public Combination {
            items = List.copyOf(items);
            InputChecks.present(reason, "reason", "the combination's reason");
        }
    }

    /** An item with its order key and its reasons, one per rule, in the order first given. */
    private static final class ItemFinding {
        final ItemKey key;
        OpenItemCandidate item;
        final List<MatchReason> reasons = new ArrayList<>(2);

        ItemFinding(ItemKey key, OpenItemCandidate item) {
            this.key = key;
            this.item = item;
        }
    }

    /** A counterparty with its reasons, one per rule, in the order first given. */
    private record CounterpartyFinding(CounterpartyId id, List<MatchReason> reasons) {}

    // A line has few findings, so sorted lists with binary search cost less than tree maps.
    private final List<ItemFinding> items = new ArrayList<>(4);
    private final List<CounterpartyFinding> counterparties = new ArrayList<>(2);
    private final List<Combination> combinations = new ArrayList<>();
    private final List<MatchReason> notes = new ArrayList<>();

    Findings() {}

    /** Records a reason for an open item. */
    public void addItem(OpenItemCandidate item, MatchReason reason) {
        InputChecks.present(item, "item", "an open item");
        InputChecks.present(reason, "reason", "a reason");
        ItemKey key = ItemKey.of(item);
        int at =
                Collections.binarySearch(items, null, (found, ignored) -> found.key.compareTo(key));
        ItemFinding finding;
        if (at >= 0) {
            finding = items.get(at);
            finding.item = item;
        } else {
            finding = new ItemFinding(key, item);
            items.add(-at - 1, finding);
        }
        keepStronger(finding.reasons, reason);
    }

    /** Records a reason for a counterparty. */
    public void addCounterparty(CounterpartyId counterpartyId, MatchReason reason) {
        InputChecks.present(counterpartyId, "counterpartyId", "a counterparty id");
        InputChecks.present(reason, "reason", "a reason");
        int at = counterpartyIndex(counterpartyId);
        CounterpartyFinding finding;
        if (at >= 0) {
            finding = counterparties.get(at);
        } else {
            finding = new CounterpartyFinding(counterpartyId, new ArrayList<>(2));
            counterparties.add(-at - 1, finding);
        }
        keepStronger(finding.reasons(), reason);
    }

    /** Records a combination of items. */
    public void addCombination(Combination combination) {
        combinations.add(InputChecks.present(combination, "combination", "a combination"));
    }

    /** Records a note on the line. */
    public void addNote(MatchReason note) {
        notes.add(InputChecks.present(note, "note", "a reason"));
    }

    /** Returns every item with at least one reason, in index order. */
    public List<OpenItemCandidate> items() {
        List<OpenItemCandidate> found = new ArrayList<>(items.size());
        for (ItemFinding finding : items) {
            found.add(finding.item);
        }
        return Collections.unmodifiableList(found);
    }

    /**
     * Returns the items with a reason of kind {@link MatchReason.Kind#REFERENCE}, in index order.
     */
    public List<OpenItemCandidate> referencedItems() {
        List<OpenItemCandidate> found = new ArrayList<>(items.size());
        for (ItemFinding finding : items) {
            if (hasKind(finding, MatchReason.Kind.REFERENCE)) {
                found.add(finding.item);
            }
        }
        return Collections.unmodifiableList(found);
    }

    /** Returns whether some item has a reason of kind {@link MatchReason.Kind#AMOUNT}. */
    public boolean hasAmountFit() {
        for (ItemFinding finding : items) {
            if (hasKind(finding, MatchReason.Kind.AMOUNT)) {
                return true;
            }
        }
        return false;
    }

    /** Returns the reasons recorded for an item, in the order the rules gave them. */
    public List<MatchReason> reasonsFor(InvoiceId invoiceId) {
        for (ItemFinding finding : items) {
            if (finding.item.invoiceId().equals(invoiceId)) {
                return List.copyOf(finding.reasons);
            }
        }
        return List.of();
    }

    /**
     * Returns the reasons recorded for an item, found by binary search on its order key where
     * {@link #reasonsFor(InvoiceId)} scans. The list is a view, so read it before adding findings.
     */
    List<MatchReason> itemReasons(OpenItemCandidate item) {
        ItemKey key = ItemKey.of(item);
        int at =
                Collections.binarySearch(items, null, (found, ignored) -> found.key.compareTo(key));
        return at >= 0 ? Collections.unmodifiableList(items.get(at).reasons) : List.of();
    }

    /** Returns the counterparties with at least one reason, ordered by id. */
    public List<CounterpartyId> counterparties() {
        if (counterparties.isEmpty()) {
            return List.of();
        }
        List<CounterpartyId> found = new ArrayList<>(counterparties.size());
        for (CounterpartyFinding finding : counterparties) {
            found.add(finding.id());
        }
        return Collections.unmodifiableList(found);
    }

    /** Returns the reasons recorded for a counterparty, in the order the rules gave them. */
    public List<MatchReason> reasonsFor(CounterpartyId counterpartyId) {
        int at = counterpartyIndex(counterpartyId);
        return at >= 0 ? List.copyOf(counterparties.get(at).reasons()) : List.of();
    }

    /** Returns the combinations, in the order recorded. */
    public List<Combination> combinations() {
        return List.copyOf(combinations);
    }

    /** Returns the notes, in the order recorded. */
    public List<MatchReason> notes() {
        return List.copyOf(notes);
    }

    private int counterpartyIndex(CounterpartyId counterpartyId) {
        return Collections.binarySearch(
                counterparties,
                null,
                (found, ignored) -> found.id().value().compareTo(counterpartyId.value()));
    }

    private static boolean hasKind(ItemFinding finding, MatchReason.Kind kind) {
        for (MatchReason reason : finding.reasons) {
            if (reason.kind() == kind) {
                return true;
            }
        }
        return false;
    }

    /** Keeps one reason per rule: the first given, unless a later one has more points. */
    private static void keepStronger(List<MatchReason> reasons, MatchReason reason) {
        for (int i = 0; i < reasons.size(); i++) {
            MatchReason old = reasons.get(i);
            if (old.rule().equals(reason.rule())) {
                if (reason.points() > old.points()) {
                    reasons.set(i, reason);
                }
                return;
            }
        }
        reasons.add(reason);
    }
}
