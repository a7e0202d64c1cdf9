package io.github.tahsilat.allocation;

import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.AmountChecks;
import io.github.tahsilat.internal.money.MinorAllocator;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.invoice.InvoiceId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    private Allocator(AllocationPolicy policy) {
        this.policy = policy;
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
        List<Designation> named = InputChecks.distinctList(designations, "designations");
        InputChecks.present(designatedItems, "designatedItems", "a list, possibly empty");
        InputChecks.present(itemsInDueOrder, "itemsInDueOrder", "an iterator of open items");
        if (policy.method() == AllocationMethod.PRO_RATA && named.isEmpty()) {
            throw new InvalidInputException(
                    "designations", named, "at least one selected item for a pro-rata allocation");
        }
        Run run = new Run(money, valueDate);
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

    /** The item key: an invoice's installment. */
    private record Key(InvoiceId invoiceId, int installment) {
        static Key of(OpenItem item) {
            return new Key(item.invoiceId(), item.installment());
        }
    }

    /** The mutable state of one allocation call. */
    private final class Run {
        private final CurrencyUnit currency;
        private final MinorAmount amount;
        private final LocalDate valueDate;
        private final Map<Key, Working> touched = new LinkedHashMap<>();
        private MinorAmount remaining;
        private Working partial;

        Run(MinorAmount amount, LocalDate valueDate) {
            this.currency = amount.currency();
            this.amount = amount;
            this.valueDate = valueDate;
            this.remaining = amount;
        }

        void designated(Designation designation, List<OpenItem> items) {
            MinorAmount cap =
                    designation
                            .amount()
                            .map(a -> AmountChecks.inCurrency("allocate", exact(a), currency))
                            .orElse(null);
            List<OpenItem> covered =
                    items.stream().filter(designation::covers).sorted(SCHEDULE_ORDER).toList();
            for (OpenItem item : covered) {
                if (!remaining.isPositive() || (cap != null && !cap.isPositive())) {
                    return;
                }
                MinorAmount offered = cap == null ? remaining : remaining.min(cap);
                MinorAmount used = settle(item, offered, true);
                if (cap != null) {
                    cap = cap.minus(used);
                }
            }
        }

        void proRata(List<OpenItem> items) {
            List<Working> workings = items.stream().map(this::working).toList();
            MinorAmount total = MinorAmount.zero(currency);
            List<BigDecimal> weights = new ArrayList<>();
            for (Working working : workings) {
                total = total.plus(working.open());
                weights.add(BigDecimal.valueOf(working.open().units()));
            }
            if (!total.isPositive()) {
                return;
            }
            MinorAmount pool = remaining.min(total);
            List<MinorAmount> shares = MinorAllocator.split(pool, weights, policy.roundingMode());
            for (int i = 0; i < workings.size(); i++) {
                MinorAmount share = shares.get(i);
                if (share.isPositive()) {
                    settle(workings.get(i).item, share, false);
                }
            }
        }

        void oldestFirst(Iterator<OpenItem> items) {
            while (remaining.isPositive() && items.hasNext()) {
                settle(items.next(), remaining, true);
            }
        }

        private Working working(OpenItem item) {
            if (!item.currency().equals(currency)) {
                throw new CurrencyMismatchException(
                        "allocate", currency.getCurrencyCode(), item.currency().getCurrencyCode());
            }
            return touched.computeIfAbsent(Key.of(item), key -> new Working(item));
        }

        /** Settles up to {@code offered} on the item and returns what was used. */
        private MinorAmount settle(OpenItem item, MinorAmount offered, boolean discountAllowed) {
            Working working = working(item);
            MinorAmount open = working.open();
            if (!open.isPositive()) {
                return MinorAmount.zero(currency);
            }
            MinorAmount discount =
                    discountAllowed ? working.discountOn(valueDate) : MinorAmount.zero(currency);
            MinorAmount used;
            if (discount.isPositive() && offered.compareTo(open.minus(discount)) >= 0) {
                working.discount = discount;
                used = working.pay(open.minus(discount), policy.componentOrder());
            } else {
                used = working.pay(offered.min(open), policy.componentOrder());
            }
            remaining = remaining.minus(used);
            partial = working.open().isPositive() ? working : null;
            return used;
        }

        AllocationResult finish() {
            MinorAmount excessWrittenOff = MinorAmount.zero(currency);
            Optional<Tolerance> tolerance = policy.toleranceFor(currency);
            if (tolerance.isPresent()) {
                MinorAmount limit = exact(tolerance.get().limit());
                if (remaining.isZero()
                        && partial != null
                        && tolerance.get().writeOffShortfall()
                        && partial.open().compareTo(limit) <= 0) {
                    partial.writeOff = partial.open();
                }
                boolean touchedAny = touched.values().stream().anyMatch(Working::changed);
                if (remaining.isPositive()
                        && touchedAny
                        && tolerance.get().writeOffExcess()
                        && remaining.compareTo(limit) <= 0) {
                    excessWrittenOff = remaining;
                    remaining = MinorAmount.zero(currency);
                }
            }
            List<ItemSettlement> settlements = new ArrayList<>();
            for (Working working : touched.values()) {
                if (working.changed()) {
                    settlements.add(working.toSettlement(policy.componentOrder()));
                }
            }
            return new AllocationResult(
                    amount.toMonetaryAmount(),
                    settlements,
                    remaining.toMonetaryAmount(),
                    excessWrittenOff.toMonetaryAmount());
        }
    }

    private static MinorAmount exact(MonetaryAmount amount) {
        return AmountChecks.exact("amount", amount);
    }

    /** One item's state during an allocation call. */
    private static final class Working {
        final OpenItem item;
        final Map<ItemComponent, MinorAmount> open = new LinkedHashMap<>();
        final Map<ItemComponent, MinorAmount> paid = new LinkedHashMap<>();
        MinorAmount discount;
        MinorAmount writeOff;

        Working(OpenItem item) {
            this.item = item;
            MinorAmount zero = MinorAmount.zero(item.currency());
            open.put(ItemComponent.FEE, exact(item.fee()));
            open.put(ItemComponent.INTEREST, exact(item.interest()));
            open.put(ItemComponent.PRINCIPAL, exact(item.principal()));
            for (ItemComponent component : ItemComponent.values()) {
                paid.put(component, zero);
            }
            discount = zero;
            writeOff = zero;
        }

        MinorAmount open() {
            MinorAmount sum = discount.negate().minus(writeOff);
            for (ItemComponent component : ItemComponent.values()) {
                sum = sum.plus(open.get(component)).minus(paid.get(component));
            }
            return sum;
        }

        boolean changed() {
            return !open().equals(
                            exact(item.fee())
                                    .plus(exact(item.interest()))
                                    .plus(exact(item.principal())));
        }

        MinorAmount discountOn(LocalDate valueDate) {
            MinorAmount zero = MinorAmount.zero(item.currency());
            if (discount.isPositive()) {
                return zero;
            }
            MinorAmount principalOpen =
                    open.get(ItemComponent.PRINCIPAL).minus(paid.get(ItemComponent.PRINCIPAL));
            return item.discountOn(valueDate)
                    .map(d -> exact(d.discount()))
                    .filter(d -> d.compareTo(principalOpen) <= 0)
                    .orElse(zero);
        }

        /** Pays {@code money} over the components in order, the discount off the principal. */
        MinorAmount pay(MinorAmount money, ComponentOrder order) {
            MinorAmount left = money;
            for (ItemComponent component : order.sequence()) {
                MinorAmount due = open.get(component).minus(paid.get(component));
                if (component == ItemComponent.PRINCIPAL) {
                    due = due.minus(discount);
                }
                MinorAmount part = left.min(due);
                if (part.isPositive()) {
                    paid.put(component, paid.get(component).plus(part));
                    left = left.minus(part);
                }
            }
            return money.minus(left);
        }

        ItemSettlement toSettlement(ComponentOrder order) {
            return new ItemSettlement(
                    item.invoiceId(),
                    item.installment(),
                    paid.get(ItemComponent.FEE).toMonetaryAmount(),
                    paid.get(ItemComponent.INTEREST).toMonetaryAmount(),
                    paid.get(ItemComponent.PRINCIPAL).toMonetaryAmount(),
                    discount.toMonetaryAmount(),
                    writeOff.toMonetaryAmount(),
                    order);
        }
    }
}
