package io.github.tahsilat.service.dunning;

import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.dunning.DunningAction;
import io.github.tahsilat.invoice.InvoiceId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * An item a run handed over to a collection agency or to legal follow-up, because the level it sent
 * has {@link DunningAction#HAND_OVER_TO_AGENCY} or {@link DunningAction#LEGAL_FOLLOW_UP}.
 *
 * <p>A real run appends a {@link DunningService#HANDED_OVER} event in the transaction that records
 * the level's first delivery; a dry run reports the hand-over without the event. Immutable and
 * thread-safe.
 *
 * @param invoiceId the item
 * @param counterpartyId its counterparty
 * @param level the number of the level sent
 * @param actions the hand-over actions of the level, one or both of the two
 */
public record HandOver(
        InvoiceId invoiceId, CounterpartyId counterpartyId, int level, Set<DunningAction> actions) {

    /**
     * Checks every part and copies the actions.
     *
     * @throws NullPointerException if an argument or action is {@code null}
     * @throws IllegalArgumentException if {@code level} is below 1, or {@code actions} is empty or
     *     contains an action other than the two hand-over actions
     */
    public HandOver {
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        if (level < 1) {
            throw new IllegalArgumentException("invalid level: " + level + "; expected 1 or more");
        }
        Set<DunningAction> copy = EnumSet.noneOf(DunningAction.class);
        copy.addAll(actions);
        if (copy.isEmpty() || !HAND_OVER_ACTIONS.containsAll(copy)) {
            throw new IllegalArgumentException(
                    "invalid actions: " + copy + "; expected one or both of " + HAND_OVER_ACTIONS);
        }
        actions = Collections.unmodifiableSet(copy);
    }

    /** The actions that hand an item over. */
    public static final Set<DunningAction> HAND_OVER_ACTIONS =
            Collections.unmodifiableSet(
                    EnumSet.of(DunningAction.HAND_OVER_TO_AGENCY, DunningAction.LEGAL_FOLLOW_UP));
}
