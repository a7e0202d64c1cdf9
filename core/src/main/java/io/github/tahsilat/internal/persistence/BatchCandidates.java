package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.identifier.Iban;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.internal.reconciliation.TextFolding;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.persistence.spi.record.MatchCandidateView;
import io.github.tahsilat.reconciliation.CompactOpenItemIndex;
import io.github.tahsilat.reconciliation.OpenItemCandidate;
import io.github.tahsilat.reconciliation.OpenItemIndex;
import io.github.tahsilat.reconciliation.StructuredReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;

/**
 * The open receivables that one batch of bank lines may pay, as {@link OpenItemCandidates} read
 * them, each with its counterparty. Builds on request the {@link OpenItemIndex} that {@code
 * BankLineMatcher} reads, or a {@link CompactOpenItemIndex} of the same items for {@code
 * CompactBankLineMatcher}, so that a batch pays only for the index it matches with. Not
 * thread-safe.
 */
public final class BatchCandidates {

    /** The maximum invoice-number length that {@link CompactOpenItemIndex#put} accepts. */
    private static final int MAX_COMPACT_NUMBER_LENGTH = 200;

    /**
     * The maximum counterparty-name length that {@link CompactOpenItemIndex#nameCounterparty}
     * accepts.
     */
    private static final int MAX_COMPACT_NAME_LENGTH = 1000;

    private final List<MatchCandidateView> views;
    private final List<Counterparty> owners;

    /** The item of each compact slot, filled by {@link #compactIndex()}. */
    private int[] itemOfSlot;

    /**
     * Creates the candidates of a batch.
     *
     * @param owners the counterparty of each view, in the order of {@code views}, as one object per
     *     counterparty, because {@link #compactIndex()} numbers counterparties by identity
     */
    BatchCandidates(List<MatchCandidateView> views, List<Counterparty> owners) {
        this.views = views;
        this.owners = owners;
    }

    /** Returns the number of candidates. */
    public int size() {
        return views.size();
    }

    /** Builds the index of every candidate for {@code BankLineMatcher}, in the order read. */
    public OpenItemIndex objectIndex() {
        OpenItemIndex index = new OpenItemIndex();
        for (int item = 0; item < views.size(); item++) {
            MatchCandidateView view = views.get(item);
            Counterparty counterparty = owners.get(item);
            CurrencyUnit currency = Amounts.currency(view.currency());
            index.put(
                    new OpenItemCandidate(
                            new InvoiceId(view.itemId()),
                            view.number(),
                            counterparty.id(),
                            counterparty.name(),
                            counterparty.ibans(),
                            counterparty.taxIdentifier().stream().toList(),
                            new MinorAmount(view.openMinor(), currency).toMonetaryAmount(),
                            LocalDate.ofEpochDay(view.dueEpochDay()),
                            paymentReference(view.externalReference())));
        }
        return index;
    }

    /**
     * Builds a compact index of every candidate, or returns empty when a candidate's invoice number
     * or its counterparty's name is one that the compact index rejects.
     *
     * <p>Slots follow the object index's order of items (due date, invoice number, invoice id),
     * because the compact matcher breaks ties between items by slot. Only counterparties with a
     * candidate get a number and a name, as only they are in the object index.
     */
    public Optional<CompactOpenItemIndex> compactIndex() {
        Integer[] order = new Integer[views.size()];
        for (int item = 0; item < order.length; item++) {
            order[item] = item;
        }
        Arrays.sort(order, this::compareItems);
        // Each counterparty is one object per batch, so identity finds its number without
        // hashing its id.
        Map<Counterparty, Integer> numbers = new IdentityHashMap<>();
        List<Counterparty> numbered = new ArrayList<>();
        for (int item = 0; item < views.size(); item++) {
            Counterparty owner = owners.get(item);
            if (numbers.putIfAbsent(owner, numbered.size()) == null) {
                numbered.add(owner);
            }
            if (views.get(item).number().length() > MAX_COMPACT_NUMBER_LENGTH) {
                return Optional.empty();
            }
        }
        for (Counterparty counterparty : numbered) {
            String name = counterparty.name();
            if (name.length() > MAX_COMPACT_NAME_LENGTH || TextFolding.foldName(name).isEmpty()) {
                return Optional.empty();
            }
        }

        CompactOpenItemIndex index = new CompactOpenItemIndex(views.size(), numbered.size());
        for (int number = 0; number < numbered.size(); number++) {
            index.nameCounterparty(number, numbered.get(number).name());
        }
        itemOfSlot = new int[views.size()];
        for (int slot = 0; slot < order.length; slot++) {
            int item = order[slot];
            itemOfSlot[slot] = item;
            MatchCandidateView view = views.get(item);
            index.put(
                    slot,
                    view.number(),
                    paymentReference(view.externalReference())
                            .map(StructuredReference::value)
                            .orElse(null),
                    numbers.get(owners.get(item)),
                    view.openMinor(),
                    Amounts.currency(view.currency()),
                    view.dueEpochDay());
        }
        return Optional.of(index);
    }

    /** Returns the invoice in a slot of the last {@link #compactIndex()}. */
    public InvoiceId invoiceIdOfSlot(int slot) {
        return new InvoiceId(views.get(itemOfSlot[slot]).itemId());
    }

    /** Returns the counterparty of the invoice in a slot of the last {@link #compactIndex()}. */
    public CounterpartyId counterpartyIdOfSlot(int slot) {
        return owners.get(itemOfSlot[slot]).id();
    }

    /** Returns the IBANs of the candidates' counterparties, as {@link Iban#value()} gives them. */
    public Set<String> counterpartyIbans() {
        Set<String> ibans = new HashSet<>();
        for (Counterparty owner : owners) {
            for (Iban iban : owner.ibans()) {
                ibans.add(iban.value());
            }
        }
        return ibans;
    }

    /**
     * Returns the names of the candidates' counterparties, folded as {@link TextFolding#foldName}
     * folds them.
     */
    public Set<String> counterpartyNameKeys() {
        Set<String> keys = new HashSet<>();
        for (Counterparty owner : owners) {
            keys.add(TextFolding.foldName(owner.name()));
        }
        return keys;
    }

    /** Returns whether a counterparty of a candidate has a tax identifier. */
    public boolean anyCounterpartyHasTaxId() {
        for (Counterparty owner : owners) {
            if (owner.taxIdentifier().isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Compares two candidates as {@code ItemKey} orders the object index. */
    private int compareItems(int left, int right) {
        MatchCandidateView first = views.get(left);
        MatchCandidateView second = views.get(right);
        int order = Integer.compare(first.dueEpochDay(), second.dueEpochDay());
        if (order != 0) {
            return order;
        }
        order = first.number().compareTo(second.number());
        return order != 0 ? order : first.itemId().compareTo(second.itemId());
    }

    /**
     * Returns the external reference as a payment reference when it is a valid ISO 11649 RF
     * reference, else empty.
     */
    static Optional<StructuredReference> paymentReference(Optional<String> externalReference) {
        if (externalReference.isEmpty()) {
            return Optional.empty();
        }
        try {
            StructuredReference reference = StructuredReference.parse(externalReference.get());
            return reference.hasValidCheckDigits() ? Optional.of(reference) : Optional.empty();
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }
}
