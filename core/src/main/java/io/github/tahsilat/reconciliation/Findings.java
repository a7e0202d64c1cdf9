package io.github.tahsilat.reconciliation;

import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.invoice.InvoiceId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    private final Map<ItemKey, OpenItemCandidate> items = new TreeMap<>();
    private final Map<InvoiceId, Map<String, MatchReason>> itemReasons = new HashMap<>();
    private final Map<CounterpartyId, Map<String, MatchReason>> counterpartyReasons =
            new TreeMap<>(Comparator.comparing(CounterpartyId::value));
    private final List<Combination> combinations = new ArrayList<>();
    private final List<MatchReason> notes = new ArrayList<>();

    Findings() {}

    /** Records a reason for an open item. */
    public void addItem(OpenItemCandidate item, MatchReason reason) {
        InputChecks.present(item, "item", "an open item");
        InputChecks.present(reason, "reason", "a reason");
        items.put(ItemKey.of(item), item);
        keepStronger(
                itemReasons.computeIfAbsent(item.invoiceId(), id -> new LinkedHashMap<>()), reason);
    }

    /** Records a reason for a counterparty. */
    public void addCounterparty(CounterpartyId counterpartyId, MatchReason reason) {
        InputChecks.present(counterpartyId, "counterpartyId", "a counterparty id");
        InputChecks.present(reason, "reason", "a reason");
        keepStronger(
                counterpartyReasons.computeIfAbsent(counterpartyId, id -> new LinkedHashMap<>()),
                reason);
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
        return List.copyOf(items.values());
    }

    /**
     * Returns the items with a reason of kind {@link MatchReason.Kind#REFERENCE}, in index order.
     */
    public List<OpenItemCandidate> referencedItems() {
        return items.values().stream()
                .filter(item -> hasKind(item, MatchReason.Kind.REFERENCE))
                .toList();
    }

    /** Returns whether some item has a reason of kind {@link MatchReason.Kind#AMOUNT}. */
    public boolean hasAmountFit() {
        return items.values().stream().anyMatch(item -> hasKind(item, MatchReason.Kind.AMOUNT));
    }

    /** Returns the reasons recorded for an item, in the order the rules gave them. */
    public List<MatchReason> reasonsFor(InvoiceId invoiceId) {
        Map<String, MatchReason> reasons = itemReasons.get(invoiceId);
        return reasons == null ? List.of() : List.copyOf(reasons.values());
    }

    /** Returns the counterparties with at least one reason, ordered by id. */
    public List<CounterpartyId> counterparties() {
        return List.copyOf(counterpartyReasons.keySet());
    }

    /** Returns the reasons recorded for a counterparty, in the order the rules gave them. */
    public List<MatchReason> reasonsFor(CounterpartyId counterpartyId) {
        Map<String, MatchReason> reasons = counterpartyReasons.get(counterpartyId);
        return reasons == null ? List.of() : List.copyOf(reasons.values());
    }

    /** Returns the combinations, in the order recorded. */
    public List<Combination> combinations() {
        return List.copyOf(combinations);
    }

    /** Returns the notes, in the order recorded. */
    public List<MatchReason> notes() {
        return List.copyOf(notes);
    }

    private boolean hasKind(OpenItemCandidate item, MatchReason.Kind kind) {
        return reasonsFor(item.invoiceId()).stream().anyMatch(reason -> reason.kind() == kind);
    }

    private static void keepStronger(Map<String, MatchReason> reasons, MatchReason reason) {
        reasons.merge(
                reason.rule(), reason, (old, added) -> added.points() > old.points() ? added : old);
    }
}
