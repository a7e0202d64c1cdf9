package io.github.tahsilat.reconciliation;

import java.util.Comparator;
import java.util.List;

/**
 * One set of items that a line may pay, scored before the batch assigns items to lines.
 *
 * @param items the items in index order
 * @param score from 0 to 100
 * @param supported whether a reference, number or counterparty reason supports it, not only the
 *     amount
 * @param reasons the explanation
 */
record Candidate(
        List<OpenItemCandidate> items, int score, boolean supported, List<MatchReason> reasons) {

    /** Best first: higher score, then fewer items, then the items' index order. */
    static final Comparator<Candidate> RANKING =
            Comparator.comparingInt(Candidate::score)
                    .reversed()
                    .thenComparingInt(candidate -> candidate.items().size())
                    .thenComparing(Candidate::compareItems);

    private static int compareItems(Candidate left, Candidate right) {
        for (int i = 0; i < Math.min(left.items.size(), right.items.size()); i++) {
            int order = ItemKey.of(left.items.get(i)).compareTo(ItemKey.of(right.items.get(i)));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.items.size(), right.items.size());
    }
}
