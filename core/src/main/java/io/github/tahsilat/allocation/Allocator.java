package io.github.tahsilat.allocation;

import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.AmountChecks;
import io.github.tahsilat.internal.money.MinorAllocator;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.terms.DueSchedule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Allocates an amount of money to open items under an {@link AllocationPolicy}.
 *
 * <p>The payer's designations come first, in the order given, each invoice's installments in
 * schedule order. Money left after them spills to the other items oldest first, or stays as credit,
 * as {@link AllocationPolicy#excess()} sets. Without designations every item is reached oldest
 * first. Within an item the components are settled in {@link AllocationPolicy#componentOrder()}. An
 * item reached inside its discount window whose discounted remainder the money covers is settled
 * with the discount, at most once per item. A difference within the payment currency's {@link
 * Tolerance} is closed as that tolerance sets. Whatever is left is unapplied credit, never a
 * negative item.
 *
 * <p>The oldest-first items are read lazily from an iterator, and reading stops when the money runs
 * out, so the cost is proportional to the items touched. Immutable and thread-safe.
 */
public final class Allocator {

    private static final Comparator<OpenItem> SCHEDULE_ORDER =
            Comparator.comparingInt(OpenItem::installment);

    private final AllocationPolicy policy;

    /** The limit of each of the policy's tolerances in minor units, in the policy's order. */
    private final long[] toleranceLimits;

    private Allocator(AllocationPolicy policy) {
        this.policy = policy;
        List<Tolerance> tolerances = policy.tolerances();
        this.toleranceLimits = new long[tolerances.size()];
        for (int i = 0; i < toleranceLimits.length; i++) {
            toleranceLimits[i] = exact(tolerances.get(i).limit()).units();
        }
    }

    /**
     * Returns an allocator that follows {@code policy}.
     *
     * @throws InvalidInputException if {@code policy} is missing
     */
    public static Allocator of(AllocationPolicy policy) {
        return new Allocator(InputChecks.present(policy, "policy", "an allocation policy"));
    }

    /** Returns the policy this allocator follows. */
    public AllocationPolicy policy() {
        return policy;
    }

    /**
     * Allocates {@code amount} paid on {@code valueDate}.
     *
     * @param amount the money to allocate, greater than zero
     * @param valueDate the value date, which decides the early-payment discounts
     * @param designations the payer's designations, possibly empty
     * @param designatedItems the open items of the designated invoices, in any order; items that no
     *     designation covers are ignored
     * @param itemsInDueOrder every open item of the counterparty in this currency, oldest first by
     *     due date, then invoice id, then installment; read only as far as the money reaches
     * @throws InvalidInputException if an argument is missing, {@code amount} is not greater than
     *     zero, or the method is {@link AllocationMethod#PRO_RATA} without designations
     * @throws CurrencyMismatchException if an item is in another currency than {@code amount}
     */
    public AllocationResult allocate(
            MonetaryAmount amount,
            LocalDate valueDate,
            List<Designation> designations,
            List<OpenItem> designatedItems,
            Iterator<OpenItem> itemsInDueOrder) {
        MinorAmount money = AmountChecks.positive("amount", amount);
        InputChecks.present(valueDate, "valueDate", "the payment's value date");
        List<Designation> named =
                designations != null && designations.isEmpty()
                        ? List.of()
                        : InputChecks.distinctList(designations, "designations");
        InputChecks.present(designatedItems, "designatedItems", "a list, possibly empty");
        InputChecks.present(itemsInDueOrder, "itemsInDueOrder", "an iterator of open items");
        if (policy.method() == AllocationMethod.PRO_RATA && named.isEmpty()) {
            throw new InvalidInputException(
                    "designations", named, "at least one selected item for a pro-rata allocation");
        }
        Run run = new Run(amount, money, valueDate);
        if (policy.method() == AllocationMethod.PRO_RATA) {
            run.proRata(selected(named, designatedItems));
        } else {
            for (Designation designation : named) {
                run.designated(designation, designatedItems);
            }
        }
        if (named.isEmpty() || policy.excess() == ExcessHandling.SPILL_TO_OLDEST) {
            run.oldestFirst(itemsInDueOrder);
        }
        return run.finish();
    }

    /**
     * Allocates {@code amount} oldest first without designations.
     *
     * @throws InvalidInputException if an argument is missing or {@code amount} is not greater than
     *     zero, or the method is {@link AllocationMethod#PRO_RATA}
     * @throws CurrencyMismatchException if an item is in another currency than {@code amount}
     */
    public AllocationResult allocate(
            MonetaryAmount amount, LocalDate valueDate, Iterator<OpenItem> itemsInDueOrder) {
        return allocate(amount, valueDate, List.of(), List.of(), itemsInDueOrder);
    }

    /**
     * Allocates {@code amountUnits} oldest first over the compact items from index {@code from} up
     * to {@code to}, with the rules of {@link #allocate(MonetaryAmount, LocalDate, Iterator)}, and
     * writes what each item received into {@code settled}. The items are read in index order and
     * must be oldest first, as {@link CompactOpenItems} describes. Each item's fee, interest and
     * principal are paid in the policy's {@link AllocationPolicy#componentOrder()}, which {@link
     * CompactOpenItems#settledOn} splits back out. A shortfall or excess within the policy's
     * tolerance for the items' currency is written off as that tolerance sets, and what is left is
     * unapplied. Items with nothing open are skipped. Compact items have no discounts, so the value
     * date plays no part.
     *
     * <p>The call writes {@code settled[i]}, fee, interest and principal together in minor units,
     * for every {@code i} from {@code from} up to {@link CompactAllocation#end()}, zero for a
     * skipped item, and leaves every other entry as it was. It does not change the items' arrays,
     * so a host that keeps the open amounts up to date lowers them itself. The call builds no
     * object but its result.
     *
     * @param amountUnits the money to allocate in minor units of the items' currency, greater than
     *     zero
     * @param items the open items, read from {@code from} while money is left
     * @param from the index of the first item the money may reach
     * @param to one past the index of the last item the money may reach
     * @param settled the output array of the money applied per item, with at least {@code to}
     *     entries
     * @throws InvalidInputException if an argument is missing, {@code amountUnits} is not greater
     *     than zero, {@code from} and {@code to} are not a range of the items' indexes, {@code
     *     settled} is shorter than {@code to}, the policy's method is {@link
     *     AllocationMethod#PRO_RATA}, or an item read has a negative amount, amounts whose sum
     *     overflows a long, or falls due before the item before it; {@code settled} is then
     *     unchanged
     */
    public CompactAllocation allocateOldestFirst(
            long amountUnits, CompactOpenItems items, int from, int to, long[] settled) {
        if (amountUnits <= 0) {
            throw new InvalidInputException("amountUnits", amountUnits, "a number greater than 0");
        }
        return compact(amountUnits, null, items, from, to, settled);
    }

    /**
     * Allocates {@code amount} as {@link #allocateOldestFirst(long, CompactOpenItems, int, int,
     * long[])} allocates its minor units. The result's {@link CompactAllocation#amount()} returns
     * {@code amount} itself when it is a Moneta {@code Money} with the default context, so that
     * reading it builds no new {@code Money}.
     *
     * @throws InvalidInputException if {@code amount} is missing, not greater than zero or not
     *     rounded to the minor unit, or under the other conditions of {@link
     *     #allocateOldestFirst(long, CompactOpenItems, int, int, long[])}; {@code settled} is then
     *     unchanged
     * @throws CurrencyMismatchException if {@code amount} is in another currency than the items
     */
    public CompactAllocation allocateOldestFirst(
            MonetaryAmount amount, CompactOpenItems items, int from, int to, long[] settled) {
        long units = AmountChecks.positiveUnits("amount", amount);
        InputChecks.present(items, "items", "the open items in compact form");
        CurrencyUnit currency = amount.getCurrency();
        if (!currency.equals(items.currency())) {
            throw new CurrencyMismatchException(
                    "allocate", currency.getCurrencyCode(), items.currency().getCurrencyCode());
        }
        return compact(units, amount, items, from, to, settled);
    }

    private CompactAllocation compact(
            long amountUnits,
            MonetaryAmount paid,
            CompactOpenItems items,
            int from,
            int to,
            long[] settled) {
        InputChecks.present(items, "items", "the open items in compact form");
        InputChecks.present(settled, "settled", "an array with an entry per item");
        if (from < 0 || from > to) {
            throw new InvalidInputException(
                    "from", from, "an index from 0 up to the value of to, " + to);
        }
        if (to > items.size()) {
            throw new InvalidInputException(
                    "to", to, "at most the number of items, " + items.size());
        }
        if (settled.length < to) {
            throw new InvalidInputException(
                    "settled.length", settled.length, "at least the value of to, " + to);
        }
        if (policy.method() == AllocationMethod.PRO_RATA) {
            throw new InvalidInputException(
                    "policy.method", policy.method(), "OLDEST_FIRST for a compact allocation");
        }
        int toleranceIndex = toleranceIndex(items.currency());
        if (toleranceIndex < 0) {
            return CompactOldestFirst.allocate(
                    amountUnits, paid, items, from, to, settled, -1, null);
        }
        return CompactOldestFirst.allocate(
                amountUnits,
                paid,
                items,
                from,
                to,
                settled,
                toleranceLimits[toleranceIndex],
                policy.tolerances().get(toleranceIndex));
    }

    private static List<OpenItem> selected(List<Designation> named, List<OpenItem> items) {
        List<OpenItem> selected = new ArrayList<>();
        for (Designation designation : named) {
            items.stream()
                    .filter(designation::covers)
                    .filter(item -> !selected.contains(item))
                    .sorted(SCHEDULE_ORDER)
                    .forEach(selected::add);
        }
        return selected;
    }

    /** The mutable state of one allocation call, in minor units of the payment's currency. */
    private final class Run {
        private final CurrencyUnit currency;
        private final MonetaryAmount paid;
        private final MinorAmount amount;
        private final LocalDate valueDate;
        private final Touched touched = new Touched();
        private long remaining;

        /** The slot of the item the money reached last while it is still open, or -1. */
        private int partial = -1;

        Run(MonetaryAmount paid, MinorAmount amount, LocalDate valueDate) {
            this.currency = amount.currency();
            this.paid = paid;
            this.amount = amount;
            this.valueDate = valueDate;
            this.remaining = amount.units();
        }

        void designated(Designation designation, List<OpenItem> items) {
            Optional<MonetaryAmount> capAmount = designation.amount();
            boolean capped = capAmount.isPresent();
            long cap =
                    capped
                            ? AmountChecks.inCurrency("allocate", exact(capAmount.get()), currency)
                                    .units()
                            : 0;
            List<OpenItem> covered =
                    items.stream().filter(designation::covers).sorted(SCHEDULE_ORDER).toList();
            for (OpenItem item : covered) {
                if (remaining <= 0 || (capped && cap <= 0)) {
                    return;
                }
                long offered = capped ? Math.min(remaining, cap) : remaining;
                long used = settle(item, offered, true);
                if (capped) {
                    cap -= used;
                }
            }
        }

        void proRata(List<OpenItem> items) {
            int[] slots = new int[items.size()];
            MinorAmount total = MinorAmount.zero(currency);
            List<BigDecimal> weights = new ArrayList<>();
            for (int i = 0; i < slots.length; i++) {
                slots[i] = slot(items.get(i));
                long open = touched.open(slots[i]);
                total = total.plus(new MinorAmount(open, currency));
                weights.add(BigDecimal.valueOf(open));
            }
            if (!total.isPositive()) {
                return;
            }
            MinorAmount pool = new MinorAmount(Math.min(remaining, total.units()), currency);
            List<MinorAmount> shares = MinorAllocator.split(pool, weights, policy.roundingMode());
            for (int i = 0; i < slots.length; i++) {
                MinorAmount share = shares.get(i);
                if (share.isPositive()) {
                    settle(touched.item(slots[i]), share.units(), false);
                }
            }
        }

        void oldestFirst(Iterator<OpenItem> items) {
            while (remaining > 0 && items.hasNext()) {
                settle(items.next(), remaining, true);
            }
        }

        /** Returns the item's slot in {@link #touched}, adding the item on its first touch. */
        private int slot(OpenItem item) {
            if (item.currency() != currency && !item.currency().equals(currency)) {
                throw new CurrencyMismatchException(
                        "allocate", currency.getCurrencyCode(), item.currency().getCurrencyCode());
            }
            int slot = touched.find(item);
            return slot >= 0 ? slot : touched.add(item);
        }

        /** Settles up to {@code offered} minor units on the item and returns what was used. */
        private long settle(OpenItem item, long offered, boolean discountAllowed) {
            int slot = slot(item);
            long open = touched.open(slot);
            if (open <= 0) {
                return 0;
            }
            long discount = discountAllowed ? touched.discountOn(slot, valueDate) : 0;
            long used;
            if (discount > 0 && offered >= open - discount) {
                touched.grantDiscount(slot, discount);
                used = touched.pay(slot, open - discount, policy.componentOrder());
            } else {
                used = touched.pay(slot, Math.min(offered, open), policy.componentOrder());
            }
            remaining -= used;
            partial = touched.open(slot) > 0 ? slot : -1;
            return used;
        }

        AllocationResult finish() {
            long excessWrittenOff = 0;
            int toleranceIndex = toleranceIndex(currency);
            if (toleranceIndex >= 0) {
                Tolerance tolerance = policy.tolerances().get(toleranceIndex);
                long limit = toleranceLimits[toleranceIndex];
                if (remaining == 0
                        && partial >= 0
                        && tolerance.writeOffShortfall()
                        && touched.open(partial) <= limit) {
                    touched.writeOff(partial);
                }
                if (remaining > 0
                        && touched.anyChanged()
                        && tolerance.writeOffExcess()
                        && remaining <= limit) {
                    excessWrittenOff = remaining;
                    remaining = 0;
                }
            }
            MonetaryAmount total = amount.toMonetaryAmount(paid);
            MonetaryAmount unapplied = new MinorAmount(remaining, currency).toMonetaryAmount();
            MonetaryAmount excess = new MinorAmount(excessWrittenOff, currency).toMonetaryAmount();
            SettlementList settlements =
                    touched.settlements(
                            currency,
                            policy.componentOrder(),
                            total,
                            amount.units(),
                            unapplied,
                            remaining,
                            excess,
                            excessWrittenOff);
            return new AllocationResult(total, settlements, unapplied, excess);
        }
    }

    /**
     * Returns the index of the policy's tolerance for {@code currency} in {@link
     * AllocationPolicy#tolerances()} and {@link #toleranceLimits}, or -1 if it has none.
     */
    private int toleranceIndex(CurrencyUnit currency) {
        // A policy without tolerances returns here, without the interface calls of its list.
        if (toleranceLimits.length == 0) {
            return -1;
        }
        List<Tolerance> tolerances = policy.tolerances();
        for (int i = 0; i < tolerances.size(); i++) {
            if (tolerances.get(i).currency().equals(currency)) {
                return i;
            }
        }
        return -1;
    }

    private static MinorAmount exact(MonetaryAmount amount) {
        return AmountChecks.exact("amount", amount);
    }

    /**
     * The items one allocation call has touched, in the order the money reached them, with what the
     * call paid, discounted and wrote off on each, in minor units.
     *
     * <p>Each item has a slot: its index in {@link #items}, and {@link
     * SettlementList#AMOUNTS_PER_ITEM} longs from {@code slot * AMOUNTS_PER_ITEM} in {@link
     * #amounts}, in the order of {@link SettlementList}. When every touched item changed, the
     * result's settlement list takes both arrays as they are, so a call builds no object per item.
     * A call usually touches a few items, which a linear scan finds. Past {@link #SCAN_LIMIT} items
     * a hash index keeps each look-up constant, so that one payment over thousands of items stays
     * linear.
     */
    private static final class Touched {
        private static final int SCAN_LIMIT = 8;
        private static final int INITIAL_CAPACITY = 4;
        private static final int STRIDE = SettlementList.AMOUNTS_PER_ITEM;
        private static final int FEE_PAID = SettlementList.FEE;
        private static final int INTEREST_PAID = SettlementList.INTEREST;
        private static final int PRINCIPAL_PAID = SettlementList.PRINCIPAL;
        private static final int DISCOUNT = SettlementList.DISCOUNT;
        private static final int WRITE_OFF = SettlementList.WRITE_OFF;

        private OpenItem[] items = new OpenItem[INITIAL_CAPACITY];
        private long[] amounts = new long[INITIAL_CAPACITY * STRIDE];
        private int size;

        /**
         * The hash index of the slots once more than {@link #SCAN_LIMIT} items are touched, and
         * null before. It uses open addressing with linear probing. Each entry is a slot plus one,
         * and 0 marks an empty entry. Its length is a power of two, at least twice {@link #size}.
         */
        private int[] index;

        /** Returns the item's slot, or -1 if the call has not touched it. */
        int find(OpenItem item) {
            if (index != null) {
                int mask = index.length - 1;
                for (int at = spread(item.keyHash()) & mask; ; at = (at + 1) & mask) {
                    int entry = index[at];
                    if (entry == 0) {
                        return -1;
                    }
                    if (sameItem(items[entry - 1], item)) {
                        return entry - 1;
                    }
                }
            }
            for (int slot = 0; slot < size; slot++) {
                if (sameItem(items[slot], item)) {
                    return slot;
                }
            }
            return -1;
        }

        /**
         * Returns {@code true} if both are the same installment of the same invoice. The key hash
         * is a field of the item itself, so items of other invoices are distinguished without
         * reading their ids from memory.
         */
        private static boolean sameItem(OpenItem touched, OpenItem item) {
            return touched == item
                    || (touched.keyHash() == item.keyHash()
                            && touched.installment() == item.installment()
                            && touched.invoiceId().equals(item.invoiceId()));
        }

        /** Mixes the high bits of a hash into the low bits that the index mask keeps. */
        private static int spread(int hash) {
            return hash ^ (hash >>> 16);
        }

        /** Adds an item that the call has not touched yet and returns its slot. */
        int add(OpenItem item) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
                amounts = Arrays.copyOf(amounts, size * 2 * STRIDE);
            }
            int slot = size;
            items[slot] = item;
            size++;
            if (index != null && size * 2 <= index.length) {
                insert(index, item, slot);
            } else if (size > SCAN_LIMIT) {
                index = new int[Integer.highestOneBit(size) * 4];
                for (int each = 0; each < size; each++) {
                    insert(index, items[each], each);
                }
            }
            return slot;
        }

        private static void insert(int[] index, OpenItem item, int slot) {
            int mask = index.length - 1;
            int at = spread(item.keyHash()) & mask;
            while (index[at] != 0) {
                at = (at + 1) & mask;
            }
            index[at] = slot + 1;
        }

        OpenItem item(int slot) {
            return items[slot];
        }

        /** Returns what is still open: the components less payments, discount and write-off. */
        long open(int slot) {
            OpenItem item = items[slot];
            int at = slot * STRIDE;
            return item.feeUnits()
                    + item.interestUnits()
                    + item.principalUnits()
                    - amounts[at + FEE_PAID]
                    - amounts[at + INTEREST_PAID]
                    - amounts[at + PRINCIPAL_PAID]
                    - amounts[at + DISCOUNT]
                    - amounts[at + WRITE_OFF];
        }

        /** Returns {@code true} if the call paid, discounted or wrote off anything on the slot. */
        boolean changed(int slot) {
            int at = slot * STRIDE;
            for (int i = at; i < at + STRIDE; i++) {
                if (amounts[i] != 0) {
                    return true;
                }
            }
            return false;
        }

        boolean anyChanged() {
            for (int slot = 0; slot < size; slot++) {
                if (changed(slot)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Returns the discount a payment on {@code valueDate} earns: the first open discount whose
         * last day is on or after it, unless one was granted already or it exceeds the open
         * principal.
         */
        long discountOn(int slot, LocalDate valueDate) {
            OpenItem item = items[slot];
            int at = slot * STRIDE;
            if (amounts[at + DISCOUNT] > 0 || item.discounts().isEmpty()) {
                return 0;
            }
            for (DueSchedule.EarlyPaymentDiscount offer : item.discounts()) {
                if (!valueDate.isAfter(offer.lastDay())) {
                    long units = exact(offer.discount()).units();
                    long openPrincipal = item.principalUnits() - amounts[at + PRINCIPAL_PAID];
                    return units <= openPrincipal ? units : 0;
                }
            }
            return 0;
        }

        void grantDiscount(int slot, long discount) {
            amounts[slot * STRIDE + DISCOUNT] = discount;
        }

        /** Writes off what is still open on the slot. */
        void writeOff(int slot) {
            amounts[slot * STRIDE + WRITE_OFF] += open(slot);
        }

        /** Pays {@code money} over the components in order, the discount off the principal. */
        long pay(int slot, long money, ComponentOrder order) {
            long left = money;
            List<ItemComponent> sequence = order.sequence();
            for (int i = 0; i < sequence.size(); i++) {
                ItemComponent component = sequence.get(i);
                long part = Math.min(left, due(slot, component));
                if (part > 0) {
                    amounts[slot * STRIDE + column(component)] += part;
                    left -= part;
                }
            }
            return money - left;
        }

        private long due(int slot, ItemComponent component) {
            OpenItem item = items[slot];
            int at = slot * STRIDE;
            return switch (component) {
                case FEE -> item.feeUnits() - amounts[at + FEE_PAID];
                case INTEREST -> item.interestUnits() - amounts[at + INTEREST_PAID];
                case PRINCIPAL ->
                        item.principalUnits()
                                - amounts[at + PRINCIPAL_PAID]
                                - amounts[at + DISCOUNT];
            };
        }

        private static int column(ItemComponent component) {
            return switch (component) {
                case FEE -> FEE_PAID;
                case INTEREST -> INTEREST_PAID;
                case PRINCIPAL -> PRINCIPAL_PAID;
            };
        }

        /**
         * Returns the settlements of the items that changed, in the order they were touched,
         * checked against the result's amounts.
         */
        SettlementList settlements(
                CurrencyUnit currency,
                ComponentOrder order,
                MonetaryAmount amount,
                long amountUnits,
                MonetaryAmount unapplied,
                long unappliedUnits,
                MonetaryAmount excessWrittenOff,
                long excessUnits) {
            int changed = 0;
            for (int slot = 0; slot < size; slot++) {
                if (changed(slot)) {
                    changed++;
                }
            }
            OpenItem[] changedItems = items;
            long[] changedAmounts = amounts;
            if (changed < size) {
                changedItems = new OpenItem[changed];
                changedAmounts = new long[changed * STRIDE];
                int next = 0;
                for (int slot = 0; slot < size; slot++) {
                    if (changed(slot)) {
                        changedItems[next] = items[slot];
                        System.arraycopy(
                                amounts, slot * STRIDE, changedAmounts, next * STRIDE, STRIDE);
                        next++;
                    }
                }
            }
            return SettlementList.of(
                    currency,
                    order,
                    changedItems,
                    changedAmounts,
                    changed,
                    amount,
                    amountUnits,
                    unapplied,
                    unappliedUnits,
                    excessWrittenOff,
                    excessUnits);
        }
    }
}
