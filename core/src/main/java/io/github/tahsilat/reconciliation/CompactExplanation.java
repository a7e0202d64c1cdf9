package io.github.tahsilat.reconciliation;

import io.github.tahsilat.internal.money.MinorAmount;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.RandomAccess;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import javax.money.CurrencyUnit;

/**
 * The explanation of one proposal of {@link CompactMatchResult}: an unmodifiable list of {@link
 * MatchReason}s that stores the line's findings, invoice number, text and amounts, and builds the
 * reasons from them on first access. An import reads a line's reasons only when it books the line,
 * queues it for the first time or checks a suggestion that reaches the auto-apply threshold. So the
 * import of a statement whose lines are all queued already formats none of them. A list built on
 * first access keeps a reference to the line's remittance text for as long as it lives, and one
 * built at once, for a long text, keeps none.
 *
 * <p>Every method forwards to the list that {@code List.of} returns for the same reasons, so this
 * list is equal to it, has its hash code and string, and throws what it throws. Only {@link
 * #size()} and {@link #isEmpty()} read the findings instead, without building the reasons.
 *
 * <p>Thread-safe: the first access builds the reasons once while holding this list's lock, and
 * later accesses read them without the lock.
 */
final class CompactExplanation implements List<MatchReason>, RandomAccess {

    /** The findings that give a reason, as {@link CompactMatchResult} flags them. */
    private static final int REASON_FLAGS =
            CompactMatchResult.FOUND_BY_REFERENCE
                    | CompactMatchResult.FOUND_BY_NUMBER
                    | CompactMatchResult.EXACT_AMOUNT
                    | CompactMatchResult.PARTIAL_AMOUNT
                    | CompactMatchResult.NAMED_COUNTERPARTY;

    /**
     * The maximum number of ASCII letters and digits that {@code TextFolding} folds one character
     * of a text to, as in {@code ﬃ → FFI}. {@code CompactExplanationTest} checks it for every code
     * point.
     */
    static final int MAX_FOLDED_PER_CHAR = 3;

    private final int found;
    private final String invoiceNumber;
    private final String paymentReference;
    private final String namingText;
    private final int namingWindow;
    private final long grossUnits;
    private final long indexedUnits;
    private final CurrencyUnit currency;

    /** The reasons, {@code null} until the first access builds them. */
    private volatile List<MatchReason> reasons;

    /**
     * Stores the findings of a matched line. The reasons are built at once instead when the
     * invoice-number reason's detail might exceed {@link MatchReason#MAX_DETAIL_LENGTH}, so that
     * the {@code MatchReason} constructor rejects it while matching, as it does for the eager
     * explanation.
     *
     * @param found the line's flags of {@link CompactMatchResult}
     * @param invoiceNumber the matched item's invoice number
     * @param paymentReference the item's payment reference, read only when it found the item
     * @param namingText the text that named the invoice number: the line's remittance text, or its
     *     structured reference when {@code namingWindow} is {@link CompactMatchResult#NO_WINDOW}.
     *     Read only when the number found the item.
     * @param namingWindow the packed window of {@code namingText}, as {@link
     *     CompactMatchResult#textWindow} packs it
     * @param grossUnits the line's gross amount in minor units of {@code currency}
     * @param indexedUnits the item's indexed open amount in minor units of {@code currency}
     * @param currency the line's currency
     */
    CompactExplanation(
            int found,
            String invoiceNumber,
            String paymentReference,
            String namingText,
            int namingWindow,
            long grossUnits,
            long indexedUnits,
            CurrencyUnit currency) {
        this.found = found & REASON_FLAGS;
        this.invoiceNumber = invoiceNumber;
        this.namingWindow = namingWindow;
        this.grossUnits = grossUnits;
        this.indexedUnits = indexedUnits;
        this.currency = currency;
        if ((found & CompactMatchResult.FOUND_BY_NUMBER) != 0
                && InvoiceNumberRule.detailLength(
                                invoiceNumber, (long) MAX_FOLDED_PER_CHAR * namingText.length())
                        > MatchReason.MAX_DETAIL_LENGTH) {
            // Once built, the reasons need neither text, so the list drops its reference to
            // the line's whole text.
            this.paymentReference = null;
            this.namingText = null;
            reasons = build(paymentReference, namingText);
        } else {
            this.paymentReference = paymentReference;
            this.namingText = namingText;
        }
    }

    /**
     * Returns {@code explanation} itself when it is a {@code CompactExplanation}, which is
     * unmodifiable already, and otherwise {@code List.copyOf(explanation)}.
     *
     * @throws NullPointerException if {@code explanation} or one of its reasons is {@code null}
     */
    static List<MatchReason> copyOf(List<MatchReason> explanation) {
        return explanation instanceof CompactExplanation ? explanation : List.copyOf(explanation);
    }

    /** Returns whether the reasons are built, for tests. */
    boolean isBuilt() {
        return reasons != null;
    }

    private List<MatchReason> reasons() {
        List<MatchReason> built = reasons;
        if (built != null) {
            return built;
        }
        synchronized (this) {
            if (reasons == null) {
                reasons = build(paymentReference, namingText);
            }
            return reasons;
        }
    }

    /**
     * Builds the reasons in the order of {@link BankLineMatcher}'s explanation, from {@code
     * paymentReference} and {@code namingText} as the constructor describes them.
     */
    private List<MatchReason> build(String paymentReference, String namingText) {
        MatchReason[] built = new MatchReason[size()];
        int count = 0;
        if ((found & CompactMatchResult.FOUND_BY_REFERENCE) != 0) {
            built[count++] = StructuredReferenceRule.reason(paymentReference, invoiceNumber);
        }
        if ((found & CompactMatchResult.FOUND_BY_NUMBER) != 0) {
            built[count++] =
                    InvoiceNumberRule.reason(
                            invoiceNumber,
                            CompactMatchResult.namingWindow(namingText, namingWindow));
        }
        MinorAmount gross = new MinorAmount(grossUnits, currency);
        if ((found & CompactMatchResult.EXACT_AMOUNT) != 0) {
            built[count++] = AmountRule.exactReason(gross, invoiceNumber);
        }
        if ((found & CompactMatchResult.PARTIAL_AMOUNT) != 0) {
            MinorAmount indexed = new MinorAmount(indexedUnits, currency);
            built[count++] = PartialPaymentRule.reason(gross, indexed, invoiceNumber);
        }
        if ((found & CompactMatchResult.NAMED_COUNTERPARTY) != 0) {
            built[count++] = CounterpartyRule.nameReason();
        }
        return List.of(built);
    }

    @Override
    public int size() {
        return Integer.bitCount(found);
    }

    @Override
    public boolean isEmpty() {
        return found == 0;
    }

    @Override
    public MatchReason get(int index) {
        return reasons().get(index);
    }

    @Override
    public boolean contains(Object o) {
        return reasons().contains(o);
    }

    @Override
    public boolean containsAll(Collection<?> c) {
        return reasons().containsAll(c);
    }

    @Override
    public int indexOf(Object o) {
        return reasons().indexOf(o);
    }

    @Override
    public int lastIndexOf(Object o) {
        return reasons().lastIndexOf(o);
    }

    @Override
    public Iterator<MatchReason> iterator() {
        return reasons().iterator();
    }

    @Override
    public ListIterator<MatchReason> listIterator() {
        return reasons().listIterator();
    }

    @Override
    public ListIterator<MatchReason> listIterator(int index) {
        return reasons().listIterator(index);
    }

    @Override
    public List<MatchReason> subList(int fromIndex, int toIndex) {
        return reasons().subList(fromIndex, toIndex);
    }

    @Override
    public Spliterator<MatchReason> spliterator() {
        return reasons().spliterator();
    }

    @Override
    public void forEach(Consumer<? super MatchReason> action) {
        reasons().forEach(action);
    }

    @Override
    public Object[] toArray() {
        return reasons().toArray();
    }

    @Override
    public <T> T[] toArray(T[] a) {
        return reasons().toArray(a);
    }

    @Override
    public <T> T[] toArray(IntFunction<T[]> generator) {
        return reasons().toArray(generator);
    }

    @Override
    public boolean add(MatchReason e) {
        return reasons().add(e);
    }

    @Override
    public void add(int index, MatchReason element) {
        reasons().add(index, element);
    }

    @Override
    public boolean addAll(Collection<? extends MatchReason> c) {
        return reasons().addAll(c);
    }

    @Override
    public boolean addAll(int index, Collection<? extends MatchReason> c) {
        return reasons().addAll(index, c);
    }

    @Override
    public MatchReason set(int index, MatchReason element) {
        return reasons().set(index, element);
    }

    @Override
    public boolean remove(Object o) {
        return reasons().remove(o);
    }

    @Override
    public MatchReason remove(int index) {
        return reasons().remove(index);
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        return reasons().removeAll(c);
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        return reasons().retainAll(c);
    }

    @Override
    public boolean removeIf(Predicate<? super MatchReason> filter) {
        return reasons().removeIf(filter);
    }

    @Override
    public void replaceAll(UnaryOperator<MatchReason> operator) {
        reasons().replaceAll(operator);
    }

    @Override
    public void sort(Comparator<? super MatchReason> c) {
        reasons().sort(c);
    }

    @Override
    public void clear() {
        reasons().clear();
    }

    @Override
    public boolean equals(Object o) {
        return o == this || reasons().equals(o);
    }

    @Override
    public int hashCode() {
        return reasons().hashCode();
    }

    @Override
    public String toString() {
        return reasons().toString();
    }
}
